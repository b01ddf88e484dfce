namespace Summarizer.Ranking;

/// <summary>
/// PacSum: position-augmented centrality over a directed sentence graph, in which a sentence's edges to earlier and
/// to later sentences count with different weights.
/// </summary>
/// <remarks>
/// Zheng, H. and Lapata, M. (2019). "Sentence Centrality Revisited for Unsupervised Summarization." ACL 2019.
/// With the TF-IDF cosine <c>sim_ij</c> of sentences i and j, and <c>min</c> and <c>max</c> the smallest and largest
/// cosine over the document's pairs of distinct sentences, the edge weight is
/// <c>e_ij = max(0, sim_ij - (min + β (max - min)))</c> and
/// <c>centrality(i) = λ1 Σ_{j&lt;i} e_ij + λ2 Σ_{j&gt;i} e_ij</c>.
/// The paper's TF-IDF variant uses an unnormalized idf-weighted dot product whose range includes the diagonal; with
/// cosine similarities the diagonal is always 1 and would fix <c>max</c>, so it is left out here.
/// Centrality can be negative; the scores are shifted so that the smallest is 0, which keeps their order.
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

        // Upper triangle of the cosine matrix, row by row.
        var similarity = new double[n * (n - 1) / 2];
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            if ((i & 63) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            bool empty = context.Vectors.IsEmpty(i);
            for (int j = i + 1; j < n; j++)
            {
                double s = empty ? 0 : context.Vectors.Cosine(i, j);
                similarity[k++] = s;
                min = Math.Min(min, s);
                max = Math.Max(max, s);
            }
        }

        double threshold = min + Options.Beta * (max - min);
        var earlier = new double[n]; // Σ_{j<i} e_ij
        var later = new double[n];   // Σ_{j>i} e_ij
        k = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                double e = similarity[k++] - threshold;
                if (e > 0)
                {
                    later[i] += e;
                    earlier[j] += e;
                }
            }
        }

        double lowest = double.PositiveInfinity;
        for (int i = 0; i < n; i++)
        {
            scores[i] = Options.Lambda1 * earlier[i] + Options.Lambda2 * later[i];
            lowest = Math.Min(lowest, scores[i]);
        }

        for (int i = 0; i < n; i++)
            scores[i] -= lowest;
        return scores;
    }
}
