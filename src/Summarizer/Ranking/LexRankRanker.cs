using MathNet.Numerics.LinearAlgebra;
using Summarizer.Graph;

namespace Summarizer.Ranking;

/// <summary>
/// LexRank: eigenvector centrality of sentences in the graph of their TF-IDF cosine similarities, continuous
/// (edges weighted by the cosine) or thresholded (an edge of weight 1 wherever the cosine exceeds a threshold).
/// </summary>
/// <remarks>
/// Erkan, G. and Radev, D. R. (2004). "LexRank: Graph-based Lexical Centrality as Salience in Text Summarization."
/// Journal of Artificial Intelligence Research 22, 457–479.
/// As in the paper's algorithms, the similarity matrix keeps its diagonal (every sentence with content is similar to
/// itself with cosine 1), each row is divided by its sum to give a stochastic matrix, and the power method finds its
/// stationary distribution with damping: <c>p = (1 - Damping) / n + Damping * Bᵀ p</c>. A consequence of the self-loop:
/// a sentence similar to no other keeps exactly the average score 1/n, above weakly connected sentences. Sentences
/// without content words have no edges at all and spread their score evenly. The cosine is over the pipeline's TF-IDF vectors (the paper's
/// idf-modified cosine). Documents longer than <see cref="SimilarityGraphOptions.DenseSentenceLimit"/> sentences use
/// the sparse similarity graph, which keeps each sentence's strongest edges only. When the context has
/// <see cref="RankingContext.Embeddings"/>, off-diagonal edges are their cosines clipped at 0, blended with the TF-IDF
/// cosine by <see cref="RankingContext.EmbeddingWeight"/>; the self-loops stay as above.
/// </remarks>
public sealed class LexRankRanker : SentenceRanker
{
    /// <summary>Creates a ranker.</summary>
    /// <param name="options">The options; null for continuous LexRank with the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public LexRankRanker(LexRankOptions? options = null)
    {
        Options = options ?? new LexRankOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public LexRankOptions Options { get; }

    /// <inheritdoc />
    public override string Name => Options.Threshold is null ? "lexrank" : "lexrank-threshold";

    /// <inheritdoc />
    protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
    {
        Matrix<double> weights = BuildMatrix(context, Options.Threshold, cancellationToken);
        return PowerIteration.Stationary(weights, Options.Damping, Options.Tolerance, Options.MaxIterations, cancellationToken);
    }

    /// <summary>The symmetric LexRank similarity matrix, diagonal included, before row normalization.</summary>
    /// <param name="context">The document and its vectors.</param>
    /// <param name="threshold">The cosine threshold, or null for continuous weights.</param>
    /// <param name="cancellationToken">Checked while the graph is built.</param>
    /// <returns>The matrix.</returns>
    internal static Matrix<double> BuildMatrix(RankingContext context, double? threshold, CancellationToken cancellationToken)
    {
        SimilarityGraph graph = SimilarityGraph.Build(context, cancellationToken: cancellationToken);
        Matrix<double> weights = threshold is { } t
            ? graph.Weights.Map(w => w > t ? 1.0 : 0.0, Zeros.AllowSkip)
            : graph.Weights.Clone();
        for (int i = 0; i < context.Count; i++)
        {
            if (!context.Vectors.IsEmpty(i))
                weights[i, i] = 1.0;
        }

        return weights;
    }
}
