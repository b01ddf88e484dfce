using System.Buffers;
using System.Collections.Concurrent;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;

namespace Summarizer.Text;

/// <summary>
/// Turns text into a <see cref="Document"/>: sentences from a <see cref="SentenceSplitter"/>, words from a
/// <see cref="Tokenizer"/>, then culture-invariant case folding, stop-word removal and Snowball stemming.
/// Immutable in behaviour and safe to share between threads.
/// </summary>
/// <remarks>
/// The analyzer remembers the normalized form of each case-folded word it has seen (up to
/// <see cref="MaxCachedWords"/> words) in a thread-safe cache, so a word is stemmed once per analyzer rather
/// than once per document. The cache changes speed only, never results.
/// </remarks>
public sealed class TextAnalyzer
{
    /// <summary>The largest number of distinct words whose normalized form is cached.</summary>
    public const int MaxCachedWords = 200_000;

    // A unique instance, compared by reference: no stem can be this object.
    private static readonly string StopWordMarker = new('\0', 1);

    private readonly CharArraySet _stopWords;
    private readonly ConcurrentDictionary<string, string> _normalized = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _normalizedLookup;
    private readonly ConcurrentBag<SnowballProgram> _stemmers = [];

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
    {
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
        _stopWords = LanguageResources.StopWords(language, stopWords);
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

    /// <summary>Analyses <paramref name="text"/>.</summary>
    /// <param name="text">The text; kept by reference in the result.</param>
    /// <param name="cancellationToken">Checked while splitting and between sentences and words.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public Document Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<Sentence> sentences = Splitter.Split(text, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        var vocabulary = new Vocabulary();
        var spans = new List<TextSpan>(64);
        var tokenStarts = new int[sentences.Count + 1];
        var sentenceArray = new Sentence[sentences.Count];
        Token[] buffer = ArrayPool<Token>.Shared.Rent(Math.Max(16, text.Length / 6));
        char[] folded = ArrayPool<char>.Shared.Rent(64);
        int count = 0;
        try
        {
            for (int s = 0; s < sentences.Count; s++)
            {
                if ((s & 255) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                sentenceArray[s] = sentences[s];
                tokenStarts[s] = count;
                spans.Clear();
                Tokenizer.Tokenize(text, sentences[s].Span, spans);
                foreach (TextSpan span in spans)
                {
                    if (count == buffer.Length)
                        buffer = Grow(buffer);
                    if ((count & 4095) == 4095)
                        cancellationToken.ThrowIfCancellationRequested(); // one sentence may hold a whole huge text
                    string term = Normalize(span.Slice(text), ref folded);
                    buffer[count++] = new Token(span, ReferenceEquals(term, StopWordMarker) ? Token.StopWord : vocabulary.GetOrAdd(term));
                }
            }

            tokenStarts[sentences.Count] = count;
            return new Document(text, Language, sentenceArray, buffer.AsSpan(0, count).ToArray(), tokenStarts, vocabulary);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    private static Token[] Grow(Token[] buffer)
    {
        Token[] larger = ArrayPool<Token>.Shared.Rent(buffer.Length * 2);
        buffer.CopyTo(larger, 0);
        ArrayPool<Token>.Shared.Return(buffer);
        return larger;
    }

    /// <summary>The normalized term of a word, or <see cref="StopWordMarker"/> (by reference) for a stop word.</summary>
    private string Normalize(ReadOnlySpan<char> word, ref char[] folded)
    {
        if (folded.Length < word.Length)
        {
            ArrayPool<char>.Shared.Return(folded);
            folded = ArrayPool<char>.Shared.Rent(word.Length);
        }

        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            // Typographic apostrophes fold to ASCII so "don’t" and "don't" are one word.
            folded[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        }

        ReadOnlySpan<char> key = folded.AsSpan(0, word.Length);
        if (_normalizedLookup.TryGetValue(key, out string? cached))
            return cached;

        string surface = key.ToString(); // before stemming: the stemmer works in place on its buffer
        string term = NormalizeUncached(surface);
        if (_normalized.Count < MaxCachedWords)
            _normalized.TryAdd(surface, term);
        return term;
    }

    private string NormalizeUncached(string surface)
    {
        if (_stopWords.Contains(surface))
            return StopWordMarker;

        if (!_stemmers.TryTake(out SnowballProgram? stemmer))
            stemmer = LanguageResources.CreateStemmer(Language);
        if (stemmer is null)
            return surface;

        try
        {
            stemmer.SetCurrent(surface);
            stemmer.Stem();
            return stemmer.Current;
        }
        finally
        {
            _stemmers.Add(stemmer);
        }
    }
}
