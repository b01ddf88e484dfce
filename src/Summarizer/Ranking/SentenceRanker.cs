namespace Summarizer.Ranking;

/// <summary>
/// Scores every sentence of a document; higher is more important. Implementations are immutable and
/// safe to share between threads.
/// </summary>
public abstract class SentenceRanker
{
    /// <summary>A short name for reports and the command line, for example <c>textrank</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Scores the sentences of <paramref name="context"/>.</summary>
    /// <param name="context">The document and its vectors.</param>
    /// <param name="cancellationToken">Checked in long loops.</param>
    /// <returns>One finite, non-negative score per sentence, in document order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public double[] Rank(RankingContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Count == 0)
            return [];
        double[] scores = RankCore(context, cancellationToken);
        if (scores.Length != context.Count)
            throw new InvalidOperationException($"{GetType().Name} returned {scores.Length} scores for {context.Count} sentences.");
        return scores;
    }

    /// <summary>Scores a non-empty document.</summary>
    /// <param name="context">The document and its vectors; at least one sentence.</param>
    /// <param name="cancellationToken">Checked in long loops.</param>
    /// <returns>One score per sentence.</returns>
    protected abstract double[] RankCore(RankingContext context, CancellationToken cancellationToken);
}
