namespace Summarizer.Evaluation;

/// <summary>ROUGE over a corpus: per metric, the mean over documents with a bootstrap confidence interval.</summary>
/// <param name="DocumentCount">How many documents were aggregated.</param>
/// <param name="BootstrapSamples">How many bootstrap resamples the intervals come from.</param>
/// <param name="ConfidenceLevel">The confidence level of the intervals, such as 0.95.</param>
/// <param name="Seed">The seed of the resampling; the same scores and seed always give the same intervals.</param>
/// <param name="Rouge1">ROUGE-1.</param>
/// <param name="Rouge2">ROUGE-2.</param>
/// <param name="RougeL">ROUGE-L.</param>
/// <param name="RougeLsum">ROUGE-Lsum.</param>
public sealed record RougeCorpusScore(
    int DocumentCount,
    int BootstrapSamples,
    double ConfidenceLevel,
    int Seed,
    RougeEstimate Rouge1,
    RougeEstimate Rouge2,
    RougeEstimate RougeL,
    RougeEstimate RougeLsum)
{
    /// <summary>The estimate of one metric.</summary>
    /// <param name="metric">The metric.</param>
    /// <returns>That metric's mean and confidence interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="metric"/> is not a defined metric.</exception>
    public RougeEstimate Get(RougeMetric metric) => metric switch
    {
        RougeMetric.Rouge1 => Rouge1,
        RougeMetric.Rouge2 => Rouge2,
        RougeMetric.RougeL => RougeL,
        RougeMetric.RougeLsum => RougeLsum,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown ROUGE metric."),
    };
}
