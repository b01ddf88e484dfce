namespace Summarizer.Graph;

/// <summary>Options for building the sentence similarity graph.</summary>
public sealed record SimilarityGraphOptions
{
    /// <summary>The similarity measure. Default: <see cref="SimilarityMeasure.Cosine"/>.</summary>
    public SimilarityMeasure Measure { get; init; } = SimilarityMeasure.Cosine;

    /// <summary>Edges with a weight below this are left out. Default: 0 (keep every non-zero edge). Range: [0, 1).</summary>
    public double MinSimilarity { get; init; }

    /// <summary>
    /// Documents with more sentences than this get a sparse graph built from an inverted index over terms,
    /// keeping each sentence's <see cref="MaxNeighbors"/> strongest edges, so time and memory grow close to
    /// linearly instead of with the square of the sentence count. Default: 1500.
    /// </summary>
    public int DenseSentenceLimit { get; init; } = 1500;

    /// <summary>In a sparse graph, the number of strongest edges kept per sentence (before symmetrizing). Default: 30.</summary>
    public int MaxNeighbors { get; init; } = 30;

    /// <summary>
    /// In a sparse graph, terms found in more sentences than this do not contribute to similarities: they carry
    /// little weight but would make the work grow with the square of their frequency. Default: 1000.
    /// </summary>
    public int MaxTermSentences { get; init; } = 1000;

    internal void Validate()
    {
        if (!Enum.IsDefined(Measure))
            throw new ArgumentOutOfRangeException(nameof(Measure), Measure, "Unknown similarity measure.");
        if (!(MinSimilarity >= 0 && MinSimilarity < 1))
            throw new ArgumentOutOfRangeException(nameof(MinSimilarity), MinSimilarity, "Must be in [0, 1).");
        ArgumentOutOfRangeException.ThrowIfNegative(DenseSentenceLimit, nameof(DenseSentenceLimit));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxNeighbors, 1, nameof(MaxNeighbors));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxTermSentences, 1, nameof(MaxTermSentences));
    }
}
