namespace Summarizer.Evaluation;

/// <summary>The ROUGE metrics that <see cref="RougeScorer"/> computes.</summary>
public enum RougeMetric
{
    /// <summary>ROUGE-1: overlap of unigrams (single tokens).</summary>
    Rouge1,

    /// <summary>ROUGE-2: overlap of bigrams (adjacent token pairs).</summary>
    Rouge2,

    /// <summary>ROUGE-L: the longest common subsequence of the two whole token sequences.</summary>
    RougeL,

    /// <summary>
    /// ROUGE-Lsum: the summary-level union LCS over sentences, one sentence a line (texts split on <c>'\n'</c>).
    /// </summary>
    RougeLsum,
}
