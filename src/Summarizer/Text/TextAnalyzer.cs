using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;

namespace Summarizer.Text;

/// <summary>
/// Turns text into a <see cref="Document"/>: sentences from a <see cref="SentenceSplitter"/>, words from a
/// <see cref="Tokenizer"/>, then culture-invariant case folding, stop-word removal and Snowball stemming.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class TextAnalyzer
{
    private readonly CharArraySet _stopWords;

    /// <summary>Creates an analyzer.</summary>
    /// <param name="splitter">The sentence splitter.</param>
    /// <param name="tokenizer">The word tokenizer.</param>
    /// <param name="language">Selects the stop list and stemmer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="splitter"/> or <paramref name="tokenizer"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined value.</exception>
    public TextAnalyzer(SentenceSplitter splitter, Tokenizer tokenizer, Language language)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(tokenizer);
        if (!LanguageResources.IsDefined(language))
            throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language.");
        Splitter = splitter;
        Tokenizer = tokenizer;
        Language = language;
        _stopWords = LanguageResources.StopWords(language);
    }

    /// <summary>The sentence splitter.</summary>
    public SentenceSplitter Splitter { get; }

    /// <summary>The word tokenizer.</summary>
    public Tokenizer Tokenizer { get; }

    /// <summary>The language of the stop list and stemmer.</summary>
    public Language Language { get; }

    /// <summary>Analyses <paramref name="text"/>.</summary>
    /// <param name="text">The text; kept by reference in the result.</param>
    /// <param name="cancellationToken">Checked between sentences.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public Document Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        IReadOnlyList<Sentence> sentences = Splitter.Split(text);
        cancellationToken.ThrowIfCancellationRequested();

        var vocabulary = new Vocabulary();
        var normalizer = new TermNormalizer(_stopWords, LanguageResources.CreateStemmer(Language), vocabulary);
        var spans = new List<TextSpan>(64);
        var tokens = new List<Token>(text.Length / 5 + 1);
        var tokenStarts = new int[sentences.Count + 1];
        var sentenceArray = new Sentence[sentences.Count];

        for (int s = 0; s < sentences.Count; s++)
        {
            if ((s & 255) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            sentenceArray[s] = sentences[s];
            tokenStarts[s] = tokens.Count;
            spans.Clear();
            Tokenizer.Tokenize(text, sentences[s].Span, spans);
            foreach (TextSpan span in spans)
                tokens.Add(new Token(span, normalizer.TermId(span.Slice(text))));
        }

        tokenStarts[sentences.Count] = tokens.Count;
        return new Document(text, Language, sentenceArray, tokens.ToArray(), tokenStarts, vocabulary);
    }

    /// <summary>Folds, filters and stems words, remembering each surface form so a word is stemmed once per document.</summary>
    private sealed class TermNormalizer
    {
        private readonly CharArraySet _stopWords;
        private readonly SnowballProgram? _stemmer;
        private readonly Vocabulary _vocabulary;
        private readonly Dictionary<string, int> _surfaceIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _surfaceLookup;
        private char[] _buffer = new char[64];

        public TermNormalizer(CharArraySet stopWords, SnowballProgram? stemmer, Vocabulary vocabulary)
        {
            _stopWords = stopWords;
            _stemmer = stemmer;
            _vocabulary = vocabulary;
            _surfaceLookup = _surfaceIds.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public int TermId(ReadOnlySpan<char> word)
        {
            if (_buffer.Length < word.Length)
                _buffer = new char[Math.Max(word.Length, _buffer.Length * 2)];
            Span<char> folded = _buffer.AsSpan(0, word.Length);
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                // Typographic apostrophes fold to ASCII so "don’t" and "don't" are one word.
                folded[i] = c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
            }

            if (_surfaceLookup.TryGetValue(folded, out int id))
                return id;

            string surface = folded.ToString(); // before stemming: the stemmer works in place on the buffer
            id = Normalize(folded.Length);
            _surfaceIds.Add(surface, id);
            return id;
        }

        private int Normalize(int length)
        {
            if (_stopWords.Contains(_buffer, 0, length))
                return Token.StopWord;
            if (_stemmer is null)
                return _vocabulary.GetOrAdd(_buffer.AsSpan(0, length));

            _stemmer.SetCurrent(_buffer, length);
            _stemmer.Stem();
            ReadOnlySpan<char> stem = _stemmer.CurrentBuffer.AsSpan(0, _stemmer.CurrentBufferLength);
            return _vocabulary.GetOrAdd(stem);
        }
    }
}
