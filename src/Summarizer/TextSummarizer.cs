namespace Summarizer;

/// <summary>The quickest way in: summarize text with the default pipeline (English, TF-IDF, position-aware centrality blended with salience and position, redundancy control).</summary>
/// <example>
/// <code>
/// Summary summary = TextSummarizer.Summarize(article, SummaryLength.Sentences(3));
/// foreach (ScoredSentence s in summary.Sentences)
///     Console.WriteLine($"#{s.Rank} {s.Score:F3} {s.Text}");
/// </code>
/// </example>
public static class TextSummarizer
{
    private static readonly Lazy<SummarizerPipeline> DefaultPipeline = new(() => new SummarizerPipelineBuilder().Build());

    /// <summary>The shared default pipeline (immutable and thread-safe).</summary>
    public static SummarizerPipeline Default => DefaultPipeline.Value;

    /// <summary>Summarizes <paramref name="text"/> with the default pipeline, or <paramref name="pipeline"/> when given.</summary>
    /// <param name="text">The text to summarize.</param>
    /// <param name="length">The summary length; null for the pipeline's <see cref="SummarizerPipeline.DefaultLength"/> (three sentences unless configured).</param>
    /// <param name="pipeline">A pipeline to use instead of the default.</param>
    /// <param name="cancellationToken">Cancels long work.</param>
    /// <returns>The summary; empty when the text is empty or blank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is longer than the pipeline's <see cref="SummarizerPipeline.MaxInputLength"/>.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public static Summary Summarize(string text, SummaryLength? length = null, SummarizerPipeline? pipeline = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        SummarizerPipeline chosen = pipeline ?? Default;
        return chosen.Summarize(text, length ?? chosen.DefaultLength, cancellationToken);
    }

    /// <summary>
    /// Summarizes a stream of texts with the default pipeline, or <paramref name="pipeline"/> when given, as many at
    /// once as there are processors, yielding the summaries in input order (see
    /// <see cref="SummarizerPipeline.SummarizeManyAsync(IAsyncEnumerable{string}, SummaryLength, int, CancellationToken)"/>).
    /// </summary>
    /// <param name="texts">The texts.</param>
    /// <param name="length">The summary length; null for the pipeline's <see cref="SummarizerPipeline.DefaultLength"/> (three sentences unless configured).</param>
    /// <param name="pipeline">A pipeline to use instead of the default.</param>
    /// <param name="cancellationToken">Cancels reading and summarizing.</param>
    /// <returns>One summary per text, in input order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null.</exception>
    public static IAsyncEnumerable<Summary> SummarizeManyAsync(IAsyncEnumerable<string> texts, SummaryLength? length = null, SummarizerPipeline? pipeline = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        SummarizerPipeline chosen = pipeline ?? Default;
        return chosen.SummarizeManyAsync(texts, length ?? chosen.DefaultLength, cancellationToken);
    }
}
