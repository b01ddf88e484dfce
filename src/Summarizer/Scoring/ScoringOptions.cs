using Summarizer.Layout;

namespace Summarizer.Scoring;

/// <summary>
/// How a sentence's final score combines the ranker's centrality with TF-IDF salience and a position prior.
/// </summary>
/// <remarks>
/// <c>score = CentralityWeight * c / max(c) + SalienceWeight * s / max(s) + TitleWeight * t / max(t) + PositionWeight * 1 / (1 + i / PositionScale)</c>,
/// where <c>c</c> is the ranker's score, <c>s</c> the cosine similarity of the sentence to the document's TF-IDF
/// centroid, <c>t</c> its cosine similarity to the title (the first sentence with words, when it is a heading line;
/// 0 for every sentence of a text without one), and <c>i</c> the sentence's position among the body sentences
/// (headings do not count). The defaults
/// were tuned with ROUGE on news (CNN/DailyMail and BBC development sets; see the evaluation section of the
/// README); set <see cref="PositionWeight"/> to 0 for text without a lead, such as a transcript without speaker labels.
/// Lists of one-sentence lines (reviews, comments) and transcripts whose speakers take turns under their labels are
/// detected and ranked without position by default; see <see cref="LineListOptions"/> and <see cref="TextLayout.Dialogue"/>.
/// </remarks>
public sealed record ScoringOptions
{
    /// <summary>Weight of the ranker's centrality score. Default: 1. Must be non-negative.</summary>
    public double CentralityWeight { get; init; } = 1.0;

    /// <summary>Weight of the similarity to the document centroid. Default: 0.5. Must be non-negative.</summary>
    public double SalienceWeight { get; init; } = 0.5;

    /// <summary>
    /// Weight of the similarity to the title, Edmundson's title method: a title names what the text is about, and
    /// sentences that share its words tend to be the ones a summary needs. Default: 0.5. Must be non-negative.
    /// </summary>
    public double TitleWeight { get; init; } = 0.5;

    /// <summary>Weight of the position prior, which favours early sentences as news writing does. Default: 0.6. Must be non-negative.</summary>
    public double PositionWeight { get; init; } = 0.6;

    /// <summary>
    /// How quickly the position prior decays: it halves at body sentence <c>PositionScale</c> (headings are not
    /// counted). Default: 3. Must be positive.
    /// </summary>
    public double PositionScale { get; init; } = 3.0;

    /// <summary>Centrality only: the ranker's scores unchanged.</summary>
    public static ScoringOptions CentralityOnly { get; } = new() { SalienceWeight = 0, PositionWeight = 0, TitleWeight = 0 };

    internal void Validate()
    {
        Check(CentralityWeight, nameof(CentralityWeight));
        Check(SalienceWeight, nameof(SalienceWeight));
        Check(PositionWeight, nameof(PositionWeight));
        Check(TitleWeight, nameof(TitleWeight));
        if (!(PositionScale > 0) || double.IsInfinity(PositionScale))
            throw new ArgumentOutOfRangeException(nameof(PositionScale), PositionScale, "Must be positive and finite.");
        if (CentralityWeight + SalienceWeight + PositionWeight + TitleWeight == 0)
            throw new ArgumentOutOfRangeException(nameof(CentralityWeight), CentralityWeight, "At least one weight must be positive.");

        static void Check(double value, string name)
        {
            if (!(value >= 0) || double.IsInfinity(value))
                throw new ArgumentOutOfRangeException(name, value, "Must be non-negative and finite.");
        }
    }
}
