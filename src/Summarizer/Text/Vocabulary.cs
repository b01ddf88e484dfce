namespace Summarizer.Text;

/// <summary>
/// The normalized terms of one document, numbered in order of first appearance so that later
/// stages work on integer ids and arrays rather than strings.
/// </summary>
/// <remarks>
/// The terms are numbered while the document is analysed; the lookup from term to id is built only when
/// <see cref="TryGetId"/> is first called, since summarizing never needs it.
/// </remarks>
public sealed class Vocabulary
{
    private readonly string[] _terms;
    private Dictionary<string, int>? _ids;

    /// <summary>Creates a vocabulary over terms already numbered by their position, distinct under ordinal comparison.</summary>
    internal Vocabulary(string[] terms) => _terms = terms;

    /// <summary>The number of distinct terms.</summary>
    public int Count => _terms.Length;

    /// <summary>The term with the given id.</summary>
    /// <param name="termId">A term id from 0 to <see cref="Count"/> - 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="termId"/> is out of range.</exception>
    public string this[int termId]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(termId);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(termId, _terms.Length);
            return _terms[termId];
        }
    }

    /// <summary>Looks up a term's id.</summary>
    /// <param name="term">The normalized term.</param>
    /// <param name="termId">The id, when found.</param>
    /// <returns>Whether the term is in the vocabulary.</returns>
    public bool TryGetId(ReadOnlySpan<char> term, out int termId) => Lookup().TryGetValue(term, out termId);

    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup()
    {
        Dictionary<string, int>? ids = Volatile.Read(ref _ids);
        if (ids is null)
        {
            ids = new Dictionary<string, int>(_terms.Length, StringComparer.Ordinal);
            for (int id = 0; id < _terms.Length; id++)
                ids.Add(_terms[id], id);
            // Racing threads build equal dictionaries; whichever is published is as good as the other.
            ids = Interlocked.CompareExchange(ref _ids, ids, null) ?? ids;
        }

        return ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
