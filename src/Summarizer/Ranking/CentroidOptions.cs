namespace Summarizer.Ranking;

/// <summary>Options for <see cref="CentroidRanker"/>.</summary>
public sealed record CentroidOptions
{
    /// <summary>The number of heaviest terms kept in the centroid; the rest are set to zero. Default: 20. Must be at least 1.</summary>
    public int CentroidTerms { get; init; } = 20;

    /// <summary>The weight of the cosine similarity to the centroid. Default: 1. Must be non-negative and finite.</summary>
    public double CentroidWeight { get; init; } = 1.0;

    /// <summary>The weight of the position score, which falls linearly from the first sentence to the last. Default: 1. Must be non-negative and finite.</summary>
    public double PositionWeight { get; init; } = 1.0;

    /// <summary>The weight of the similarity to the document's first sentence. Default: 1. Must be non-negative and finite.</summary>
    public double FirstSentenceWeight { get; init; } = 1.0;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(CentroidTerms, 1, nameof(CentroidTerms));
        Check(CentroidWeight, nameof(CentroidWeight));
        Check(PositionWeight, nameof(PositionWeight));
        Check(FirstSentenceWeight, nameof(FirstSentenceWeight));
        if (CentroidWeight + PositionWeight + FirstSentenceWeight == 0)
            throw new ArgumentOutOfRangeException(nameof(CentroidWeight), CentroidWeight, "At least one weight must be positive.");

        static void Check(double value, string name)
        {
            if (!(value >= 0) || double.IsInfinity(value))
                throw new ArgumentOutOfRangeException(name, value, "Must be non-negative and finite.");
        }
    }
}
