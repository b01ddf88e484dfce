namespace Summarizer.Text;

/// <summary>
/// The normalized terms of one document, numbered in order of first appearance so that later
/// stages work on integer ids and arrays rather than strings.
/// </summary>
public sealed class Vocabulary
{
    private readonly List<string> _terms = [];
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Creates an empty vocabulary.</summary>
    public Vocabulary() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number of distinct terms.</summary>
    public int Count => _terms.Count;

    /// <summary>The term with the given id.</summary>
    /// <param name="termId">A term id from 0 to <see cref="Count"/> - 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="termId"/> is out of range.</exception>
    public string this[int termId]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(termId);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(termId, _terms.Count);
            return _terms[termId];
        }
    }

    /// <summary>Looks up a term's id.</summary>
    /// <param name="term">The normalized term.</param>
    /// <param name="termId">The id, when found.</param>
    /// <returns>Whether the term is in the vocabulary.</returns>
    public bool TryGetId(ReadOnlySpan<char> term, out int termId) => _lookup.TryGetValue(term, out termId);

    /// <summary>Returns the id of <paramref name="term"/>, adding it (without copying) when new.</summary>
    internal int GetOrAdd(string term)
    {
        if (_ids.TryGetValue(term, out int id))
            return id;
        id = _terms.Count;
        _terms.Add(term);
        _ids.Add(term, id);
        return id;
    }
}
