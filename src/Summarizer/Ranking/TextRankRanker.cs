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
/// matrix until no score moves by more than <see cref="TextRankOptions.Tolerance"/>. When the context has
/// <see cref="RankingContext.Embeddings"/>, edges are their cosines clipped at 0, blended with the word overlap by
/// <see cref="RankingContext.EmbeddingWeight"/>.
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
        SimilarityGraph graph = SimilarityGraph.Build(context, Options.Graph, cancellationToken);
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
        PowerIteration.MatrixVectorProduct multiply;
        if (graph.DenseStorage is { } weights)
        {
            for (int j = 0; j < n; j++)
                strength[j] = TensorPrimitives.Sum<double>(weights.AsSpan(j * n, n));
            // Row i equals column i: the matrix is symmetric.
            multiply = (vector, result) =>
            {
                for (int i = 0; i < n; i++)
                    result[i] = TensorPrimitives.Dot<double>(weights.AsSpan(i * n, n), vector);
            };
        }
        else
        {
            graph.Weights.RowSums().CopyTo(Vector<double>.Build.Dense(strength)); // symmetric: row sums are column sums
            Vector<double> spreadVector = Vector<double>.Build.Dense(spread), productVector = Vector<double>.Build.Dense(product);
            multiply = (_, _) => graph.Weights.Multiply(spreadVector, productVector); // MathNet's compressed-row product, in place
        }

        return PowerIteration.Stationary(strength, multiply, spread, product, options.Damping, options.Tolerance, options.MaxIterations, cancellationToken);
    }
}
