namespace Summarizer.Ranking;

/// <summary>
/// Centroid-based ranking as in MEAD: similarity to the document's TF-IDF centroid, plus a position score and the
/// overlap with the first sentence.
/// </summary>
/// <remarks>
/// Radev, D. R., Jing, H., Styś, M. and Tam, D. (2004). "Centroid-based Summarization of Multiple Documents."
/// Information Processing and Management 40, 919–938.
/// The centroid is the mean of the sentences' TF-IDF vectors with only its <see cref="CentroidOptions.CentroidTerms"/>
/// heaviest terms kept (MEAD keeps the words above a centroid-value threshold; a fixed count does not depend on the
/// document's length). Sentence i of n scores <c>w_c C_i + w_p P_i + w_f F_i</c>, where <c>C_i</c> is the cosine of its
/// vector with the centroid (MEAD sums the centroid values of its words, which favours long sentences),
/// <c>P_i = (n - i) / n · max_j C_j</c> is MEAD's position score (i from 0), and <c>F_i</c> is the cosine with the first
/// sentence (MEAD's first-sentence overlap, an inner product). Heavier terms win ties by lower term id.
/// </remarks>
public sealed class CentroidRanker : SentenceRanker
{
    /// <summary>Creates a ranker.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public CentroidRanker(CentroidOptions? options = null)
    {
        Options = options ?? new CentroidOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public CentroidOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "centroid";

    /// <inheritdoc />
    protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
    {
        var vectors = context.Vectors;
        int n = context.Count;
        double[] centroid = Centroid(context, Options.CentroidTerms);
        double norm = 0;
        foreach (double w in centroid)
            norm += w * w;
        norm = Math.Sqrt(norm);

        var similarity = new double[n];
        double maxSimilarity = 0;
        for (int i = 0; i < n; i++)
        {
            if ((i & 255) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            similarity[i] = norm > 0 ? vectors.Dot(i, centroid) / norm : 0;
            maxSimilarity = Math.Max(maxSimilarity, similarity[i]);
        }

        var scores = new double[n];
        for (int i = 0; i < n; i++)
        {
            double position = (double)(n - i) / n * maxSimilarity;
            double first = vectors.Cosine(0, i);
            scores[i] = Options.CentroidWeight * similarity[i] + Options.PositionWeight * position + Options.FirstSentenceWeight * first;
        }

        return scores;
    }

    /// <summary>The mean TF-IDF vector with all but its <paramref name="keep"/> heaviest terms zeroed.</summary>
    internal static double[] Centroid(RankingContext context, int keep)
    {
        var vectors = context.Vectors;
        var centroid = new double[vectors.TermCount];
        for (int s = 0; s < vectors.Count; s++)
        {
            ReadOnlySpan<int> terms = vectors.GetTermIds(s);
            ReadOnlySpan<double> weights = vectors.GetWeights(s);
            for (int k = 0; k < terms.Length; k++)
                centroid[terms[k]] += weights[k] / vectors.Count;
        }

        if (keep < centroid.Length)
        {
            var byWeight = new int[centroid.Length];
            for (int t = 0; t < byWeight.Length; t++)
                byWeight[t] = t;
            Array.Sort(byWeight, (a, b) => centroid[a] != centroid[b] ? centroid[b].CompareTo(centroid[a]) : a.CompareTo(b));
            for (int r = keep; r < byWeight.Length; r++)
                centroid[byWeight[r]] = 0;
        }

        return centroid;
    }
}
