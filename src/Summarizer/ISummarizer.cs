namespace Summarizer;

/// <summary>
/// Summarizes texts. <see cref="SummarizerPipeline"/> implements it; depend on this interface where a summarizer is
/// injected, so that tests can pass a fake without building a pipeline.
/// </summary>
/// <remarks>
/// It lives in the core package, not in the dependency injection package, so that code and tests which only consume
/// summaries need no container and no extra package to mock it.
/// </remarks>
public interface ISummarizer
{
    /// <summary>Summarizes <paramref name="text"/>.</summary>
    /// <param name="text">The text to summarize.</param>
    /// <param name="length">The summary length.</param>
    /// <param name="cancellationToken">Cancels long work.</param>
    /// <returns>The summary; empty when the text is empty or blank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="length"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    Summary Summarize(string text, SummaryLength length, CancellationToken cancellationToken = default);

    /// <summary>
    /// Summarizes a stream of texts with at most <paramref name="maxDegreeOfParallelism"/> summarized at once,
    /// yielding the summaries in input order.
    /// </summary>
    /// <param name="texts">The texts; read only as far ahead as the parallelism needs.</param>
    /// <param name="length">The summary length of every text.</param>
    /// <param name="maxDegreeOfParallelism">The most texts summarized at the same time; at least 1.</param>
    /// <param name="cancellationToken">Cancels reading and summarizing.</param>
    /// <returns>One summary per text, in the order of <paramref name="texts"/>.</returns>
    IAsyncEnumerable<Summary> SummarizeManyAsync(IAsyncEnumerable<string> texts, SummaryLength length, int maxDegreeOfParallelism, CancellationToken cancellationToken = default);

    /// <summary>Summarizes a stream of texts, as many at once as there are processors, yielding the summaries in input order.</summary>
    /// <param name="texts">The texts.</param>
    /// <param name="length">The summary length of every text.</param>
    /// <param name="cancellationToken">Cancels reading and summarizing.</param>
    /// <returns>One summary per text, in the order of <paramref name="texts"/>.</returns>
    IAsyncEnumerable<Summary> SummarizeManyAsync(IAsyncEnumerable<string> texts, SummaryLength length, CancellationToken cancellationToken = default) =>
        SummarizeManyAsync(texts, length, Environment.ProcessorCount, cancellationToken);
}
