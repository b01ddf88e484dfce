namespace Summarizer.Evaluation;

/// <summary>
/// Aggregates per-document ROUGE scores over a corpus: the mean of each metric's precision, recall and F1,
/// with a percentile-bootstrap confidence interval of the mean.
/// </summary>
/// <remarks>
/// <para>
/// Each of the <c>bootstrapSamples</c> resamples draws as many documents as there are, uniformly with
/// replacement, and takes the mean of every value; the interval bounds are the
/// <c>(1 - confidenceLevel) / 2</c> and <c>(1 + confidenceLevel) / 2</c> quantiles of those resampled means,
/// interpolated linearly between order statistics (numpy's default <c>percentile</c>). All metrics share the
/// same resampled documents. This is the procedure of <c>rouge_score</c>'s <c>BootstrapAggregator</c> and of
/// ROUGE-1.5.5, except that the reported centre is the plain mean rather than the median of the resamples.
/// </para>
/// <para>
/// The resampling uses its own SplitMix64 generator seeded with <c>seed</c>, so the same scores and seed
/// give the same interval on every run, machine and .NET version.
/// </para>
/// </remarks>
public static class RougeAggregate
{
    /// <summary>The default number of bootstrap resamples, 1000 (as rouge_score and ROUGE-1.5.5 use).</summary>
    public const int DefaultBootstrapSamples = 1000;

    /// <summary>The default seed of the resampling, 42.</summary>
    public const int DefaultSeed = 42;

    /// <summary>The default confidence level, 0.95.</summary>
    public const double DefaultConfidenceLevel = 0.95;

    // Per document: four metrics times (precision, recall, F1).
    private const int ValuesPerDocument = 12;

    /// <summary>Computes the corpus mean and the bootstrap confidence interval of every metric.</summary>
    /// <param name="scores">The per-document scores; at least one.</param>
    /// <param name="bootstrapSamples">How many bootstrap resamples to draw; at least 1.</param>
    /// <param name="seed">The seed of the resampling.</param>
    /// <param name="confidenceLevel">The confidence level of the interval, strictly between 0 and 1.</param>
    /// <returns>The mean and interval of each metric.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scores"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="scores"/> is empty or holds a null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="bootstrapSamples"/> is below 1, or <paramref name="confidenceLevel"/> is not strictly
    /// between 0 and 1.
    /// </exception>
    public static RougeCorpusScore Compute(
        IReadOnlyList<RougeScores> scores,
        int bootstrapSamples = DefaultBootstrapSamples,
        int seed = DefaultSeed,
        double confidenceLevel = DefaultConfidenceLevel)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
            throw new ArgumentException("At least one document's scores are required.", nameof(scores));
        ArgumentOutOfRangeException.ThrowIfLessThan(bootstrapSamples, 1);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), confidenceLevel, "The confidence level must be strictly between 0 and 1.");

        int count = scores.Count;
        double[] values = new double[count * ValuesPerDocument];
        for (int d = 0; d < count; d++)
        {
            RougeScores document = scores[d]
                ?? throw new ArgumentException($"The scores of document {d} are null.", nameof(scores));
            for (int m = 0; m < RougeScores.Metrics.Count; m++)
            {
                RougeScore score = document.Get(RougeScores.Metrics[m]);
                int at = (d * ValuesPerDocument) + (m * 3);
                values[at] = score.Precision;
                values[at + 1] = score.Recall;
                values[at + 2] = score.F1;
            }
        }

        double[] means = new double[ValuesPerDocument];
        for (int d = 0; d < count; d++)
        {
            for (int v = 0; v < ValuesPerDocument; v++)
                means[v] += values[(d * ValuesPerDocument) + v];
        }

        for (int v = 0; v < ValuesPerDocument; v++)
            means[v] /= count;

        double[][] resampledMeans = Resample(values, count, bootstrapSamples, seed);
        double lowQuantile = (1 - confidenceLevel) / 2;
        double highQuantile = (1 + confidenceLevel) / 2;
        double[] low = new double[ValuesPerDocument];
        double[] high = new double[ValuesPerDocument];
        for (int v = 0; v < ValuesPerDocument; v++)
        {
            Array.Sort(resampledMeans[v]);
            low[v] = Quantile(resampledMeans[v], lowQuantile);
            high[v] = Quantile(resampledMeans[v], highQuantile);
        }

        RougeEstimate Estimate(int metric)
        {
            int at = metric * 3;
            return new RougeEstimate(
                new RougeScore(means[at], means[at + 1], means[at + 2]),
                new RougeScore(low[at], low[at + 1], low[at + 2]),
                new RougeScore(high[at], high[at + 1], high[at + 2]));
        }

        return new RougeCorpusScore(
            count, bootstrapSamples, confidenceLevel, seed, Estimate(0), Estimate(1), Estimate(2), Estimate(3));
    }

    /// <summary>The mean of every value in each bootstrap resample, as [value][sample].</summary>
    private static double[][] Resample(double[] values, int count, int samples, int seed)
    {
        var random = new SplitMix64(unchecked((ulong)seed));
        double[][] resampled = new double[ValuesPerDocument][];
        for (int v = 0; v < ValuesPerDocument; v++)
            resampled[v] = new double[samples];

        Span<double> sums = stackalloc double[ValuesPerDocument];
        for (int s = 0; s < samples; s++)
        {
            sums.Clear();
            for (int i = 0; i < count; i++)
            {
                ReadOnlySpan<double> row = values.AsSpan(random.NextInt32(count) * ValuesPerDocument, ValuesPerDocument);
                for (int v = 0; v < ValuesPerDocument; v++)
                    sums[v] += row[v];
            }

            for (int v = 0; v < ValuesPerDocument; v++)
                resampled[v][s] = sums[v] / count;
        }

        return resampled;
    }

    /// <summary>
    /// The <paramref name="q"/> quantile of sorted values, interpolated linearly between the two nearest order
    /// statistics (numpy's default <c>percentile</c> method).
    /// </summary>
    internal static double Quantile(ReadOnlySpan<double> sorted, double q)
    {
        double position = (sorted.Length - 1) * q;
        int below = (int)Math.Floor(position);
        int above = Math.Min(below + 1, sorted.Length - 1);
        double fraction = position - below;
        return sorted[below] + (fraction * (sorted[above] - sorted[below]));
    }
}
