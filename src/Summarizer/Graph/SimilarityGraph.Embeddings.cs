using System.Buffers;
using MathNet.Numerics.LinearAlgebra.Double;
using Summarizer.Ranking;
using Summarizer.Weighting;

namespace Summarizer.Graph;

/// <summary>The similarity rows and graphs of a ranking context, from sentence embeddings when it has them.</summary>
internal sealed partial class SimilarityGraph
{
    /// <summary>
    /// Builds the graph of <paramref name="context"/>: from its TF-IDF vectors alone, as <see cref="Build(SentenceVectors, SimilarityGraphOptions?, CancellationToken)"/>,
    /// unless it has embeddings; then from the rows of <see cref="ForEachSimilarityRow(RankingContext, SimilarityGraphOptions, SimilarityRowVisitor, CancellationToken, bool, bool)"/>.
    /// </summary>
    /// <param name="context">The document's vectors and, optionally, embeddings.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <param name="cancellationToken">Checked between rows.</param>
    /// <returns>The graph.</returns>
    public static SimilarityGraph Build(RankingContext context, SimilarityGraphOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.HasEmbeddings)
            return Build(context.Vectors, options, cancellationToken);
        options ??= new SimilarityGraphOptions();
        options.Validate();
        int n = context.Count;
        if (n > options.DenseSentenceLimit)
            return BuildSparse(n, options, visit => ForEachSimilarityRow(context, options, visit, cancellationToken));

        var storage = new double[n * n]; // column-major, symmetric
        SimilarityGraphOptions exact = options with { MaxTermSentences = int.MaxValue }; // as the pairwise dense graph: no term left out
        ForEachSimilarityRow(context, exact, (i, neighbors, similarities) =>
        {
            foreach (int j in neighbors)
            {
                double w = similarities[j];
                if (j > i && w >= options.MinSimilarity)
                {
                    storage[j * n + i] = w;
                    storage[i * n + j] = w;
                }
            }
        }, cancellationToken);
        return new SimilarityGraph(new DenseMatrix(n, n, storage), storage);
    }

    /// <summary>
    /// Visits each sentence's non-zero similarities to the others, in ascending order of the other sentence. Without
    /// embeddings these are the lexical rows of <see cref="ForEachSimilarityRow(SentenceVectors, SimilarityGraphOptions, SimilarityRowVisitor, CancellationToken, bool, bool)"/>.
    /// With embeddings, every pair has a similarity: <c>max(0, w · cosine + (1 - w) · lexical)</c> with
    /// <c>w = </c><see cref="RankingContext.EmbeddingWeight"/>. Negative cosines (unrelated sentences) are clipped to 0,
    /// as graph edges must not be negative for PageRank and PacSum's threshold.
    /// </summary>
    /// <remarks>With a weight of 0 the values are the lexical ones bit for bit: <c>0 · cosine + lexical</c> is <c>lexical</c>.</remarks>
    internal static void ForEachSimilarityRow(RankingContext context, SimilarityGraphOptions options, SimilarityRowVisitor visit, CancellationToken cancellationToken, bool ascendingNeighbors = false, bool laterOnly = false)
    {
        if (!context.HasEmbeddings)
        {
            ForEachSimilarityRow(context.Vectors, options, visit, cancellationToken, ascendingNeighbors, laterOnly);
            return;
        }

        SentenceEmbeddings embeddings = context.Embeddings!;
        double weight = context.EmbeddingWeight;
        int n = context.Count;
        double[] row = ArrayPool<double>.Shared.Rent(n);
        int[] neighbors = ArrayPool<int>.Shared.Rent(n);
        try
        {
            if (weight >= 1)
            {
                for (int i = 0; i < n; i++)
                {
                    if ((i & 63) == 0)
                        cancellationToken.ThrowIfCancellationRequested();
                    int first = laterOnly ? i + 1 : 0;
                    for (int j = first; j < n; j++)
                        row[j] = j == i ? 0 : embeddings.Cosine(i, j);
                    VisitPositive(i, row, first, neighbors, n, visit);
                }

                return;
            }

            ForEachSimilarityRow(context.Vectors, options, (i, lexicalNeighbors, lexical) =>
            {
                if ((i & 63) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                int first = laterOnly ? i + 1 : 0;
                for (int j = first; j < n; j++)
                    row[j] = j == i ? 0 : weight * embeddings.Cosine(i, j);
                foreach (int j in lexicalNeighbors)
                    row[j] += (1 - weight) * lexical[j];
                VisitPositive(i, row, first, neighbors, n, visit);
            }, cancellationToken, laterOnly: laterOnly);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(row);
            ArrayPool<int>.Shared.Return(neighbors);
        }
    }

    /// <summary>Clips a dense row from <paramref name="first"/> on at 0 and visits its positive entries in ascending order.</summary>
    private static void VisitPositive(int sentence, double[] row, int first, int[] neighbors, int n, SimilarityRowVisitor visit)
    {
        int count = 0;
        for (int j = first; j < n; j++)
        {
            if (row[j] > 0)
                neighbors[count++] = j;
            else
                row[j] = 0;
        }

        visit(sentence, neighbors.AsSpan(0, count), row);
    }
}
