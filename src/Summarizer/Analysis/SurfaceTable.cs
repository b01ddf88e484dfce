using Summarizer.Text;

namespace Summarizer.Analysis;

/// <summary>
/// A per-document memo from a word as written to its token's term id and kind. Entries are spans of the document's
/// text, so remembering a word allocates nothing, and a repeated word (most tokens of a document repeat an earlier
/// one) costs one hash and one comparison instead of case folding, the analyzer's word cache and the term-id lookup.
/// </summary>
internal sealed class SurfaceTable
{
    private int[] _buckets = new int[512]; // entry index + 1; 0 is an empty bucket
    private Entry[] _entries = new Entry[256];
    private int _count;
    private string _text = "";

    /// <summary>The number of distinct words remembered.</summary>
    public int Count => _count;

    /// <summary>Forgets every word and starts on <paramref name="text"/>.</summary>
    public void Reset(string text)
    {
        if (_count > 0)
            Array.Clear(_buckets);
        _count = 0;
        _text = text;
    }

    /// <summary>Looks up a word of the current text; <paramref name="hash"/> is reused by <see cref="Add"/> on a miss.</summary>
    public bool TryGet(ReadOnlySpan<char> word, out uint hash, out int termId, out TokenKind kind)
    {
        hash = Hash(word);
        for (int i = _buckets[hash & (uint)(_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            ref Entry entry = ref _entries[i];
            if (entry.Hash == hash && entry.Length == word.Length && _text.AsSpan(entry.Start, entry.Length).SequenceEqual(word))
            {
                termId = entry.TermId;
                kind = entry.Kind;
                return true;
            }
        }

        termId = 0;
        kind = default;
        return false;
    }

    /// <summary>Remembers the word at <paramref name="span"/> of the current text, not seen before.</summary>
    public void Add(TextSpan span, uint hash, int termId, TokenKind kind)
    {
        if (_count == _entries.Length)
            Array.Resize(ref _entries, _count * 2);
        if (_count >= _buckets.Length / 2)
            Rehash(_buckets.Length * 2);
        ref Entry entry = ref _entries[_count];
        entry = new Entry { Start = span.Start, Length = span.Length, Hash = hash, TermId = termId, Kind = kind };
        ref int bucket = ref _buckets[hash & (uint)(_buckets.Length - 1)];
        entry.Next = bucket - 1;
        bucket = ++_count;
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
        public int Start;
        public int Length;
        public uint Hash;
        public int TermId;
        public TokenKind Kind;
        public int Next;
    }
}
