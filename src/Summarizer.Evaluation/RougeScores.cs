namespace Summarizer.Evaluation;

/// <summary>The four ROUGE scores of one prediction against its reference or references.</summary>
/// <param name="Rouge1">ROUGE-1, unigram overlap.</param>
/// <param name="Rouge2">ROUGE-2, bigram overlap.</param>
/// <param name="RougeL">ROUGE-L, longest common subsequence over the whole token sequences.</param>
/// <param name="RougeLsum">ROUGE-Lsum, summary-level union LCS over newline-separated sentences.</param>
public sealed record RougeScores(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL, RougeScore RougeLsum)
{
    /// <summary>All four metrics, in the order of <see cref="RougeMetric"/>.</summary>
    public static IReadOnlyList<RougeMetric> Metrics { get; } =
        [RougeMetric.Rouge1, RougeMetric.Rouge2, RougeMetric.RougeL, RougeMetric.RougeLsum];

    /// <summary>The score of one metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>That metric's precision, recall and F1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined metric.</exception>
    public RougeScore Get(RougeMetric metric) => metric switch
    {
        RougeMetric.Rouge1 => Rouge1,
        RougeMetric.Rouge2 => Rouge2,
        RougeMetric.RougeL => RougeL,
        RougeMetric.RougeLsum => RougeLsum,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown ROUGE metric."),
    };
}
