using System.Numerics.Tensors;
using Summarizer.Text;
using Summarizer.Weighting;

namespace Summarizer.Ranking;

/// <summary>
/// Centroid-based ranking as in MEAD: similarity to the document's TF-IDF centroid, plus a position score and the
/// overlap with the first sentence.
/// </summary>
/// <remarks>
/// Radev, D. R., Jing, H., Styś, M. and Tam, D. (2004). "Centroid-based Summarization of Multiple Documents."
/// Information Processing and Management 40, 919–938.
/// The centroid gives each content term its count in the document times its inverse sentence frequency
/// (<c>ln((1 + n) / (1 + sf)) + 1</c>, the pipeline's per-document IDF), with only its
/// <see cref="CentroidOptions.CentroidTerms"/> heaviest terms kept (MEAD keeps the words above a centroid-value threshold; a fixed count does not depend on the
/// document's length; terms tied at the cut are all left out, so fewer may remain). Sentence i of n scores <c>w_c C_i + w_p P_i + w_f F_i</c>, where <c>C_i</c> is the cosine of its
/// vector with the centroid (MEAD sums the centroid values of its words, which favours long sentences),
/// <c>P_i = (n - i) / n · max_j C_j</c> is MEAD's position score (i from 0), and <c>F_i</c> is the cosine with the first
/// sentence (MEAD's first-sentence overlap, an inner product). When the context has <see cref="RankingContext.Embeddings"/>,
/// <c>C_i</c> and <c>F_i</c> are embedding cosines (with the normalized mean embedding as the centroid), clipped at 0 and
/// blended with the TF-IDF ones by <see cref="RankingContext.EmbeddingWeight"/>.
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
        SentenceEmbeddings? embeddings = context.Embeddings;
        double weight = embeddings is null ? 0 : context.EmbeddingWeight;
        double[] similarity = weight < 1 ? LexicalSimilarity(context, cancellationToken) : new double[n];
        if (embeddings is not null)
            BlendWithEmbeddings(similarity, embeddings, weight, cancellationToken);
        double maxSimilarity = 0;
        for (int i = 0; i < n; i++)
            maxSimilarity = Math.Max(maxSimilarity, similarity[i]);

        var scores = new double[n];
        for (int i = 0; i < n; i++)
        {
            double position = (double)(n - i) / n * maxSimilarity;
            double first = embeddings is null ? vectors.Cosine(0, i) : Math.Max(0, weight * embeddings.Cosine(0, i) + (1 - weight) * vectors.Cosine(0, i));
            scores[i] = Options.CentroidWeight * similarity[i] + Options.PositionWeight * position + Options.FirstSentenceWeight * first;
        }

        return scores;
    }

    /// <summary>Each sentence's cosine with the document's TF-IDF centroid.</summary>
    private double[] LexicalSimilarity(RankingContext context, CancellationToken cancellationToken)
    {
        double[] centroid = Centroid(context, Options.CentroidTerms);
        double norm = 0;
        foreach (double w in centroid)
            norm += w * w;
        norm = Math.Sqrt(norm);

        var similarity = new double[context.Count];
        for (int i = 0; i < similarity.Length; i++)
        {
            if ((i & 255) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            similarity[i] = norm > 0 ? context.Vectors.Dot(i, centroid) / norm : 0;
        }

        return similarity;
    }

    /// <summary>
    /// Blends each sentence's lexical centroid similarity with the cosine of its embedding and the normalized mean
    /// embedding, clipped at 0.
    /// </summary>
    private static void BlendWithEmbeddings(double[] similarity, SentenceEmbeddings embeddings, double weight, CancellationToken cancellationToken)
    {
        var mean = new float[embeddings.Dimensions];
        for (int i = 0; i < embeddings.Count; i++)
            TensorPrimitives.Add(mean, embeddings.GetVector(i), mean);
        float length = TensorPrimitives.Norm<float>(mean);
        if (length > 0)
            TensorPrimitives.Divide(mean, length, mean);
        for (int i = 0; i < similarity.Length; i++)
        {
            if ((i & 255) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            similarity[i] = Math.Max(0, weight * embeddings.Cosine(i, mean) + (1 - weight) * similarity[i]);
        }
    }

    /// <summary>
    /// The document's TF-IDF centroid: each content term's count in the document times its inverse sentence frequency,
    /// keeping at most the <paramref name="keep"/> heaviest: terms tied with the first one left out are left out too, so
    /// the centroid does not depend on term order.
    /// </summary>
    internal static double[] Centroid(RankingContext context, int keep)
    {
        Document document = context.Document;
        int n = context.Count;
        int[] counts = TermCounts.InDocument(document);
        var sentenceFrequency = new int[counts.Length];
        for (int s = 0; s < n; s++)
        {
            foreach (int t in context.Vectors.GetTermIds(s))
                sentenceFrequency[t]++;
        }

        var centroid = new double[counts.Length];
        for (int t = 0; t < centroid.Length; t++)
            centroid[t] = counts[t] == 0 ? 0 : counts[t] * IdfModel.Idf(n, sentenceFrequency[t]);

        if (keep < centroid.Length)
        {
            var byWeight = new int[centroid.Length];
            for (int t = 0; t < byWeight.Length; t++)
                byWeight[t] = t;
            Array.Sort(byWeight, (a, b) => centroid[b].CompareTo(centroid[a]));
            double cut = centroid[byWeight[keep]];
            for (int t = 0; t < centroid.Length; t++)
            {
                if (centroid[t] <= cut)
                    centroid[t] = 0;
            }
        }

        return centroid;
    }
}
