using System.Buffers;
using Summarizer.Ranking;

namespace Summarizer.Scoring;

/// <summary>Combines centrality, centroid salience, title similarity and position into final sentence scores (see <see cref="ScoringOptions"/>).</summary>
internal static class ScoreBlender
{
    public static double[] Blend(RankingContext context, double[] centrality, ScoringOptions options)
    {
        int n = context.Count;
        var scores = new double[n];
        AddNormalized(scores, centrality, options.CentralityWeight);
        if (options.SalienceWeight > 0)
        {
            double[] salience = ArrayPool<double>.Shared.Rent(n);
            CentroidSalience(context, salience.AsSpan(0, n));
            AddNormalized(scores, salience.AsSpan(0, n), options.SalienceWeight);
            ArrayPool<double>.Shared.Return(salience);
        }

        if (options.TitleWeight > 0 && TitleIndex(context) is int title)
        {
            double[] similarity = ArrayPool<double>.Shared.Rent(n);
            for (int i = 0; i < n; i++)
                similarity[i] = i == title ? 0 : context.Vectors.Cosine(i, title);
            AddNormalized(scores, similarity.AsSpan(0, n), options.TitleWeight);
            ArrayPool<double>.Shared.Return(similarity);
        }

        if (options.PositionWeight > 0)
        {
            // Position counts body sentences only: a title or dateline line before the lead does not push it back.
            int position = 0;
            var sentences = context.Document.Sentences;
            for (int i = 0; i < n; i++)
            {
                scores[i] += options.PositionWeight / (1 + position / options.PositionScale);
                if (!sentences[i].IsHeading)
                    position++;
            }
        }

        return scores;
    }

    /// <summary>The title: the first sentence with any terms, when it is a heading line; otherwise null.</summary>
    internal static int? TitleIndex(RankingContext context)
    {
        var sentences = context.Document.Sentences;
        for (int i = 0; i < context.Count; i++)
        {
            if (context.Vectors.IsEmpty(i))
                continue;
            return sentences[i].IsHeading ? i : null;
        }

        return null;
    }

    /// <summary>Writes the cosine similarity of each sentence to the sum of all sentence vectors to <paramref name="salience"/>.</summary>
    internal static void CentroidSalience(RankingContext context, Span<double> salience)
    {
        var vectors = context.Vectors;
        double[] centroid = ArrayPool<double>.Shared.Rent(vectors.TermCount);
        try
        {
            Span<double> sum = centroid.AsSpan(0, vectors.TermCount);
            sum.Clear();
            for (int s = 0; s < vectors.Count; s++)
            {
                ReadOnlySpan<int> terms = vectors.GetTermIds(s);
                ReadOnlySpan<double> weights = vectors.GetWeights(s);
                for (int k = 0; k < terms.Length; k++)
                    sum[terms[k]] += weights[k];
            }

            double norm = 0;
            foreach (double w in sum)
                norm += w * w;
            if (norm == 0)
            {
                salience.Clear();
                return;
            }

            norm = Math.Sqrt(norm);
            for (int s = 0; s < vectors.Count; s++)
                salience[s] = vectors.Dot(s, sum) / norm;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(centroid);
        }
    }

    private static void AddNormalized(double[] target, ReadOnlySpan<double> values, double weight)
    {
        if (weight == 0)
            return;
        double max = 0;
        foreach (double v in values)
            max = Math.Max(max, v);
        if (max <= 0 || !double.IsFinite(max))
            return;
        for (int i = 0; i < target.Length; i++)
            target[i] += weight * values[i] / max;
    }
}
