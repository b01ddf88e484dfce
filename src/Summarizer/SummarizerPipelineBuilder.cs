using Summarizer.Graph;
using Summarizer.Keywords;
using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Scoring;
using Summarizer.Layout;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer;

/// <summary>
/// Configures a <see cref="SummarizerPipeline"/>. Every <c>Use*</c> method replaces the earlier setting of
/// the same stage, so calling one twice is safe; <see cref="Build"/> validates everything and returns an
/// immutable pipeline. The builder itself is not thread-safe.
/// </summary>
/// <example>
/// <code>
/// var pipeline = new SummarizerPipelineBuilder()
///     .UseLanguage(Language.English)
///     .UseTextRank(new TextRankOptions { Damping = 0.85 })
///     .UseRedundancyFilter(maxSimilarity: 0.5)
///     .Build();
/// Summary summary = pipeline.Summarize(article, SummaryLength.Sentences(3));
/// </code>
/// </example>
public sealed class SummarizerPipelineBuilder
{
    private Language _language = Language.English;
    private bool _detectLanguage;
    private SentenceSplitter? _splitter;
    private Tokenizer _tokenizer = WordTokenizer.Instance;
    private TfIdfOptions _tfIdf = new();
    private static readonly PacSumRanker DefaultRanker = new();

    private SentenceRanker? _ranker;
    private bool _useTextRank;
    private TextRankOptions _textRank = new();
    private ScoringOptions _scoring = new();
    private SelectionOptions _selection = new();
    private KeywordOptions _keywords = new();
    private StopWordList _stopWords = StopWordList.Default;
    private readonly List<TokenFilter> _filters = [];
    private bool _stem = true;
    private LineListOptions _lineLists = new();
    private int _maxInputLength = SummarizerPipeline.DefaultMaxInputLength;
    private SummaryLength _defaultLength = SummarizerSettings.Default.DefaultLength;
    private SimilarityMeasure? _similarity;
    private SentenceEmbedder? _embedder;
    private double _embeddingWeight = 1;

    /// <summary>Sets the language of stop words and stemming. Default: <see cref="Language.English"/>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>This builder.</returns>
    public SummarizerPipelineBuilder UseLanguage(Language language)
    {
        _language = language;
        _detectLanguage = false;
        return this;
    }

    /// <summary>
    /// Detects each text's language from its stop words (<see cref="LanguageDetector"/>), using
    /// <paramref name="fallback"/> when no language is recognised.
    /// </summary>
    /// <param name="fallback">The language for texts whose language is not recognised. Default: <see cref="Language.English"/>.</param>
    /// <returns>This builder.</returns>
    public SummarizerPipelineBuilder UseLanguageDetection(Language fallback = Language.English)
    {
        _language = fallback;
        _detectLanguage = true;
        return this;
    }

    /// <summary>
    /// Sets the sentence splitter. Default: a <see cref="RuleBasedSentenceSplitter"/> for the pipeline's language (or
    /// each text's detected language) that splits quotations into their sentences
    /// (<see cref="SentenceSplitterOptions.KeepQuotationsWhole"/> false).
    /// </summary>
    /// <param name="splitter">The splitter.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="splitter"/> is null.</exception>
    public SummarizerPipelineBuilder UseSentenceSplitter(SentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(splitter);
        _splitter = splitter;
        return this;
    }

    /// <summary>Sets the word tokenizer. Default: <see cref="WordTokenizer"/>.</summary>
    /// <param name="tokenizer">The tokenizer.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tokenizer"/> is null.</exception>
    public SummarizerPipelineBuilder UseTokenizer(Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        _tokenizer = tokenizer;
        return this;
    }

    /// <summary>Configures TF-IDF weighting, optionally with a corpus-fitted IDF model.</summary>
    /// <param name="idf">A corpus IDF model, or null to use the document's own sentences.</param>
    /// <param name="sublinearTf">Whether to use <c>1 + ln(tf)</c>.</param>
    /// <returns>This builder.</returns>
    public SummarizerPipelineBuilder UseTfIdf(IdfModel? idf = null, bool sublinearTf = false)
    {
        _tfIdf = new TfIdfOptions { Idf = idf, SublinearTf = sublinearTf };
        return this;
    }

    /// <summary>Ranks sentences with TextRank instead of the default position-aware centrality (<see cref="PacSumRanker"/>).</summary>
    /// <param name="options">TextRank options; null for the defaults.</param>
    /// <returns>This builder.</returns>
    public SummarizerPipelineBuilder UseTextRank(TextRankOptions? options = null)
    {
        _ranker = null;
        _useTextRank = true;
        _textRank = options ?? new TextRankOptions();
        return this;
    }

    /// <summary>
    /// Configures a ranking method by name, with the stop list, scoring and selection it was evaluated with
    /// (see <see cref="SummarizerAlgorithms"/>): replaces the ranker, stop list, scoring, selection and line-list settings.
    /// </summary>
    /// <param name="name">A name from <see cref="SummarizerAlgorithms.Names"/>, case-insensitive.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a known method; the message lists them.</exception>
    public SummarizerPipelineBuilder UseAlgorithm(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        SummarizerAlgorithms.Configure(this, name);
        return this;
    }

    /// <summary>
    /// Applies <paramref name="settings"/>: the language (or detection), the method with the stop list, scoring and
    /// selection it was evaluated with (as <see cref="UseAlgorithm"/>), the layout of the <c>default</c> method, the
    /// corpus IDF model and the default length. Later calls to other methods refine the result.
    /// </summary>
    /// <param name="settings">The settings.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="settings"/> is null.</exception>
    /// <exception cref="ArgumentException">A setting is not valid (an unknown method, language or layout); the message names it.</exception>
    public SummarizerPipelineBuilder UseSettings(SummarizerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        if (settings.Language is { } language)
            UseLanguage(language);
        else
            UseLanguageDetection();
        UseAlgorithm(settings.Algorithm);
        if (string.Equals(settings.Algorithm, "default", StringComparison.OrdinalIgnoreCase))
            _lineLists = _lineLists with { Layout = settings.Layout }; // the other methods rank every text as published
        _tfIdf = _tfIdf with { Idf = settings.Idf };
        _defaultLength = settings.DefaultLength;
        _similarity = settings.Similarity;
        _embedder = settings.Embedder;
        _embeddingWeight = settings.EmbeddingWeight;
        return this;
    }

    /// <summary>
    /// Measures sentence similarity with <paramref name="embedder"/>'s vectors (meaning rather than shared words) in the
    /// rankers that compare sentences: PacSum (the default), TextRank, LexRank and centroid. Each similarity is
    /// <c>max(0, weight · embedding cosine + (1 - weight) · lexical similarity)</c>; salience, the redundancy filter and
    /// line lists stay lexical. Sentences are embedded once per text, only when the ranker needs them.
    /// </summary>
    /// <param name="embedder">The embedder, shared by every call (it must be thread-safe).</param>
    /// <param name="weight">The share of the embedding cosine, in [0, 1]. Default: 1 (embeddings alone).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="embedder"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is outside [0, 1].</exception>
    public SummarizerPipelineBuilder UseSentenceEmbedder(SentenceEmbedder embedder, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        RankingContext.CheckEmbeddingWeight(weight, nameof(weight));
        _embedder = embedder;
        _embeddingWeight = weight;
        return this;
    }

    /// <summary>Goes back to the default ranker, position-aware centrality.</summary>
    internal SummarizerPipelineBuilder UseDefaultRanker()
    {
        _ranker = null;
        _useTextRank = false;
        return this;
    }

    /// <summary>Ranks sentences with a custom ranker.</summary>
    /// <param name="ranker">The ranker.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ranker"/> is null.</exception>
    public SummarizerPipelineBuilder UseRanker(SentenceRanker ranker)
    {
        ArgumentNullException.ThrowIfNull(ranker);
        _ranker = ranker;
        _useTextRank = false;
        return this;
    }

    /// <summary>Sets how centrality, centroid salience and position combine into the final score.</summary>
    /// <param name="options">The scoring options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public SummarizerPipelineBuilder UseScoring(ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _scoring = options;
        return this;
    }

    /// <summary>Sets the redundancy threshold: a sentence more similar than this to a chosen one is skipped.</summary>
    /// <param name="maxSimilarity">Cosine similarity threshold in (0, 1].</param>
    /// <returns>This builder.</returns>
    public SummarizerPipelineBuilder UseRedundancyFilter(double maxSimilarity)
    {
        _selection = _selection with { MaxSimilarity = maxSimilarity };
        return this;
    }

    /// <summary>Sets all selection options.</summary>
    /// <param name="options">The selection options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public SummarizerPipelineBuilder UseSelection(SelectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _selection = options;
        return this;
    }

    /// <summary>Chooses the stop list removed before weighting and ranking. Default: <see cref="StopWordList.Default"/>.</summary>
    /// <param name="stopWords">The stop list.</param>
    /// <returns>This builder.</returns>
    public SummarizerPipelineBuilder UseStopWords(StopWordList stopWords)
    {
        _stopWords = stopWords;
        return this;
    }

    /// <summary>
    /// Adds a filter of words (a stemmer, a stop list, a synonym map; see <see cref="TokenFilter"/>), run after the
    /// filters added before it, after the stop list and before the language's stemmer.
    /// </summary>
    /// <param name="filter">The filter.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filter"/> is null.</exception>
    public SummarizerPipelineBuilder AddTokenFilter(TokenFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _filters.Add(filter);
        return this;
    }

    /// <summary>
    /// Turns the language's stemmer on or off: off when a filter added with <see cref="AddTokenFilter"/> stems, or to
    /// match whole words only. Default: on.
    /// </summary>
    /// <param name="stem">Whether the language's stemmer runs.</param>
    /// <returns>This builder.</returns>
    public SummarizerPipelineBuilder UseStemming(bool stem)
    {
        _stem = stem;
        return this;
    }

    /// <summary>
    /// Sets how lists of one-sentence lines (reviews, comments, posts) are summarized; see <see cref="LineListOptions"/>.
    /// By default such a list is detected and ranked by word frequency with no position prior, whatever ranker prose uses;
    /// <see cref="UseAlgorithm"/> with a named method other than <c>default</c> turns detection off.
    /// </summary>
    /// <param name="options">The options; <see cref="LineListOptions.Disabled"/> summarizes every text as prose.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public SummarizerPipelineBuilder UseLineLists(LineListOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _lineLists = options;
        return this;
    }

    /// <summary>Sets the options of keyword extraction (<see cref="SummarizerPipeline.ExtractKeywords(Text.Document, int, CancellationToken)"/>).</summary>
    /// <param name="options">The keyword options.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public SummarizerPipelineBuilder UseKeywords(KeywordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keywords = options;
        return this;
    }

    /// <summary>
    /// Sets the longest text, in UTF-16 characters, the pipeline accepts (<see cref="SummarizerPipeline.MaxInputLength"/>):
    /// a longer text is rejected with an <see cref="ArgumentException"/> before any work, which bounds the time and
    /// memory one call can take. Default: <see cref="SummarizerPipeline.DefaultMaxInputLength"/>.
    /// </summary>
    /// <param name="maxLength">The limit; at least 1. <see cref="int.MaxValue"/> accepts any string.</param>
    /// <returns>This builder.</returns>
    public SummarizerPipelineBuilder UseMaxInputLength(int maxLength)
    {
        _maxInputLength = maxLength;
        return this;
    }

    /// <summary>
    /// <paramref name="ranker"/> with its graph's lexical measure replaced (<see cref="SummarizerSettings.Similarity"/>);
    /// rankers without a graph measure are returned as they are.
    /// </summary>
    private static SentenceRanker WithSimilarity(SentenceRanker ranker, SimilarityMeasure? measure) => (ranker, measure) switch
    {
        (_, null) => ranker,
        (PacSumRanker pacSum, { } m) when pacSum.Options.Graph.Measure != m => new PacSumRanker(pacSum.Options with { Graph = pacSum.Options.Graph with { Measure = m } }),
        (TextRankRanker textRank, { } m) when textRank.Options.Graph.Measure != m => new TextRankRanker(textRank.Options with { Graph = textRank.Options.Graph with { Measure = m } }),
        _ => ranker,
    };

    /// <summary>Validates the configuration and creates the pipeline.</summary>
    /// <returns>An immutable, thread-safe pipeline.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range; the message names it and its value.</exception>
    public SummarizerPipeline Build()
    {
        _scoring.Validate();
        _selection.Validate();
        _lineLists.Validate();
        if (_maxInputLength < 1)
            throw new ArgumentOutOfRangeException("maxLength", _maxInputLength, "The maximum input length must be at least 1 character.");
        var analyzer = new TextAnalyzer(_splitter ?? RuleBasedSentenceSplitter.ForLanguage(_language), _tokenizer, _language, _stopWords, _filters, _stem);
        if (_tfIdf.Idf is { } idf && (idf.Language != _language || _detectLanguage))
            throw new ArgumentOutOfRangeException(nameof(TfIdfOptions.Idf), idf.Language,
                $"The IDF model was fitted for {idf.Language}; the pipeline must use that language, not {(_detectLanguage ? "detection" : _language.ToString())}.");
        SentenceRanker ranker = WithSimilarity(_ranker ?? (_useTextRank ? new TextRankRanker(_textRank) : DefaultRanker), _similarity);
        return new SummarizerPipeline(analyzer, _detectLanguage, _splitter is null, new TfIdfVectorizer(_tfIdf), ranker, _scoring, _selection, _lineLists, new KeywordExtractor(_keywords), _maxInputLength, _embedder, _embeddingWeight)
        {
            DefaultLength = _defaultLength,
        };
    }
}
