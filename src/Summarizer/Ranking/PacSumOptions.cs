namespace Summarizer.Ranking;

/// <summary>Options for <see cref="PacSumRanker"/>.</summary>
/// <remarks>
/// The defaults are the TF-IDF setting of Zheng and Lapata (2019): edges to earlier sentences count against a
/// sentence (<see cref="Lambda1"/> = -2), edges to later sentences for it (<see cref="Lambda2"/> = 1), and only
/// similarities in the top 40% of the document's range count (<see cref="Beta"/> = 0.6). The paper tunes them on a
/// validation set; other genres may want other values.
/// </remarks>
public sealed record PacSumOptions
{
    /// <summary>
    /// Where the edge threshold sits between the smallest and the largest similarity of the document:
    /// <c>threshold = min + Beta * (max - min)</c>. Default: 0.6. Range: [0, 1].
    /// </summary>
    public double Beta { get; init; } = 0.6;

    /// <summary>The weight of edges to earlier sentences. Default: -2. Must be finite.</summary>
    public double Lambda1 { get; init; } = -2.0;

    /// <summary>The weight of edges to later sentences. Default: 1. Must be finite.</summary>
    public double Lambda2 { get; init; } = 1.0;

    internal void Validate()
    {
        if (!(Beta >= 0 && Beta <= 1))
            throw new ArgumentOutOfRangeException(nameof(Beta), Beta, "Must be in [0, 1].");
        if (!double.IsFinite(Lambda1))
            throw new ArgumentOutOfRangeException(nameof(Lambda1), Lambda1, "Must be finite.");
        if (!double.IsFinite(Lambda2))
            throw new ArgumentOutOfRangeException(nameof(Lambda2), Lambda2, "Must be finite.");
        if (Lambda1 == 0 && Lambda2 == 0)
            throw new ArgumentOutOfRangeException(nameof(Lambda2), Lambda2, "Lambda1 and Lambda2 cannot both be zero.");
    }
}
