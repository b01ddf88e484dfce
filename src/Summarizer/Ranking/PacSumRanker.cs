using MathNet.Numerics.LinearAlgebra;

namespace Summarizer.Ranking;

/// <summary>
/// Position-aware directed centrality (PacSum): a sentence is central when it is similar to the sentences
/// that follow it, and less so when it only echoes earlier ones, which captures how news is written.
/// </summary>
/// <remarks>
/// Zheng, H. and Lapata, M. (2019). "Sentence Centrality Revisited for Unsupervised Summarization." ACL 2019.
/// With edge weights <c>e_ij = max(0, sim_ij - (min + β (max - min)))</c> over the document's similarities,
/// <c>centrality(i) = λ_forward Σ_{j&gt;i} e_ij + λ_backward Σ_{j&lt;i} e_ij</c>. Similarities are TF-IDF
/// cosines (the paper's TF-IDF variant). Negative scores are raised to 0. On long documents the
/// sparse graph (top-k neighbours) is used, so the sums run over kept edges only.
/// </remarks>
public sealed class PacSumRanker : SentenceRanker
{
    /// <summary>Creates a ranker.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public PacSumRanker(PacSumOptions? options = null)
    {
        Options = options ?? new PacSumOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public PacSumOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "pacsum";

    /// <inheritdoc />
    protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
    {
        SimilarityGraph graph = SimilarityGraph.Build(context.Vectors, Options.Graph, cancellationToken);
        int n = graph.Count;
        var scores = new double[n];
        if (n < 2)
            return scores;

        if (graph.DenseStorage is { } weights)
        {
            var (min, max) = Range(weights, n);
            double threshold = min + Options.Beta * (max - min);
            for (int i = 0; i < n; i++)
            {
                ReadOnlySpan<double> row = weights.AsSpan(i * n, n);
                double backward = 0, forward = 0;
                for (int j = 0; j < i; j++)
                    backward += Math.Max(0, row[j] - threshold);
                for (int j = i + 1; j < n; j++)
                    forward += Math.Max(0, row[j] - threshold);
                scores[i] = Options.BackwardWeight * backward + Options.ForwardWeight * forward;
            }
        }
        else
        {
            // Missing edges of a sparse graph are zero similarities, so the minimum is 0.
            double max = 0;
            foreach (var (_, _, w) in graph.Weights.EnumerateIndexed(Zeros.AllowSkip))
                max = Math.Max(max, w);
            double threshold = Options.Beta * max;
            foreach (var (i, j, w) in graph.Weights.EnumerateIndexed(Zeros.AllowSkip))
            {
                if (i != j)
                    scores[i] += (j > i ? Options.ForwardWeight : Options.BackwardWeight) * Math.Max(0, w - threshold);
            }
        }

        // Negative centrality (a sentence that mostly echoes earlier ones) counts as none at all: shifting instead
        // would lift sentences unrelated to the rest of the document above on-topic ones.
        for (int i = 0; i < n; i++)
            scores[i] = Math.Max(0, scores[i]);
        return scores;
    }

    private static (double Min, double Max) Range(double[] weights, int n)
    {
        double min = double.MaxValue, max = double.MinValue;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i == j)
                    continue;
                double w = weights[i * n + j];
                min = Math.Min(min, w);
                max = Math.Max(max, w);
            }
        }

        return (min, max);
    }
}
