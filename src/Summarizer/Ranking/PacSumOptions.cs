using Summarizer.Graph;

namespace Summarizer.Ranking;

/// <summary>Options for <see cref="PacSumRanker"/>.</summary>
public sealed record PacSumOptions
{
    /// <summary>
    /// Weight of a sentence's similarity to the sentences that follow it. Default: 1. Must be finite.
    /// </summary>
    public double ForwardWeight { get; init; } = 1.0;

    /// <summary>
    /// Weight of a sentence's similarity to the sentences before it. Default: -2: a sentence that repeats
    /// what came earlier is less likely to be summary-worthy than one that introduces what follows. Must be finite.
    /// </summary>
    public double BackwardWeight { get; init; } = -2.0;

    /// <summary>
    /// Edges weaker than <c>min + Beta * (max - min)</c> of the document's similarities are ignored, and stronger
    /// ones are reduced by that amount. Default: 0. Range: [0, 1).
    /// </summary>
    public double Beta { get; init; }

    /// <summary>How the sentence graph is built.</summary>
    public SimilarityGraphOptions Graph { get; init; } = new();

    internal void Validate()
    {
        if (!double.IsFinite(ForwardWeight))
            throw new ArgumentOutOfRangeException(nameof(ForwardWeight), ForwardWeight, "Must be finite.");
        if (!double.IsFinite(BackwardWeight))
            throw new ArgumentOutOfRangeException(nameof(BackwardWeight), BackwardWeight, "Must be finite.");
        if (ForwardWeight == 0 && BackwardWeight == 0)
            throw new ArgumentOutOfRangeException(nameof(ForwardWeight), ForwardWeight, "ForwardWeight and BackwardWeight cannot both be 0.");
        if (!(Beta >= 0 && Beta < 1))
            throw new ArgumentOutOfRangeException(nameof(Beta), Beta, "Must be in [0, 1).");
        ArgumentNullException.ThrowIfNull(Graph, nameof(Graph));
        Graph.Validate();
    }
}
