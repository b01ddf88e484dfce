using System.Collections.Frozen;

namespace Summarizer.Segmentation;

/// <summary>The words of a reporting clause after a quotation or exclamation: "he yelled", "said Alice".</summary>
internal sealed class ReportingClause(IEnumerable<string> verbs, IEnumerable<string> pronouns)
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _verbs =
        verbs.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pronouns =
        pronouns.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool IsVerb(ReadOnlySpan<char> word) => _verbs.Contains(word);

    public bool IsPronoun(ReadOnlySpan<char> word) => _pronouns.Contains(word);
}
