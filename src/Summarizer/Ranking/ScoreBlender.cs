namespace Summarizer.Ranking;

/// <summary>Combines centrality, centroid salience and position into final sentence scores (see <see cref="ScoringOptions"/>).</summary>
internal static class ScoreBlender
{
    public static double[] Blend(RankingContext context, double[] centrality, ScoringOptions options)
    {
        int n = context.Count;
        var scores = new double[n];
        AddNormalized(scores, centrality, options.CentralityWeight);
        if (options.SalienceWeight > 0)
            AddNormalized(scores, CentroidSalience(context), options.SalienceWeight);
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

    /// <summary>Cosine similarity of each sentence to the sum of all sentence vectors.</summary>
    internal static double[] CentroidSalience(RankingContext context)
    {
        var vectors = context.Vectors;
        var centroid = new double[vectors.TermCount];
        for (int s = 0; s < vectors.Count; s++)
        {
            ReadOnlySpan<int> terms = vectors.GetTermIds(s);
            ReadOnlySpan<double> weights = vectors.GetWeights(s);
            for (int k = 0; k < terms.Length; k++)
                centroid[terms[k]] += weights[k];
        }

        double norm = 0;
        foreach (double w in centroid)
            norm += w * w;
        var salience = new double[vectors.Count];
        if (norm == 0)
            return salience;
        norm = Math.Sqrt(norm);
        for (int s = 0; s < vectors.Count; s++)
            salience[s] = vectors.Dot(s, centroid) / norm;
        return salience;
    }

    private static void AddNormalized(double[] target, double[] values, double weight)
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
