using System.Runtime.InteropServices;
using Summarizer.Text;

namespace Summarizer.Analysis;

/// <summary>
/// A per-thread memo from a word as written to its term and kind under one analyzer, kept from document to document,
/// which also numbers each document's terms. A word seen before on this thread (most words of a news article were)
/// costs one hash, one comparison and an array look-up, instead of case folding, the analyzer's shared word cache and
/// a hash of its term into the document's term numbering.
/// </summary>
/// <remarks>
/// The memo only ever holds what the analyzer's normalization returned for the same characters, so it changes speed,
/// never results. It is bounded: at the start of a document it forgets everything once it holds more than
/// <see cref="MaxEntries"/> words, or when another analyzer uses it (a batch in several languages alternates analyzers
/// and so keeps the memo of one document, as a table per document would).
/// </remarks>
internal sealed class SurfaceTable
{
    /// <summary>Words remembered before the table starts over at the next document (up to about 4 MB per thread).</summary>
    public const int MaxEntries = 1 << 15;

    private const int NoTerm = -1;

    private int[] _buckets = new int[1024]; // entry index + 1; 0 is an empty bucket
    private Entry[] _entries = new Entry[512];
    private char[] _chars = new char[4096];
    private int _count;
    private int _charCount;

    // The distinct terms of the remembered words, and for each the document it was last numbered in and its number there.
    private string[] _terms = new string[512];
    private int[] _termDocument = new int[512];
    private int[] _termNumber = new int[512];
    private readonly Dictionary<string, int> _termIndex = new(StringComparer.Ordinal);
    private int _document;
    private List<string> _documentTerms = [];

    /// <summary>The analyzer whose normalization the remembered words carry.</summary>
    public object? Owner { get; private set; }

    /// <summary>The number of distinct words remembered.</summary>
    public int Count => _count;

    /// <summary>
    /// Starts numbering the terms of a new document into <paramref name="documentTerms"/> (term number i is
    /// documentTerms[i], in order of first appearance), forgetting every word first when <paramref name="owner"/> is
    /// not the analyzer that filled the table or the table is full.
    /// </summary>
    public void StartDocument(object owner, List<string> documentTerms)
    {
        if (!ReferenceEquals(owner, Owner) || _count > MaxEntries)
            Clear();
        Owner = owner;
        _documentTerms = documentTerms;
        if (++_document == int.MaxValue)
        {
            Array.Clear(_termDocument);
            _document = 1;
        }
    }

    /// <summary>Forgets every word and term, and the analyzer.</summary>
    public void Clear()
    {
        if (_count > _buckets.Length / 8)
        {
            Array.Clear(_buckets);
        }
        else
        {
            for (int i = 0; i < _count; i++)
                _buckets[_entries[i].Hash & (uint)(_buckets.Length - 1)] = 0;
        }

        _count = 0;
        _charCount = 0;
        _termIndex.Clear();
        Owner = null;
    }

    /// <summary>
    /// Looks up a word: on a hit, its term number in the current document (numbering the term if the document has
    /// not used it yet) or <see cref="Token.StopWord"/>, and its kind. <paramref name="hash"/> is reused by
    /// <see cref="Add"/> on a miss.
    /// </summary>
    public bool TryGet(ReadOnlySpan<char> word, out uint hash, out int termId, out TokenKind kind)
    {
        hash = Hash(word);
        for (int i = _buckets[hash & (uint)(_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            ref Entry entry = ref _entries[i];
            if (entry.Hash == hash && entry.Length == word.Length && _chars.AsSpan(entry.CharStart, entry.Length).SequenceEqual(word))
            {
                termId = NumberInDocument(entry.Term);
                kind = entry.Kind;
                return true;
            }
        }

        termId = 0;
        kind = default;
        return false;
    }

    /// <summary>
    /// Remembers a word not seen before, normalized to <paramref name="term"/> (null for a stop word), and returns its
    /// term number in the current document (or <see cref="Token.StopWord"/>).
    /// </summary>
    public int Add(ReadOnlySpan<char> word, uint hash, string? term, TokenKind kind)
    {
        if (_count == _entries.Length)
            Array.Resize(ref _entries, _count * 2);
        if (_count >= _buckets.Length / 2)
            Rehash(_buckets.Length * 2);
        if (_charCount + word.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + word.Length));
        word.CopyTo(_chars.AsSpan(_charCount));

        int termIndex = term is null ? NoTerm : TermIndex(term);
        ref Entry entry = ref _entries[_count];
        entry = new Entry { CharStart = _charCount, Length = word.Length, Hash = hash, Term = termIndex, Kind = kind };
        _charCount += word.Length;
        ref int bucket = ref _buckets[hash & (uint)(_buckets.Length - 1)];
        entry.Next = bucket - 1;
        bucket = ++_count;
        return NumberInDocument(termIndex);
    }

    /// <summary>The table's index of a term, adding it if new (several words share a term: "Rivers", "river").</summary>
    private int TermIndex(string term)
    {
        ref int index = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIndex, term, out bool exists);
        if (!exists)
        {
            index = _termIndex.Count - 1;
            if (index == _terms.Length)
            {
                Array.Resize(ref _terms, index * 2);
                Array.Resize(ref _termDocument, index * 2);
                Array.Resize(ref _termNumber, index * 2);
            }

            _terms[index] = term;
            _termDocument[index] = 0;
        }

        return index;
    }

    /// <summary>The current document's number for a term of the table, given in order of first appearance.</summary>
    private int NumberInDocument(int termIndex)
    {
        if (termIndex == NoTerm)
            return Token.StopWord;
        if (_termDocument[termIndex] != _document)
        {
            _termDocument[termIndex] = _document;
            _termNumber[termIndex] = _documentTerms.Count;
            _documentTerms.Add(_terms[termIndex]);
        }

        return _termNumber[termIndex];
    }

    private void Rehash(int size)
    {
        _buckets = new int[size];
        for (int i = 0; i < _count; i++)
        {
            ref int bucket = ref _buckets[_entries[i].Hash & (uint)(size - 1)];
            _entries[i].Next = bucket - 1;
            bucket = i + 1;
        }
    }

    // FNV-1a over UTF-16 units: words are short, and the hash only places entries, it never decides a result.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
            hash = (hash ^ c) * 16777619;
        return hash;
    }

    private struct Entry
    {
        public int CharStart;
        public int Length;
        public uint Hash;
        public int Term;
        public TokenKind Kind;
        public int Next;
    }
}
