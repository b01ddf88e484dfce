namespace Summarizer.Ranking;

/// <summary>Options for <see cref="LexRankRanker"/>.</summary>
public sealed record LexRankOptions
{
    /// <summary>
    /// The cosine threshold of thresholded LexRank: sentences more similar than this are linked by an edge of weight 1,
    /// others not at all. <see langword="null"/> (the default) is continuous LexRank, where the edge weight is the cosine
    /// itself. Range: (0, 1); Erkan and Radev report 0.1 as the best threshold.
    /// </summary>
    public double? Threshold { get; init; }

    /// <summary>
    /// The probability of following an edge rather than jumping to a random sentence: 1 - d in the paper's notation,
    /// where d = 0.15. Default: 0.85. Range: (0, 1]; 1 is the undamped power method.
    /// </summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>Iteration stops when no score changes by more than this. Default: 1e-8. Must be positive.</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>The iteration cap. Default: 200. Must be positive.</summary>
    public int MaxIterations { get; init; } = 200;

    internal void Validate()
    {
        if (Threshold is { } threshold && !(threshold > 0 && threshold < 1))
            throw new ArgumentOutOfRangeException(nameof(Threshold), threshold, "Must be in (0, 1), or null for continuous LexRank.");
        if (!(Damping > 0 && Damping <= 1))
            throw new ArgumentOutOfRangeException(nameof(Damping), Damping, "Must be in (0, 1].");
        if (!(Tolerance > 0))
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Must be positive.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
    }
}
