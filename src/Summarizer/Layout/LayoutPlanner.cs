using Summarizer.Analysis;
using Summarizer.Ranking;
using Summarizer.Scoring;
using Summarizer.Selection;
using Summarizer.Text;

namespace Summarizer.Layout;

/// <summary>The settings one document is ranked and selected with: the prose ones, or for a line list the list ones.</summary>
internal readonly record struct LayoutPlan(Document Document, TextLayout Layout, SentenceRanker Ranker, ScoringOptions Scoring, SelectionOptions Selection);

/// <summary>Reads a document's layout (or takes the configured one) and plans its ranking: the layout stage of the pipeline.</summary>
internal sealed class LayoutPlanner(LineListOptions lineLists, LanguageAnalyzers analyzers, SentenceRanker proseRanker, ScoringOptions proseScoring, SelectionOptions proseSelection)
{
    // A dialogue is ranked as prose without the lead and title features: a conversation opens with greetings, and
    // its first unit is a speaker's label, not a title. PacSum's direction weights are the news lead inside the graph
    // (a sentence counts for what follows it, against what came before), so in a dialogue its edges count both ways.
    // Its turns are lines, so a short line is a turn, not a caption.
    private readonly SentenceRanker _dialogueRanker = proseRanker is PacSumRanker pacSum
        ? new PacSumRanker(pacSum.Options with { BackwardWeight = pacSum.Options.ForwardWeight })
        : proseRanker;
    private readonly ScoringOptions _dialogueScoring = proseScoring with { PositionWeight = 0, TitleWeight = 0 };
    private readonly SelectionOptions _dialogueSelection = proseSelection with { MinStandaloneLineWords = 0 };

    public LayoutPlan Plan(Document document, CancellationToken cancellationToken)
    {
        TextLayout layout = lineLists.Layout switch
        {
            LayoutMode.Prose => TextLayout.Prose,
            LayoutMode.LineList => TextLayout.LineList,
            LayoutMode.Dialogue => TextLayout.Dialogue,
            _ => LayoutDetector.Detect(document),
        };
        if (layout == TextLayout.Prose)
            return new LayoutPlan(document, layout, proseRanker, proseScoring, proseSelection);
        if (layout == TextLayout.Dialogue)
            return new LayoutPlan(DialogueTurns.WithoutLabelTerms(document), layout, _dialogueRanker, _dialogueScoring, _dialogueSelection);

        // The list ranker may want another stop list. The sentences and tokens stay (splitting ignores stop words), so
        // the tokens are re-marked rather than the text analysed again; a document from elsewhere is analysed again.
        if (analyzers.For(document.Language).StopWords != lineLists.StopWords)
        {
            TextAnalyzer analyzer = analyzers.For(document.Language, lineLists.StopWords);
            document = document.AnalyzedBy?.WithStopWordsOf(document, analyzer) ?? analyzer.Analyze(document.Text, cancellationToken);
        }

        return new LayoutPlan(document, layout, lineLists.Ranker, lineLists.Scoring, lineLists.Selection);
    }
}
