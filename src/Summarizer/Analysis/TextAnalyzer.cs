using System.Buffers;
using System.Numerics;
using System.Text;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Lucene.Net.Analysis.Util;
using Summarizer.Text;
using Summarizer.Segmentation;

namespace Summarizer.Analysis;

/// <summary>
/// Turns text into a <see cref="Document"/>: sentences from a <see cref="SentenceSplitter"/>, words from a
/// <see cref="Tokenizer"/>, then culture-invariant case folding, stop-word removal and stemming, by
/// <see cref="TokenKind"/>: URLs, e-mail addresses, mentions and numbers are only folded, hashtags count as their
/// word, a hyphenated word gives one token per part. Immutable in behaviour and safe to share between threads.
/// </summary>
/// <remarks>
/// The analyzer remembers the normalized form of each case-folded word it has seen (up to
/// <see cref="MaxCachedWords"/> words) in a thread-safe cache, so a word is stemmed once per analyzer rather
/// than once per document. Each thread also keeps a bounded table from words as written to their terms (about
/// 2 MB after 1,000 news articles), so a word already met on that thread skips case folding and the shared cache.
/// Neither changes results, only speed.
/// </remarks>
public sealed partial class TextAnalyzer
{
    /// <summary>The largest number of distinct words whose normalized form is cached.</summary>
    public const int MaxCachedWords = 200_000;

    // A unique instance, compared by reference: no stem can be this object.
    private static readonly string StopWordMarker = new('\0', 1);

    private readonly CharArraySet _stopWords;
    private readonly TokenFilter[] _filters;
    private readonly CharArraySet? _elidedArticles;
    private readonly ConcurrentDictionary<string, (string Term, TokenKind Kind)> _normalized = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Term, TokenKind Kind)>.AlternateLookup<ReadOnlySpan<char>> _normalizedLookup;
    private readonly ConcurrentBag<WordStemmer> _stemmers = [];

    // Words added to the cache so far. ConcurrentDictionary.Count takes every lock of the dictionary, which made
    // each cache miss a point of contention between threads; this counter only has to bound the cache.
    private int _cachedWords;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="splitter">The sentence splitter.</param>
    /// <param name="tokenizer">The word tokenizer.</param>
    /// <param name="language">Selects the stop list and stemmer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="splitter"/> or <paramref name="tokenizer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public TextAnalyzer(SentenceSplitter splitter, Tokenizer tokenizer, Language language)
        : this(splitter, tokenizer, language, StopWordList.Default)
    {
    }

    /// <summary>Creates an analyzer with a choice of stop list.</summary>
    /// <param name="splitter">The sentence splitter.</param>
    /// <param name="tokenizer">The word tokenizer.</param>
    /// <param name="language">Selects the stop list and stemmer.</param>
    /// <param name="stopWords">Which of the language's stop lists to remove.</param>
    /// <exception cref="ArgumentNullException"><paramref name="splitter"/> or <paramref name="tokenizer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> or <paramref name="stopWords"/> is not a defined value.</exception>
    public TextAnalyzer(SentenceSplitter splitter, Tokenizer tokenizer, Language language, StopWordList stopWords)
        : this(splitter, tokenizer, language, stopWords, [], stem: true)
    {
    }

    /// <summary>Creates an analyzer with a choice of stop list, filters of its own, and stemming on or off.</summary>
    /// <param name="splitter">The sentence splitter.</param>
    /// <param name="tokenizer">The word tokenizer.</param>
    /// <param name="language">Selects the stop list and stemmer.</param>
    /// <param name="stopWords">Which of the language's stop lists to remove.</param>
    /// <param name="filters">Run in order on each word after the stop list and before the language's stemmer (see <see cref="TokenFilter"/>).</param>
    /// <param name="stem">Whether the language's stemmer runs after the filters; off when a filter is the stemmer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="splitter"/>, <paramref name="tokenizer"/>, <paramref name="filters"/> or one of them is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> or <paramref name="stopWords"/> is not a defined value.</exception>
    public TextAnalyzer(SentenceSplitter splitter, Tokenizer tokenizer, Language language, StopWordList stopWords, IEnumerable<TokenFilter> filters, bool stem)
    {
        ArgumentNullException.ThrowIfNull(filters);
        TokenFilter[] filterArray = filters.ToArray();
        foreach (TokenFilter filter in filterArray)
            ArgumentNullException.ThrowIfNull(filter, nameof(filters));
        if (!Enum.IsDefined(stopWords))
            throw new ArgumentOutOfRangeException(nameof(stopWords), stopWords, "Unknown stop list.");
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(tokenizer);
        if (!LanguageResources.IsDefined(language))
            throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language.");
        Splitter = splitter;
        Tokenizer = tokenizer;
        Language = language;
        StopWords = stopWords;
        _filters = filterArray;
        Stems = stem;
        _stopWords = LanguageResources.StopWords(language, stopWords);
        _elidedArticles = LanguageResources.ElidedArticles(language);
        _normalizedLookup = _normalized.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The sentence splitter.</summary>
    public SentenceSplitter Splitter { get; }

    /// <summary>The word tokenizer.</summary>
    public Tokenizer Tokenizer { get; }

    /// <summary>Which stop list is removed.</summary>
    public StopWordList StopWords { get; }

    /// <summary>The language of the stop list and stemmer.</summary>
    public Language Language { get; }

    /// <summary>The user's filters, run in order after the stop list and before the language's stemmer.</summary>
    public IReadOnlyList<TokenFilter> Filters => _filters;

    /// <summary>Whether the language's stemmer runs (after <see cref="Filters"/>).</summary>
    public bool Stems { get; }

    /// <summary>An analyzer like this one, with the same filters and stemming, for another language, splitter or stop list.</summary>
    internal TextAnalyzer With(SentenceSplitter splitter, Language language, StopWordList stopWords) =>
        new(splitter, Tokenizer, language, stopWords, _filters, Stems);

    /// <summary>Analyses <paramref name="text"/>.</summary>
    /// <param name="text">The text; kept by reference in the result.</param>
    /// <param name="cancellationToken">Checked while splitting and between sentences and words.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public Document Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Working lists are reused between calls on the same thread; only the document's own arrays are allocated.
        AnalysisScratch scratch = AnalysisScratch.Take();
        List<Sentence> sentences = scratch.Sentences;
        Splitter.SplitInto(text, sentences, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        List<TextSpan> spans = scratch.Spans;
        List<string> terms = scratch.Terms;
        SurfaceTable surfaces = scratch.Surfaces;
        surfaces.StartDocument(this, terms);
        var tokenStarts = new int[sentences.Count + 1];
        Token[] buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 6));
        char[] folded = ArrayPool<char>.Shared.Rent(64);
        int count = 0;
        try
        {
            for (int s = 0; s < sentences.Count; s++)
            {
                if ((s & 255) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                tokenStarts[s] = count;
                spans.Clear();
                Tokenizer.Tokenize(text, sentences[s].Span, spans);
                ReadOnlySpan<TextSpan> words = CollectionsMarshal.AsSpan(spans);
                for (int w = 0; w < words.Length; w++)
                {
                    TextSpan span = words[w];
                    if (w + 1 < words.Length && IsHyphenatedAcrossLines(text, span, words[w + 1]))
                    {
                        // "infor-\nmation" is one word for analysis, its token spanning the original characters.
                        AddJoinedToken(span, words[++w]);
                        continue;
                    }

                    ReadOnlySpan<char> word = text.AsSpan(span.Start, span.Length);
                    int hyphen = IndexOfHyphen(text, span);
                    if (hyphen < 0 || KindOf(word) != TokenKind.Word)
                    {
                        AddToken(span, word);
                        continue;
                    }

                    // A hyphenated word: one token per part (see NormalizeUncached for why).
                    int partStart = span.Start;
                    for (int k = hyphen; k <= word.Length; k++)
                    {
                        if (k < word.Length && !IsHyphen(word[k]))
                            continue;
                        if (span.Start + k > partStart)
                            AddToken(TextSpan.FromBounds(partStart, span.Start + k), text.AsSpan(partStart, span.Start + k - partStart));
                        partStart = span.Start + k + 1;
                    }
                }
            }

            tokenStarts[sentences.Count] = count;

            void AddJoinedToken(TextSpan first, TextSpan second)
            {
                if (count == buffer.Length)
                    buffer = Grow(buffer);
                string joined = string.Concat(first.Slice(text), second.Slice(text));
                buffer[count++] = new Token(TextSpan.FromBounds(first.Start, second.End), TermIdOf(joined, surfaces, ref folded, out TokenKind kind), kind);
            }

            void AddToken(TextSpan span, ReadOnlySpan<char> word)
            {
                if (count == buffer.Length)
                    buffer = Grow(buffer);
                if ((count & 4095) == 4095)
                    cancellationToken.ThrowIfCancellationRequested(); // one sentence may hold a whole huge text
                int termId = TermIdOf(word, surfaces, ref folded, out TokenKind kind);
                buffer[count++] = new Token(span, termId, kind);
            }

            // Copied over whole, so the collector need not clear it first: a document's tokens (6 KB for a news article)
            // were most of the memory a batch had the collector clear, 4.8% of a one-thread batch's time.
            Token[] tokens = GC.AllocateUninitializedArray<Token>(count);
            buffer.AsSpan(0, count).CopyTo(tokens);
            return new Document(text, Language, sentences.ToArray(), tokens, tokenStarts, new Vocabulary(terms.ToArray())) { AnalyzedBy = this };
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(folded);
            AnalysisScratch.Return(scratch);
        }
    }

    /// <summary>The index of the first hyphen in the word at <paramref name="span"/> of <paramref name="text"/>, or -1.</summary>
    /// <remarks>
    /// Runs once per word. A word of up to eight characters that ends eight or more before the text's end, most words,
    /// is searched with one vector compare: a loop over the word exits at a different place in every word, a branch the
    /// processor mispredicted once a word. Longer words, and words near the end, take a plain loop: too short for a
    /// general vectorized search to pay for its set-up.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOfHyphen(string text, TextSpan span)
    {
        if (Vector128.IsHardwareAccelerated && span.Length <= Vector128<ushort>.Count && span.Start <= text.Length - Vector128<ushort>.Count)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            Vector128<ushort> chars = Vector128.LoadUnsafe(ref first, (nuint)span.Start);
            Vector128<ushort> hyphens = Vector128.Equals(chars, Vector128.Create((ushort)'-'))
                | Vector128.Equals(chars & Vector128.Create((ushort)0xFFFE), Vector128.Create((ushort)0x2010));
            // Two bits a character (the bytes' top bits, one instruction on x64 and Arm64), kept for the word's own.
            uint inWord = hyphens.AsByte().ExtractMostSignificantBits() & (uint)((1UL << (2 * span.Length)) - 1);
            return inWord == 0 ? -1 : BitOperations.TrailingZeroCount(inWord) / 2;
        }

        for (int i = span.Start; i < span.End; i++)
        {
            if (IsHyphen(text[i]))
                return i - span.Start;
        }

        return -1;
    }

    /// <summary>A hyphen that joins the parts of a word: hyphen-minus, hyphen (U+2010), non-breaking hyphen (U+2011).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHyphen(char c) => c == '-' || (uint)(c - '\u2010') <= 1;

    /// <summary>
    /// Whether two words are the halves of one word hyphenated at a line end (<c>infor-</c>, a line break, <c>mation</c>):
    /// a hyphen right after a letter, then only white space with a line break in it, then a lower-case letter. Typesetting
    /// and PDF copies break words so; a compound hyphenated at a line end reads as one word too, which costs less than
    /// two fragments that match nothing.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // runs once per word; nearly always decided by the first test
    private static bool IsHyphenatedAcrossLines(string text, TextSpan first, TextSpan second)
    {
        int i = first.End;
        return i < second.Start && Segmentation.Punctuation.IsLineEndHyphen(text[i]) && JoinsAcrossLineBreak(text, i, second.Start);
    }

    /// <summary>Whether the hyphen at <paramref name="hyphen"/> joins a letter to a lower-case letter at <paramref name="next"/> over a line break.</summary>
    private static bool JoinsAcrossLineBreak(string text, int hyphen, int next)
    {
        if (!char.IsLetter(text[hyphen - 1]) || !char.IsLower(text[next]))
            return false;
        bool lineBreak = false;
        for (int i = hyphen + 1; i < next; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
                return false;
            lineBreak |= Segmentation.Punctuation.IsLineBreak(text[i]);
        }

        return lineBreak;
    }

    /// <summary>
    /// The id of a word's term in the document being analysed (terms are numbered in order of first appearance), or
    /// <see cref="Token.StopWord"/>, and its kind: from the thread's surface table when the word was seen before,
    /// otherwise normalized and remembered there.
    /// </summary>
    private int TermIdOf(ReadOnlySpan<char> word, SurfaceTable surfaces, ref char[] folded, out TokenKind kind)
    {
        if (surfaces.TryGet(word, out uint hash, out int termId, out kind))
            return termId;
        (string term, kind) = Normalize(word, ref folded);
        return surfaces.Add(word, hash, ReferenceEquals(term, StopWordMarker) ? null : term, kind);
    }

    /// <summary>The working lists of one analysis, kept per thread so a batch does not reallocate them for every document.</summary>
    private sealed class AnalysisScratch
    {
        // Lists that grew past this for a very long text are left to the garbage collector rather than kept.
        private const int MaxKeptEntries = 1 << 16;

        [ThreadStatic]
        private static AnalysisScratch? s_cached;

        public List<Sentence> Sentences { get; } = [];

        public List<TextSpan> Spans { get; } = new(64);

        public List<string> Terms { get; } = [];

        public SurfaceTable Surfaces { get; } = new();

        public static AnalysisScratch Take()
        {
            AnalysisScratch? scratch = s_cached;
            s_cached = null; // a nested analysis on the same thread gets its own
            return scratch ?? new AnalysisScratch();
        }

        public static void Return(AnalysisScratch scratch)
        {
            if (scratch.Sentences.Count > MaxKeptEntries || scratch.Terms.Count > MaxKeptEntries || scratch.Surfaces.Count > MaxKeptEntries)
                return;
            scratch.Sentences.Clear();
            scratch.Spans.Clear();
            scratch.Terms.Clear();
            s_cached = scratch; // the surface table stays: the next document on this thread starts from its words
        }
    }

    private static Token[] Grow(Token[] buffer)
    {
        Token[] larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(larger, 0);
        ArrayPool<Token>.Shared.Return(buffer);
        return larger;
    }

    /// <summary>
    /// The normalized term and kind of a word; the term is <see cref="StopWordMarker"/> (by reference) for a stop word.
    /// </summary>
    private (string Term, TokenKind Kind) Normalize(ReadOnlySpan<char> word, ref char[] folded)
    {
        if (folded.Length < word.Length)
        {
            ArrayPool<char>.Shared.Return(folded);
            folded = ArrayPool<char>.Shared.Rent(word.Length);
        }

        Fold(word, folded);
        if (Language == Language.Turkish && word.Contains('I'))
        {
            // Turkish pairs dotted and dotless i: I is the capital of ı (İ, folded above, that of i).
            for (int i = 0; i < word.Length; i++)
            {
                if (word[i] == 'I')
                    folded[i] = '\u0131';
            }
        }

        ReadOnlySpan<char> key = folded.AsSpan(0, word.Length);
        if (_normalizedLookup.TryGetValue(key, out (string, TokenKind) cached))
            return cached;

        string surface = key.ToString(); // before stemming: the stemmer works in place on its buffer
        (string, TokenKind) normalized = NormalizeUncached(surface);
        if (Volatile.Read(ref _cachedWords) < MaxCachedWords && _normalized.TryAdd(surface, normalized))
            Interlocked.Increment(ref _cachedWords);
        return normalized;
    }

    /// <summary>Culture-invariant case folding into <paramref name="folded"/> (at least as long as <paramref name="word"/>).</summary>
    private static void Fold(ReadOnlySpan<char> word, Span<char> folded)
    {
        // ASCII folds by the vectorized ASCII routine (the same mapping as char.ToLowerInvariant on ASCII); the rest,
        // from the first non-ASCII character on, one character at a time.
        Ascii.ToLower(word, folded, out int ascii);
        for (int i = ascii; i < word.Length; i++)
            folded[i] = FoldNonAscii(word[i]);
    }

    /// <summary>Culture-invariant case folding of one character, with the spelling variants that are one letter folded together.</summary>
    internal static char FoldNonAscii(char c) => c switch
    {
        // Typographic apostrophes and hyphens fold to ASCII so "don’t" and "don't" are one word.
        '\u2019' or '\u02BC' => '\'',
        '\u2010' or '\u2011' => '-',
        // Romanian s and t with a comma below (the standard since 2003) fold to the cedilla forms older text uses and
        // the stop list and Snowball stemmer are written in: "și" and "şi" are one word.
        '\u0218' or '\u0219' => '\u015F',
        '\u021A' or '\u021B' => '\u0163',
        // Russian print mostly writes ё as е, and the stop list and stemmer expect е: "ещё" and "еще" are one word.
        '\u0401' or '\u0451' => '\u0435',
        // Turkish capital dotted İ is the capital of i (invariant casing leaves it as it is).
        '\u0130' => 'i',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>The kind of a case-folded token, from its characters (see <see cref="WordTokenizer"/> for how each kind is found).</summary>
    internal static TokenKind KindOf(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
            return TokenKind.Word;
        switch (token[0])
        {
            case '#' when token.Length > 1:
                return TokenKind.Hashtag;
            case '@' when token.Length > 1:
                return TokenKind.Mention;
        }

        if (token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return TokenKind.Url;
        if (token.Contains('@'))
            return TokenKind.Email;
        if (!char.IsDigit(token[0]))
            return TokenKind.Word;
        foreach (char c in token)
        {
            if (char.IsLetter(c) || char.IsSurrogate(c))
                return TokenKind.Word;
        }

        return TokenKind.Number;
    }
}
