using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;
using Summarizer.Scoring;
using Summarizer.Layout;
using Summarizer.Analysis;

namespace Summarizer;

/// <summary>
/// The ranking methods by name, each with the preprocessing and selection it was evaluated with, so a method can be
/// picked from configuration or a command line: <c>new SummarizerPipelineBuilder().UseAlgorithm("lexrank")</c>.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>default</term><description>Position-aware centrality (<see cref="PacSumRanker"/>) blended with TF-IDF salience and a position prior; a list of one-sentence lines (reviews, comments) is ranked by SumBasic instead (see <see cref="LineListOptions"/>).</description></item>
/// <item><term>lead</term><description>The first sentences as the segmenter found them, headings included: the LEAD-k baseline.</description></item>
/// <item><term>textrank</term><description><see cref="TextRankRanker"/> on the word-overlap graph of the paper.</description></item>
/// <item><term>lexrank, lexrank-threshold</term><description><see cref="LexRankRanker"/>, continuous and with Erkan and Radev's 0.1 threshold.</description></item>
/// <item><term>pacsum</term><description><see cref="PacSumRanker"/> alone, without the blend.</description></item>
/// <item><term>luhn, lsa, sumbasic, klsum, edmundson, centroid</term><description>The classic rankers of the same names.</description></item>
/// </list>
/// Every method except <c>default</c>, <c>pacsum</c> and <c>lead</c> ranks on its own scores (no salience or position
/// blend), with the extended stop list and without the rule that treats a short line standing alone as a heading: in
/// one-sentence-a-line text such as reviews that rule would rule out every short sentence (on the Opinosis evaluation
/// set, SumBasic's ROUGE-1 went from 32.0 to 37.6 without it). Only <c>default</c> detects line lists; the other methods
/// rank every text as they were published.
/// </remarks>
public static class SummarizerAlgorithms
{
    private static readonly string[] KnownNames =
        ["default", "lead", "textrank", "lexrank", "lexrank-threshold", "pacsum", "luhn", "lsa", "sumbasic", "klsum", "edmundson", "centroid"];

    /// <summary>The method names, <c>default</c> first.</summary>
    public static IReadOnlyList<string> Names => KnownNames;

    /// <summary>Whether <paramref name="name"/> names a method (case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <returns>True for a known name.</returns>
    public static bool IsKnown(string? name) => name is not null && Array.Exists(KnownNames, known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Sets the ranker, scoring, stop list and selection of <paramref name="builder"/> for a method.</summary>
    internal static void Configure(SummarizerPipelineBuilder builder, string name)
    {
        switch (name.ToLowerInvariant())
        {
            case "default":
                builder.UseDefaultRanker().UseScoring(new ScoringOptions()).UseStopWords(StopWordList.Default).UseSelection(new SelectionOptions())
                    .UseLineLists(new LineListOptions());
                break;
            case "pacsum":
                builder.UseRanker(new PacSumRanker()).UseScoring(ScoringOptions.CentralityOnly).UseStopWords(StopWordList.Default).UseSelection(new SelectionOptions())
                    .UseLineLists(LineListOptions.Disabled);
                break;
            case "lead":
                builder.UseRanker(LeadRanker.Instance).UseScoring(ScoringOptions.CentralityOnly).UseStopWords(StopWordList.Default)
                    .UseSelection(new SelectionOptions { IncludeHeadings = true, MinWords = 0, MaxWords = 0, MinStandaloneLineWords = 0, MaxSimilarity = 1 })
                    .UseLineLists(LineListOptions.Disabled);
                break;
            case "textrank":
                Classic(builder, new TextRankRanker());
                break;
            case "lexrank":
                Classic(builder, new LexRankRanker());
                break;
            case "lexrank-threshold":
                Classic(builder, new LexRankRanker(new LexRankOptions { Threshold = 0.1 }));
                break;
            case "luhn":
                Classic(builder, new LuhnRanker());
                break;
            case "lsa":
                Classic(builder, new LsaRanker());
                break;
            case "sumbasic":
                Classic(builder, new SumBasicRanker());
                break;
            case "klsum":
                Classic(builder, new KlSumRanker());
                break;
            case "edmundson":
                Classic(builder, new EdmundsonRanker());
                break;
            case "centroid":
                Classic(builder, new CentroidRanker());
                break;
            default:
                throw new ArgumentException($"Unknown algorithm '{name}'; use one of {string.Join(", ", KnownNames)}.", nameof(name));
        }
    }

    private static void Classic(SummarizerPipelineBuilder builder, SentenceRanker ranker) =>
        builder.UseRanker(ranker).UseScoring(ScoringOptions.CentralityOnly).UseStopWords(StopWordList.Extended)
            .UseSelection(new SelectionOptions { MinStandaloneLineWords = 0 }).UseLineLists(LineListOptions.Disabled);
}
