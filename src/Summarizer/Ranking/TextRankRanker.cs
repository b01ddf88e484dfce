using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;

namespace Summarizer.Ranking;

/// <summary>
/// TextRank: weighted PageRank over the sentence similarity graph.
/// </summary>
/// <remarks>
/// Mihalcea, R. and Tarau, P. (2004). "TextRank: Bringing Order into Texts." EMNLP 2004.
/// A sentence's score is <c>(1 - d) / n + d * Σ_j w_ij / (Σ_k w_kj) * score_j</c>; a sentence with no edges
/// spreads its score evenly over all sentences (the usual PageRank treatment of dangling nodes), so the
/// scores are the principal eigenvector of the Google matrix and sum to 1. Power iteration runs on a MathNet
/// matrix until no score moves by more than <see cref="TextRankOptions.Tolerance"/>.
/// </remarks>
public sealed class TextRankRanker : SentenceRanker
{
    /// <summary>Creates a ranker.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public TextRankRanker(TextRankOptions? options = null)
    {
        Options = options ?? new TextRankOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public TextRankOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "textrank";

    /// <inheritdoc />
    protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
    {
        SimilarityGraph graph = SimilarityGraph.Build(context.Vectors, Options.Graph, cancellationToken);
        return Rank(graph, Options, cancellationToken);
    }

    /// <summary>Runs weighted PageRank on a graph.</summary>
    /// <param name="graph">The sentence graph.</param>
    /// <param name="options">Damping, tolerance and iteration cap.</param>
    /// <param name="cancellationToken">Checked every iteration.</param>
    /// <returns>The stationary scores, summing to 1.</returns>
    /// <remarks>
    /// Dense graphs (ordinary articles) iterate with plain loops over the matrix storage: for a few dozen
    /// sentences the per-call overhead of MathNet's vector operations outweighs the arithmetic. Sparse graphs
    /// (long documents) use MathNet's compressed-row matrix-vector product.
    /// </remarks>
    internal static double[] Rank(SimilarityGraph graph, TextRankOptions options, CancellationToken cancellationToken)
    {
        return graph.DenseStorage is { } storage
            ? RankDense(storage, graph.Count, options, cancellationToken)
            : RankSparse(graph.Weights, options, cancellationToken);
    }

    private static double[] RankDense(double[] weights, int n, TextRankOptions options, CancellationToken cancellationToken)
    {
        var inverseStrength = new double[n];
        var scores = new double[n];
        var next = new double[n];
        var spread = new double[n];
        for (int j = 0; j < n; j++)
        {
            double strength = 0;
            ReadOnlySpan<double> column = weights.AsSpan(j * n, n);
            for (int i = 0; i < n; i++)
                strength += column[i];
            inverseStrength[j] = strength > 0 ? 1 / strength : 0;
        }

        double d = options.Damping;
        Array.Fill(scores, 1.0 / n);
        for (int iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double danglingMass = 0;
            for (int j = 0; j < n; j++)
            {
                spread[j] = scores[j] * inverseStrength[j];
                if (inverseStrength[j] == 0)
                    danglingMass += scores[j];
            }

            double teleport = (1 - d) / n + d * danglingMass / n;
            double change = 0;
            for (int i = 0; i < n; i++)
            {
                // Row i equals column i: the matrix is symmetric.
                double value = teleport + d * TensorPrimitives.Dot<double>(weights.AsSpan(i * n, n), spread);
                change = Math.Max(change, Math.Abs(value - scores[i]));
                next[i] = value;
            }

            (scores, next) = (next, scores);
            if (change < options.Tolerance)
                break;
        }

        return scores;
    }

    private static double[] RankSparse(Matrix<double> weights, TextRankOptions options, CancellationToken cancellationToken)
    {
        int n = weights.RowCount;
        Vector<double> strength = weights.ColumnSums();

        // Column-stochastic transition matrix: column j spreads sentence j's score over its neighbours.
        Matrix<double> transition = weights.MapIndexed((_, j, w) => strength[j] > 0 ? w / strength[j] : 0, Zeros.AllowSkip);
        var dangling = new List<int>();
        for (int j = 0; j < n; j++)
        {
            if (strength[j] <= 0)
                dangling.Add(j);
        }

        double d = options.Damping;
        Vector<double> scores = Vector<double>.Build.Dense(n, 1.0 / n);
        Vector<double> next = Vector<double>.Build.Dense(n);
        for (int iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double danglingMass = 0;
            foreach (int j in dangling)
                danglingMass += scores[j];

            transition.Multiply(scores, next);
            double teleport = (1 - d) / n + d * danglingMass / n;
            double change = 0;
            for (int i = 0; i < n; i++)
            {
                double value = d * next[i] + teleport;
                change = Math.Max(change, Math.Abs(value - scores[i]));
                next[i] = value;
            }

            (scores, next) = (next, scores);
            if (change < options.Tolerance)
                break;
        }

        return scores.ToArray();
    }
}
