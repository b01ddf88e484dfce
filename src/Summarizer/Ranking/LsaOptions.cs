namespace Summarizer.Ranking;

/// <summary>Options for <see cref="LsaRanker"/>.</summary>
public sealed record LsaOptions
{
    /// <summary>
    /// Latent dimensions (topics) whose singular value is at least this fraction of the largest one take part in the
    /// score; weaker ones are noise. Default: 0.5, Steinberger and Ježek's choice. Range: (0, 1]; 1 keeps only the
    /// strongest dimension (and any tied with it).
    /// </summary>
    public double MinSingularValueRatio { get; init; } = 0.5;

    internal void Validate()
    {
        if (!(MinSingularValueRatio > 0 && MinSingularValueRatio <= 1))
            throw new ArgumentOutOfRangeException(nameof(MinSingularValueRatio), MinSingularValueRatio, "Must be in (0, 1].");
    }
}
