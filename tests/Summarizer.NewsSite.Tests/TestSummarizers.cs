namespace Summarizer.NewsSite.Tests;

internal sealed class ThrowingSummarizer : ISummarizer
{
    public const string Secret = "internal detail 7f3a";

    public Summary Summarize(string text, SummaryLength length, CancellationToken cancellationToken = default) => throw new InvalidOperationException(Secret);

    public IAsyncEnumerable<Summary> SummarizeManyAsync(IAsyncEnumerable<string> texts, SummaryLength length, int maxDegreeOfParallelism, CancellationToken cancellationToken = default) => throw new InvalidOperationException(Secret);
}

/// <summary>Blocks until its token is cancelled, then reports it, as a long summary would when its client leaves.</summary>
internal sealed class BlockingSummarizer : ISummarizer
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource<bool> Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Summary Summarize(string text, SummaryLength length, CancellationToken cancellationToken = default)
    {
        Started.TrySetResult();
        bool signalled = cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
        Cancelled.TrySetResult(signalled);
        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("the request was never cancelled");
    }

    public IAsyncEnumerable<Summary> SummarizeManyAsync(IAsyncEnumerable<string> texts, SummaryLength length, int maxDegreeOfParallelism, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
