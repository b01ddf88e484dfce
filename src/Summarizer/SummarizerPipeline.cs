using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Summarizer.Batching;
using Summarizer.Keywords;
using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Scoring;
using Summarizer.Layout;
using Summarizer.Analysis;

namespace Summarizer;

/// <summary>
/// A configured summarizer: analysis, TF-IDF weighting, ranking, score blending and selection.
/// Built by <see cref="SummarizerPipelineBuilder"/>; immutable and safe to use from many threads at once.
/// </summary>
public sealed class SummarizerPipeline : ISummarizer
{
    private readonly LanguageAnalyzers _analyzers;
    private readonly LayoutPlanner _layout;

    /// <summary>The longest text, in UTF-16 characters, a pipeline accepts unless configured otherwise: 10,000,000.</summary>
    public const int DefaultMaxInputLength = 10_000_000;

    internal SummarizerPipeline(TextAnalyzer analyzer, bool detectLanguage, bool splitterFollowsLanguage, TfIdfVectorizer vectorizer, SentenceRanker ranker, ScoringOptions scoring, SelectionOptions selection, LineListOptions lineLists, KeywordExtractor keywords, int maxInputLength, SentenceEmbedder? embedder = null, double embeddingWeight = 1)
    {
        Embedder = embedder;
        EmbeddingWeight = embeddingWeight;
        LineLists = lineLists;
        MaxInputLength = maxInputLength;
        Keywords = keywords;
        Vectorizer = vectorizer;
        Ranker = ranker;
        Scoring = scoring;
        Selection = selection;
        _analyzers = new LanguageAnalyzers(analyzer, detectLanguage, splitterFollowsLanguage);
        _layout = new LayoutPlanner(lineLists, _analyzers, ranker, scoring, selection);
    }

    /// <summary>Sentence splitting, tokenization and word normalization for the configured language.</summary>
    public TextAnalyzer Analyzer => _analyzers.Configured;

    /// <summary>
    /// Whether each text's language is detected (<see cref="LanguageDetector"/>) rather than fixed; the language
    /// used is reported on <see cref="Document.Language"/> and <see cref="Summary.Language"/>. When detection
    /// recognises no language, <see cref="Analyzer"/>'s language is used.
    /// </summary>
    public bool DetectsLanguage => _analyzers.DetectLanguage;

    /// <summary>TF-IDF sentence vectors.</summary>
    public TfIdfVectorizer Vectorizer { get; }

    /// <summary>
    /// The sentence embedder whose cosines the similarity rankers (PacSum, TextRank, LexRank, centroid) use, or null for
    /// lexical similarity only (the default); set with <see cref="SummarizerPipelineBuilder.UseSentenceEmbedder"/>.
    /// </summary>
    public SentenceEmbedder? Embedder { get; }

    /// <summary>The share of the embedding cosine in each similarity when there is an <see cref="Embedder"/> (see <see cref="RankingContext.EmbeddingWeight"/>).</summary>
    public double EmbeddingWeight { get; }

    /// <summary>The sentence ranker (by default position-aware directed centrality, <see cref="PacSumRanker"/>, with the default scoring).</summary>
    public SentenceRanker Ranker { get; }

    /// <summary>How centrality, salience and position are combined.</summary>
    public ScoringOptions Scoring { get; }

    /// <summary>Redundancy control and eligibility of sentences.</summary>
    public SelectionOptions Selection { get; }

    /// <summary>How lists of one-sentence lines are detected and summarized (see <see cref="LineListOptions"/>).</summary>
    public LineListOptions LineLists { get; }

    /// <summary>
    /// The longest text, in UTF-16 characters (<see cref="string.Length"/>), that <see cref="Analyze"/> and the methods
    /// taking a string accept; a longer one is rejected with an <see cref="ArgumentException"/> before any work is done.
    /// Default: <see cref="DefaultMaxInputLength"/>; set with <see cref="SummarizerPipelineBuilder.UseMaxInputLength"/>.
    /// </summary>
    public int MaxInputLength { get; }

    /// <summary>
    /// The length to use when a caller gives none, from <see cref="SummarizerSettings.DefaultLength"/> (3 sentences unless
    /// configured). The summarizing methods always take an explicit length; applications read this one to pass it.
    /// </summary>
    public SummaryLength DefaultLength { get; internal init; } = SummarizerSettings.Default.DefaultLength;

    /// <summary>Keyword extraction, used only by <see cref="ExtractKeywords(Document, int, CancellationToken)"/>.</summary>
    internal KeywordExtractor Keywords { get; }

    /// <summary>Analyses <paramref name="text"/> into sentences and normalized tokens.</summary>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels long work.</param>
    /// <returns>The analysed document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="MaxInputLength"/>; the message gives both lengths.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public Document Analyze(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > MaxInputLength)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"The text is {text.Length} characters long; this pipeline accepts at most {MaxInputLength} (see SummarizerPipelineBuilder.UseMaxInputLength)."), nameof(text));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return _analyzers.For(text).Analyze(text, cancellationToken);
    }

    /// <summary>Scores every sentence of <paramref name="document"/> with the ranker and the score blend.</summary>
    /// <param name="document">An analysed document.</param>
    /// <param name="cancellationToken">Cancels long work.</param>
    /// <returns>One final score per sentence, in document order: a new array the caller owns, as the rankers return.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public double[] Score(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        LayoutPlan plan = _layout.Plan(document, cancellationToken);
        return Score(CreateContext(plan.Document, cancellationToken), plan, cancellationToken);
    }

    /// <summary>Summarizes <paramref name="text"/>.</summary>
    /// <param name="text">The text to summarize.</param>
    /// <param name="length">The summary length.</param>
    /// <param name="cancellationToken">Cancels long work.</param>
    /// <returns>The summary; empty when the text is empty or blank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="length"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public Summary Summarize(string text, SummaryLength length, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(length);
        return Summarize(Analyze(text, cancellationToken), length, cancellationToken);
    }

    /// <summary>
    /// Summarizes a stream of texts with at most <paramref name="maxDegreeOfParallelism"/> summarized at once, yielding
    /// the summaries in input order as soon as each one and all before it are done.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The texts are summarized on worker threads of their own (<see cref="Batching.OrderedParallel"/>), not on the
    /// thread pool, started as the texts arrive and ended with the enumeration; with a parallelism of 1 they are
    /// summarized on the enumerating thread. The loop's body may run on a worker thread when the loop has no
    /// synchronization context.
    /// </para>
    /// <para>
    /// Memory stays bounded whatever the length of <paramref name="texts"/>: at most twice
    /// <paramref name="maxDegreeOfParallelism"/> texts are read ahead of the summary being yielded, so a slow
    /// document delays the stream without stopping the others from being worked on.
    /// </para>
    /// <para>
    /// Failures surface in order: when summarizing a text throws (or the source itself throws), the summaries of all
    /// earlier texts are yielded first, then the exception is rethrown from the enumerator's <c>MoveNextAsync</c>
    /// (so from the <c>await foreach</c>), and the work still in progress on later texts is cancelled. Cancellation
    /// through <paramref name="cancellationToken"/> or <c>WithCancellation</c> throws
    /// <see cref="OperationCanceledException"/> likewise. Leaving the loop early cancels the remaining work.
    /// </para>
    /// </remarks>
    /// <param name="texts">The texts; read only as far ahead as the parallelism needs.</param>
    /// <param name="length">The summary length of every text.</param>
    /// <param name="maxDegreeOfParallelism">The most texts summarized at the same time; at least 1.</param>
    /// <param name="cancellationToken">Cancels reading and summarizing.</param>
    /// <returns>One summary per text, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or <paramref name="length"/> is null (thrown at the call).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1 (thrown at the call).</exception>
    /// <example>
    /// <code>
    /// await foreach (Summary summary in pipeline.SummarizeManyAsync(ReadArticlesAsync(), SummaryLength.Sentences(2), maxDegreeOfParallelism: 4))
    ///     Console.WriteLine(summary);
    /// </code>
    /// </example>
    public IAsyncEnumerable<Summary> SummarizeManyAsync(IAsyncEnumerable<string> texts, SummaryLength length, int maxDegreeOfParallelism, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(length);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return SummarizeManyCore(texts, length, maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>Summarizes a stream of texts, as many at once as there are processors, yielding the summaries in input order.</summary>
    /// <remarks>See <see cref="SummarizeManyAsync(IAsyncEnumerable{string}, SummaryLength, int, CancellationToken)"/>.</remarks>
    /// <param name="texts">The texts.</param>
    /// <param name="length">The summary length of every text.</param>
    /// <param name="cancellationToken">Cancels reading and summarizing.</param>
    /// <returns>One summary per text, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or <paramref name="length"/> is null (thrown at the call).</exception>
    public IAsyncEnumerable<Summary> SummarizeManyAsync(IAsyncEnumerable<string> texts, SummaryLength length, CancellationToken cancellationToken = default) =>
        SummarizeManyAsync(texts, length, Environment.ProcessorCount, cancellationToken);

    private async IAsyncEnumerable<Summary> SummarizeManyCore(IAsyncEnumerable<string> texts, SummaryLength length, int maxDegreeOfParallelism,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // One text a chunk: a caller's stream is read no further ahead than twice the parallelism.
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        await foreach (OrderedResult<Summary> result in OrderedParallel.RunAsync(texts, (text, token) => Summarize(text, length, token), options, cancellationToken).ConfigureAwait(false))
        {
            if (result.Error is { } error)
                ExceptionDispatchInfo.Throw(error); // leaving the loop stops the work on later texts
            yield return result.Value!;
        }
    }

    /// <summary>Summarizes an already analysed document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="length">The summary length.</param>
    /// <param name="cancellationToken">Cancels long work.</param>
    /// <returns>The summary; empty when the document has no sentences.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="length"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public Summary Summarize(Document document, SummaryLength length, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(length);
        LayoutPlan plan = _layout.Plan(document, cancellationToken);
        document = plan.Document;
        RankingContext context = CreateContext(document, cancellationToken);
        double[] scores = Score(context, plan, cancellationToken);
        List<int> chosen = SentenceSelector.Select(context, scores, length, plan.Selection, plan.Layout, cancellationToken, out bool overBudget);

        // Selection prefers proper sentences to short ones, so it may pick a lower score first; ranks follow the scores.
        chosen.Sort((a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));

        var byRank = new ScoredSentence[chosen.Count];
        for (int rank = 0; rank < chosen.Count; rank++)
        {
            int i = chosen[rank];
            Sentence sentence = document.Sentences[i];
            byRank[rank] = new ScoredSentence(i, sentence.Span, sentence.GetText(document.Text), scores[i], rank + 1);
        }

        return new Summary(document.Text, document.Language, document.Sentences.Count, byRank, plan.Layout) { OverBudget = overBudget };
    }

    /// <summary>Extracts the top keyphrases of <paramref name="text"/> with TextRank (see <see cref="KeywordOptions"/>).</summary>
    /// <param name="text">The text.</param>
    /// <param name="count">The most phrases to return.</param>
    /// <param name="cancellationToken">Cancels long work.</param>
    /// <returns>The phrases, best first, each with the spans of its occurrences in <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than <see cref="MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public IReadOnlyList<Keyword> ExtractKeywords(string text, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return ExtractKeywords(Analyze(text, cancellationToken), count, cancellationToken);
    }

    /// <summary>Extracts the top keyphrases of an already analysed document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="count">The most phrases to return.</param>
    /// <param name="cancellationToken">Cancels long work.</param>
    /// <returns>The phrases, best first, each with the spans of its occurrences in the document's text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public IReadOnlyList<Keyword> ExtractKeywords(Document document, int count, CancellationToken cancellationToken = default) =>
        Keywords.Extract(document, count, cancellationToken);

    private RankingContext CreateContext(Document document, CancellationToken cancellationToken)
    {
        SentenceVectors vectors = Vectorizer.Vectorize(document, cancellationToken);
        if (Embedder is not { } embedder)
            return new RankingContext(document, vectors);

        // Computed on first use: rankers that never compare sentences (lead, a line list's SumBasic) pay nothing.
        var embeddings = new Lazy<SentenceEmbeddings>(() =>
        {
            var texts = new string[document.Sentences.Count];
            for (int i = 0; i < texts.Length; i++)
                texts[i] = document.Sentences[i].GetText(document.Text);
            return embedder.Embed(texts, cancellationToken);
        });
        return new RankingContext(document, vectors, embeddings, EmbeddingWeight);
    }

    private static double[] Score(RankingContext context, LayoutPlan plan, CancellationToken cancellationToken)
    {
        double[] centrality = plan.Ranker.Rank(context, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return context.Count == 0 ? centrality : ScoreBlender.Blend(context, centrality, plan.Scoring);
    }
}
