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
    public LayoutPlan Plan(Document document, CancellationToken cancellationToken)
    {
        TextLayout layout = lineLists.Layout switch
        {
            LayoutMode.Prose => TextLayout.Prose,
            LayoutMode.LineList => TextLayout.LineList,
            _ => LayoutDetector.Detect(document),
        };
        if (layout == TextLayout.Prose)
            return new LayoutPlan(document, layout, proseRanker, proseScoring, proseSelection);

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
