using System.Numerics.Tensors;
using MathNet.Numerics.LinearAlgebra;
using Summarizer.Graph;

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
        int n = graph.Count;
        var strength = new double[n];
        var spread = new double[n];
        var product = new double[n];
        Action multiply;
        if (graph.DenseStorage is { } weights)
        {
            for (int j = 0; j < n; j++)
                strength[j] = TensorPrimitives.Sum<double>(weights.AsSpan(j * n, n));
            // Row i equals column i: the matrix is symmetric.
            multiply = () =>
            {
                for (int i = 0; i < n; i++)
                    product[i] = TensorPrimitives.Dot<double>(weights.AsSpan(i * n, n), spread);
            };
        }
        else
        {
            graph.Weights.RowSums().CopyTo(Vector<double>.Build.Dense(strength)); // symmetric: row sums are column sums
            Vector<double> spreadVector = Vector<double>.Build.Dense(spread), productVector = Vector<double>.Build.Dense(product);
            multiply = () => graph.Weights.Multiply(spreadVector, productVector); // MathNet's compressed-row product
        }

        return Iterate(strength, spread, product, multiply, options, cancellationToken);
    }

    /// <summary>
    /// Power iteration: <paramref name="multiply"/> sets <paramref name="product"/> to the weight matrix times
    /// <paramref name="spread"/>, each sentence's score divided by its strength.
    /// </summary>
    private static double[] Iterate(double[] strength, double[] spread, double[] product, Action multiply, TextRankOptions options, CancellationToken cancellationToken)
    {
        int n = strength.Length;
        var inverseStrength = new double[n];
        for (int j = 0; j < n; j++)
            inverseStrength[j] = strength[j] > 0 ? 1 / strength[j] : 0;

        double d = options.Damping;
        var scores = new double[n];
        var next = new double[n];
        Array.Fill(scores, 1.0 / n);
        for (int iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double danglingMass = 0;
            for (int j = 0; j < n; j++)
            {
                spread[j] = scores[j] * inverseStrength[j];
                if (inverseStrength[j] == 0)
                    danglingMass += scores[j]; // a sentence without edges spreads its score evenly
            }

            multiply();
            double teleport = (1 - d) / n + d * danglingMass / n;
            double change = 0;
            for (int i = 0; i < n; i++)
            {
                double value = teleport + d * product[i];
                change = Math.Max(change, Math.Abs(value - scores[i]));
                next[i] = value;
            }

            (scores, next) = (next, scores);
            if (change < options.Tolerance)
                break;
        }

        return scores;
    }
}
