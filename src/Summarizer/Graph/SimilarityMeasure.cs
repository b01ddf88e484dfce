namespace Summarizer.Graph;

/// <summary>How two sentences' similarity is measured for the sentence graph.</summary>
public enum SimilarityMeasure
{
    /// <summary>Cosine of the TF-IDF vectors (the default).</summary>
    Cosine = 0,

    /// <summary>
    /// TextRank's original content overlap (Mihalcea &amp; Tarau 2004): shared terms divided by
    /// <c>ln(1 + |Si|) + ln(1 + |Sj|)</c>, with <c>|S|</c> the number of distinct content terms. The paper
    /// uses <c>ln |S|</c>; adding one keeps one-word sentences from dividing by zero.
    /// </summary>
    WordOverlap = 1,
}
