namespace Summarizer.Ranking;

/// <summary>Options for <see cref="SumBasicRanker"/>.</summary>
public sealed record SumBasicOptions
{
    /// <summary>
    /// Whether each pick must contain the currently most probable word (step 3 of the paper's algorithm: "pick the best
    /// scoring sentence that contains the highest probability word"). When false, the sentence with the highest average
    /// word probability is picked, as several reimplementations do. Default: true.
    /// </summary>
    public bool RequireTopWord { get; init; } = true;

    /// <summary>
    /// After each pick, the probability of every word in it is raised to this power. Default: 2, the paper's squaring.
    /// Must be greater than 1 and finite; larger values move away from covered content faster.
    /// </summary>
    public double UpdateExponent { get; init; } = 2.0;

    internal void Validate()
    {
        if (!(UpdateExponent > 1) || double.IsInfinity(UpdateExponent))
            throw new ArgumentOutOfRangeException(nameof(UpdateExponent), UpdateExponent, "Must be greater than 1 and finite.");
    }
}
