namespace Summarizer.Ranking;

/// <summary>
/// The lead baseline: earlier sentences score higher (<c>1 / (1 + index)</c>), so a summary of k sentences is
/// the document's first k. News is written lead first, which makes this the baseline to beat (LEAD-3).
/// </summary>
public sealed class LeadRanker : SentenceRanker
{
    /// <summary>A shared instance; the ranker holds no state.</summary>
    public static LeadRanker Instance { get; } = new();

    /// <inheritdoc />
    public override string Name => "lead";

    /// <inheritdoc />
    protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
    {
        var scores = new double[context.Count];
        for (int i = 0; i < scores.Length; i++)
            scores[i] = 1.0 / (1 + i);
        return scores;
    }
}
