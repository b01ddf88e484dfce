using System.Buffers;
using Summarizer.Graph;

namespace Summarizer.Ranking;

/// <summary>
/// Position-aware directed centrality (PacSum): a sentence is central when it is similar to the sentences
/// that follow it, and less so when it only echoes earlier ones, which captures how news is written.
/// </summary>
/// <remarks>
/// Zheng, H. and Lapata, M. (2019). "Sentence Centrality Revisited for Unsupervised Summarization." ACL 2019.
/// With edge weights <c>e_ij = max(0, sim_ij - (min + β (max - min)))</c> over the document's similarities,
/// <c>centrality(i) = λ_forward Σ_{j&gt;i} e_ij + λ_backward Σ_{j&lt;i} e_ij</c>. Similarities are TF-IDF
/// cosines (the paper's TF-IDF variant), or, when the context has <see cref="RankingContext.Embeddings"/>, embedding
/// cosines clipped at 0 (the paper's BERT variant, with a sentence encoder), optionally blended with TF-IDF. Negative scores are raised to 0. The sums are taken through an inverted
/// index over terms rather than a stored matrix, visiting only pairs of sentences that share a term; above
/// <see cref="SimilarityGraphOptions.DenseSentenceLimit"/> sentences, very common terms are left out.
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
        int n = context.Count;
        var scores = new double[n];
        if (n < 2)
            return scores;

        if (n <= Options.Graph.DenseSentenceLimit)
            ScoreExact(context, scores, cancellationToken);
        else
            ScoreLong(context, scores, cancellationToken);

        // Negative centrality (a sentence that mostly echoes earlier ones) counts as none at all: shifting instead
        // would lift sentences unrelated to the rest of the document above on-topic ones.
        for (int i = 0; i < n; i++)
            scores[i] = Math.Max(0, scores[i]);
        return scores;
    }

    /// <summary>
    /// Ordinary documents: the sums over every pair of sentences, as over a dense similarity matrix, but with the
    /// similarities taken from an inverted index (no term left out) instead of from a stored matrix, which visits only
    /// the pairs that share a term, and each pair once: the row of sentence i holds the sentences after it, whose
    /// similarities add to i's forward sum and to their own backward sums. The similarities and sums are those of the
    /// dense matrix bit for bit: each similarity is summed in the same term order, and each sum in ascending sentence
    /// order (a backward sum gets its terms as the rows arrive; the zeros of the pairs sharing no term add nothing, as
    /// the threshold is never negative).
    /// </summary>
    private void ScoreExact(RankingContext context, double[] scores, CancellationToken cancellationToken)
    {
        int n = context.Count;
        SimilarityGraphOptions graph = Options.Graph with { MaxTermSentences = int.MaxValue };
        double minSimilarity = graph.MinSimilarity;

        // The range of the off-diagonal similarities; a pair sharing no term (or below the minimum) is a zero.
        double min = double.MaxValue, max = double.MinValue;
        long keptPairs = 0;
        double[] forward = ArrayPool<double>.Shared.Rent(n);
        double[] backward = ArrayPool<double>.Shared.Rent(n);
        try
        {
            // One pass gives the range and, for a zero threshold (the default), the sums themselves.
            backward.AsSpan(0, n).Clear();
            SimilarityGraph.ForEachSimilarityRow(context, graph, (i, later, similarities) =>
            {
                double after = 0, rowMin = double.MaxValue, rowMax = double.MinValue;
                foreach (int j in later)
                {
                    double w = similarities[j];
                    if (!(w > 0 && w >= minSimilarity))
                        continue;
                    keptPairs++;
                    rowMin = w < rowMin ? w : rowMin; // similarities are positive here: no NaN or signed zero to handle
                    rowMax = w > rowMax ? w : rowMax;
                    after += w;
                    backward[j] += w;
                }

                min = Math.Min(min, rowMin);
                max = Math.Max(max, rowMax);
                forward[i] = after;
            }, cancellationToken, ascendingNeighbors: true, laterOnly: true);

            if (keptPairs < (long)n * (n - 1) / 2)
            {
                min = Math.Min(min, 0);
                max = Math.Max(max, 0);
            }

            double threshold = min + Options.Beta * (max - min);
            if (threshold != 0)
            {
                backward.AsSpan(0, n).Clear();
                SimilarityGraph.ForEachSimilarityRow(context, graph, (i, later, similarities) =>
                {
                    double after = 0;
                    foreach (int j in later)
                    {
                        double w = similarities[j];
                        if (!(w > 0 && w >= minSimilarity))
                            continue;
                        double e = Math.Max(0, w - threshold);
                        after += e;
                        backward[j] += e;
                    }

                    forward[i] = after;
                }, cancellationToken, ascendingNeighbors: true, laterOnly: true);
            }

            for (int i = 0; i < n; i++)
                scores[i] = Options.BackwardWeight * backward[i] + Options.ForwardWeight * forward[i];
        }
        finally
        {
            ArrayPool<double>.Shared.Return(forward);
            ArrayPool<double>.Shared.Return(backward);
        }
    }

    /// <summary>
    /// Long documents: the same sums, taken over each sentence's similarities from the inverted index rather than a
    /// stored graph (a top-k graph would cut the sums short). Pairs sharing no term are zero, so the minimum is 0.
    /// </summary>
    private void ScoreLong(RankingContext context, double[] scores, CancellationToken cancellationToken)
    {
        double max = 0;
        if (Options.Beta > 0)
        {
            SimilarityGraph.ForEachSimilarityRow(context, Options.Graph, (_, neighbors, similarities) =>
            {
                foreach (int j in neighbors)
                    max = Math.Max(max, similarities[j]);
            }, cancellationToken);
        }

        double threshold = Options.Beta * max;
        SimilarityGraph.ForEachSimilarityRow(context, Options.Graph, (i, neighbors, similarities) =>
        {
            double backward = 0, forward = 0;
            foreach (int j in neighbors)
            {
                double e = Math.Max(0, similarities[j] - threshold);
                if (j < i)
                    backward += e;
                else
                    forward += e;
            }

            scores[i] = Options.BackwardWeight * backward + Options.ForwardWeight * forward;
        }, cancellationToken);
    }
}
