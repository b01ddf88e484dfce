using System.Runtime.CompilerServices;
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
    /// <summary>
    /// Words remembered before the table starts over at the next document. The 26,500 words of 1,000 news articles take
    /// about 2 MB per thread.
    /// </summary>
    public const int MaxEntries = 1 << 15;

    private const int NoTerm = -1;

    // Open addressing with linear probing, at most half full. A slot holds everything a look-up compares but the
    // characters, so a hit reads one slot, the characters and the term's state: the table outgrows the processor's
    // caches, and each separate array a look-up touched cost a cache miss.
    private Slot[] _slots = new Slot[1024];
    private int[] _usedSlots = new int[512]; // which slots hold a word, in order of arrival: for clearing and growing
    private char[] _chars = new char[4096];
    private int _count;
    private int _charCount;

    // The distinct terms of the remembered words, and for each the document it was last numbered in and its number there.
    private string[] _terms = new string[512];
    private TermState[] _termStates = new TermState[512];
    private readonly Dictionary<string, int> _termIndex = new(StringComparer.Ordinal);
    private int _document;
    private List<string> _documentTerms = [];

    // The analyzer whose normalization the remembered words carry. Weak, so a thread that analysed once with a pipeline
    // the application has since dropped does not keep that pipeline's analyzer (and its word cache) alive.
    private readonly WeakReference<object?> _owner = new(null);

    /// <summary>The number of distinct words remembered.</summary>
    public int Count => _count;

    /// <summary>
    /// Starts numbering the terms of a new document into <paramref name="documentTerms"/> (term number i is
    /// documentTerms[i], in order of first appearance), forgetting every word first when <paramref name="owner"/> is
    /// not the analyzer that filled the table or the table is full.
    /// </summary>
    public void StartDocument(object owner, List<string> documentTerms)
    {
        if (!_owner.TryGetTarget(out object? current) || !ReferenceEquals(owner, current) || _count > MaxEntries)
            Clear();
        _owner.SetTarget(owner);
        _documentTerms = documentTerms;
        if (++_document == int.MaxValue)
        {
            Array.Clear(_termStates);
            _document = 1;
        }
    }

    /// <summary>Forgets every word and term, and the analyzer.</summary>
    public void Clear()
    {
        if (_count > _slots.Length / 8)
        {
            Array.Clear(_slots);
        }
        else
        {
            for (int i = 0; i < _count; i++)
                _slots[_usedSlots[i]] = default;
        }

        _count = 0;
        _charCount = 0;
        _termIndex.Clear();
        _owner.SetTarget(null);
    }

    /// <summary>
    /// Looks up a word: on a hit, its term number in the current document (numbering the term if the document has
    /// not used it yet) or <see cref="Token.StopWord"/>, and its kind. <paramref name="hash"/> is reused by
    /// <see cref="Add"/> on a miss.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> word, out uint hash, out int termId, out TokenKind kind)
    {
        hash = Hash(word);
        int mask = _slots.Length - 1;
        for (int i = (int)hash & mask; ; i = (i + 1) & mask)
        {
            Slot slot = _slots[i];
            if (slot.IsEmpty)
                break; // an empty slot ends the probe: the word is not here
            if (slot.Matches(hash, word.Length) && SameChars(_chars.AsSpan(slot.CharStart, word.Length), word))
            {
                termId = NumberInDocument(slot.Term);
                kind = slot.Kind;
                return true;
            }
        }

        termId = 0;
        kind = default;
        return false;
    }

    /// <summary>
    /// Remembers a word not seen before, normalized to <paramref name="term"/> (null for a stop word), and returns its
    /// term number in the current document (or <see cref="Token.StopWord"/>). A word longer than a slot can record
    /// (255 characters) is not remembered.
    /// </summary>
    public int Add(ReadOnlySpan<char> word, uint hash, string? term, TokenKind kind)
    {
        int termIndex = term is null ? NoTerm : TermIndex(term);
        if (word.IsEmpty || word.Length > Slot.MaxLength || _charCount + word.Length > Slot.MaxChars || termIndex >= Slot.MaxTerms)
            return NumberInDocument(termIndex); // beyond what a slot records: normalized again at each occurrence
        if (_count >= _slots.Length / 2)
            Grow();
        if (_charCount + word.Length > _chars.Length)
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charCount + word.Length));
        word.CopyTo(_chars.AsSpan(_charCount));

        int mask = _slots.Length - 1;
        int i = (int)hash & mask;
        while (!_slots[i].IsEmpty)
            i = (i + 1) & mask;
        _slots[i] = new Slot(hash, _charCount, word.Length, termIndex, kind);
        if (_count == _usedSlots.Length)
            Array.Resize(ref _usedSlots, _count * 2);
        _usedSlots[_count++] = i;
        _charCount += word.Length;
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
                Array.Resize(ref _termStates, index * 2);
            }

            _terms[index] = term;
            _termStates[index] = default;
        }

        return index;
    }

    /// <summary>The current document's number for a term of the table, given in order of first appearance.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NumberInDocument(int termIndex)
    {
        if (termIndex == NoTerm)
            return Token.StopWord;
        ref TermState state = ref _termStates[termIndex];
        if (state.Document != _document)
        {
            state.Document = _document;
            state.Number = _documentTerms.Count;
            _documentTerms.Add(_terms[termIndex]);
        }

        return state.Number;
    }

    /// <summary>Doubles the slots, placing each remembered word again in order of arrival.</summary>
    private void Grow()
    {
        Slot[] old = _slots;
        // Written whole before the first probe reads it. A large new array is fresh memory from the system, and Linux
        // maps a page that is read before it is written to its shared zero page; the first write then replaces that
        // mapping and flushes it from every core that runs a thread of the process, an interrupt to each other core
        // per page. With two threads analysing, that was 5% of a batch's first thousand articles (perf: do_wp_page,
        // flush_tlb_mm_range); writing first gives each page its memory at the first touch.
        _slots = GC.AllocateUninitializedArray<Slot>(old.Length * 2);
        _slots.AsSpan().Clear();
        int mask = _slots.Length - 1;
        for (int k = 0; k < _count; k++)
        {
            Slot slot = old[_usedSlots[k]];
            // A slot keeps only a few bits of its word's hash: the word's characters give the rest.
            int i = (int)Hash(_chars.AsSpan(slot.CharStart, slot.Length)) & mask;
            while (!_slots[i].IsEmpty)
                i = (i + 1) & mask;
            _slots[i] = slot;
            _usedSlots[k] = i;
        }
    }

    /// <summary>Whether two spans of equal length hold the same characters.</summary>
    /// <remarks>
    /// Words are short, and SequenceEqual's general loop is a call per word: this compares four characters at a time
    /// inline, the last four overlapping the ones before (or two, then one, for words under four characters).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool SameChars(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int length = a.Length;
        ref byte x = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(a));
        ref byte y = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(b));
        if (length >= 4)
        {
            int last = (length - 4) * sizeof(char);
            for (int i = 0; i < last; i += sizeof(ulong))
            {
                if (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref x, i)) != Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref y, i)))
                    return false;
            }

            return Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref x, last)) == Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref y, last));
        }

        if (length >= 2)
        {
            int last = (length - 2) * sizeof(char);
            return Unsafe.ReadUnaligned<uint>(ref x) == Unsafe.ReadUnaligned<uint>(ref y)
                && Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref x, last)) == Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref y, last));
        }

        return length == 0 || a[0] == b[0];
    }

    /// <summary>A hash of a word's characters, four at a time.</summary>
    /// <remarks>
    /// The hash only places words in the table, it never decides a result. A multiply per character (FNV) made each
    /// word's hash a chain of multiplications as long as the word; this takes four characters per multiplication, the
    /// last four overlapping the ones before as in <see cref="SameChars"/>, with the length mixed in so that the
    /// overlap cannot make two words of different lengths alike.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint Hash(ReadOnlySpan<char> word)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15; // 2^64 / golden ratio, odd
        int length = word.Length;
        ref byte x = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
        ulong hash = (ulong)length * Multiplier;
        if (length >= 4)
        {
            int last = (length - 4) * sizeof(char);
            for (int i = 0; i < last; i += sizeof(ulong))
                hash = (hash ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref x, i))) * Multiplier;
            hash = (hash ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref x, last))) * Multiplier;
        }
        else if (length >= 2)
        {
            ulong pair = Unsafe.ReadUnaligned<uint>(ref x) | ((ulong)Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref x, (length - 2) * sizeof(char))) << 32);
            hash = (hash ^ pair) * Multiplier;
        }
        else if (length == 1)
        {
            hash = (hash ^ word[0]) * Multiplier;
        }

        // A multiplication carries a character's bits only upwards: the last one mixes the high characters back down
        // into the low bits the table's mask keeps (MurmurHash3's 64-bit finalizer).
        hash = (hash ^ (hash >> 33)) * 0xFF51AFD7ED558CCD;
        return (uint)(hash ^ (hash >> 33));
    }

    /// <summary>
    /// A remembered word in 8 bytes, eight to a cache line: its length (0 for an empty slot, as no word is empty), its
    /// kind, 8 bits of its hash (so that a probe seldom compares the characters of another word), its term's index in
    /// the table plus one (0 for a stop word), and where its characters start.
    /// </summary>
    private readonly struct Slot
    {
        /// <summary>The longest word a slot records; longer ones (pasted blobs, long URLs) are not remembered.</summary>
        public const int MaxLength = 255;

        /// <summary>The characters of all remembered words must fit in 24 bits of position.</summary>
        public const int MaxChars = 1 << 24;

        /// <summary>Term indexes must fit in 20 bits, with 0 kept for the stop words.</summary>
        public const int MaxTerms = (1 << 20) - 1;

        // Bits 0-7 length, 8-11 kind, 12-19 the hash's top 8 bits, 20-39 term index + 1, 40-63 character start.
        private readonly ulong _bits;

        public Slot(uint hash, int charStart, int length, int term, TokenKind kind)
        {
            System.Diagnostics.Debug.Assert(length is > 0 and <= MaxLength && (uint)charStart <= MaxChars && term < MaxTerms && (int)kind < 16);
            _bits = (uint)length | (ulong)kind << 8 | (ulong)(hash >> 24) << 12 | (ulong)(uint)(term + 1) << 20 | (ulong)(uint)charStart << 40;
        }

        public bool IsEmpty => (byte)_bits == 0;

        public int Length => (byte)_bits;

        public TokenKind Kind => (TokenKind)((uint)_bits >> 8 & 0xF);

        public int Term => (int)(_bits >> 20 & 0xFFFFF) - 1;

        public int CharStart => (int)(_bits >> 40);

        /// <summary>Whether this slot may hold a word of this hash and length: one comparison for both.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Matches(uint hash, int length) => ((uint)_bits & 0xFF0FFu) == ((uint)length | (hash >> 24) << 12);
    }

    private struct TermState
    {
        public int Document;
        public int Number;
    }
}
