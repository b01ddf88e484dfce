using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;
using Summarizer.Scoring;
using Summarizer.Analysis;

namespace Summarizer.Layout;

/// <summary>
/// Which <see cref="TextLayout"/> a text is summarized as: detected per text, or fixed. The same words name the
/// setting everywhere: <see cref="LineListOptions.Layout"/>, the DI option <c>Summarizer:Layout</c> and the CLI's
/// <c>--layout auto|prose|list|dialogue</c>.
/// </summary>
public enum LayoutMode
{
    /// <summary>
    /// Each text's layout is detected: it is summarized as a <see cref="TextLayout.Dialogue"/> when its turns are
    /// labeled with at least two speakers who each speak at least twice (the sentence splitter finds the labels); as a
    /// <see cref="TextLayout.LineList"/> when it has at least 20 non-blank lines, almost no blank lines between them,
    /// and about one sentence a line; otherwise as prose.
    /// </summary>
    Auto = 0,

    /// <summary>Every text is summarized as prose (<see cref="TextLayout.Prose"/>).</summary>
    Prose = 1,

    /// <summary>Every text is summarized as a list whose order carries no meaning (<see cref="TextLayout.LineList"/>).</summary>
    LineList = 2,

    /// <summary>Every text is summarized as a dialogue of turns (<see cref="TextLayout.Dialogue"/>).</summary>
    Dialogue = 3,
}

/// <summary>
/// How the pipeline summarizes a list of one-sentence lines, such as reviews, comments or posts, instead of prose.
/// </summary>
/// <remarks>
/// A list has no lead: its first line is no more likely to matter than its last, and what many lines say is what a
/// summary of them should say. So by default a list is ranked by SumBasic (word frequency across the items, which
/// Nenkova and Vanderwende designed for collections; see <see cref="SumBasicRanker"/>) with the extended stop list, no
/// position prior, and no rule against short standalone lines, which in a list are the items themselves. On a
/// development set of review lists (Opinosis, 51 topics) this gives ROUGE-1 37.6 where the prose settings give 27.8
/// (see the README's evaluation section).
/// </remarks>
public sealed record LineListOptions
{
    // Before Disabled: static initializers run in textual order.
    private static readonly SumBasicRanker DefaultRanker = new();

    /// <summary>When a text is summarized as a list. Default: <see cref="LayoutMode.Auto"/>.</summary>
    public LayoutMode Layout { get; init; } = LayoutMode.Auto;

    /// <summary>The ranker for lists. Default: <see cref="SumBasicRanker"/>.</summary>
    public SentenceRanker Ranker { get; init; } = DefaultRanker;

    /// <summary>The stop list for lists. Default: <see cref="StopWordList.Extended"/>, as frequency-based rankers expect.</summary>
    public StopWordList StopWords { get; init; } = StopWordList.Extended;

    /// <summary>How the list ranker's scores are blended. Default: <see cref="ScoringOptions.CentralityOnly"/> (no position prior).</summary>
    public ScoringOptions Scoring { get; init; } = ScoringOptions.CentralityOnly;

    /// <summary>Which items may be chosen. Default: <see cref="SelectionOptions"/> with <see cref="SelectionOptions.MinStandaloneLineWords"/> 0.</summary>
    public SelectionOptions Selection { get; init; } = new() { MinStandaloneLineWords = 0 };

    /// <summary>Every text summarized as prose.</summary>
    public static LineListOptions Disabled { get; } = new() { Layout = LayoutMode.Prose };


    internal void Validate()
    {
        if (!Enum.IsDefined(Layout))
            throw new ArgumentOutOfRangeException(nameof(Layout), Layout, "Unknown layout mode.");
        if (!Enum.IsDefined(StopWords))
            throw new ArgumentOutOfRangeException(nameof(StopWords), StopWords, "Unknown stop list.");
        ArgumentNullException.ThrowIfNull(Ranker, nameof(Ranker));
        ArgumentNullException.ThrowIfNull(Scoring, nameof(Scoring));
        ArgumentNullException.ThrowIfNull(Selection, nameof(Selection));
        Scoring.Validate();
        Selection.Validate();
    }
}
