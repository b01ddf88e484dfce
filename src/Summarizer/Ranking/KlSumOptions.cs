namespace Summarizer.Ranking;

/// <summary>Options for <see cref="KlSumRanker"/>.</summary>
public sealed record KlSumOptions
{
    /// <summary>
    /// Additive (Lidstone) smoothing of the summary's word distribution, so that document words the summary lacks get a
    /// small probability and the divergence stays finite: <c>P_S(w) = (count_S(w) + Smoothing) / (|S| + Smoothing · V)</c>.
    /// Default: 0.1. Must be positive and finite.
    /// </summary>
    public double Smoothing { get; init; } = 0.1;

    internal void Validate()
    {
        if (!(Smoothing > 0) || double.IsInfinity(Smoothing))
            throw new ArgumentOutOfRangeException(nameof(Smoothing), Smoothing, "Must be positive and finite.");
    }
}
