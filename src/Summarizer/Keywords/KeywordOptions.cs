namespace Summarizer.Keywords;

/// <summary>Options of keyword extraction (<see cref="SummarizerPipeline.ExtractKeywords(string, int, CancellationToken)"/>): TextRank over a word co-occurrence graph.</summary>
public sealed record KeywordOptions
{
    /// <summary>
    /// Two content words are linked when they are fewer than this many content words apart in a sentence; 2 links
    /// neighbours only. Default: 2, the paper's best. Range: 2 to 10.
    /// </summary>
    public int WindowSize { get; init; } = 2;

    /// <summary>The fraction of the graph's words kept as keywords before adjacent ones merge into phrases. Default: 1/3. Range: (0, 1].</summary>
    public double KeywordFraction { get; init; } = 1.0 / 3;

    /// <summary>The PageRank damping factor. Default: 0.85. Range: (0, 1).</summary>
    public double Damping { get; init; } = 0.85;

    /// <summary>Iteration stops when no score changes by more than this. Default: 1e-8. Must be positive.</summary>
    public double Tolerance { get; init; } = 1e-8;

    /// <summary>The iteration cap. Default: 200. Must be positive.</summary>
    public int MaxIterations { get; init; } = 200;

    internal void Validate()
    {
        if (WindowSize is < 2 or > 10)
            throw new ArgumentOutOfRangeException(nameof(WindowSize), WindowSize, "Must be from 2 to 10.");
        if (!(KeywordFraction > 0 && KeywordFraction <= 1))
            throw new ArgumentOutOfRangeException(nameof(KeywordFraction), KeywordFraction, "Must be in (0, 1].");
        if (!(Damping > 0 && Damping < 1))
            throw new ArgumentOutOfRangeException(nameof(Damping), Damping, "Must be in (0, 1).");
        if (!(Tolerance > 0))
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "Must be positive.");
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxIterations, 1, nameof(MaxIterations));
    }
}
