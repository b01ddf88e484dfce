using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;

namespace Summarizer.Cli;

/// <summary>The ranking methods the command line offers by name.</summary>
internal static class Algorithms
{
    private static readonly string[] KnownNames =
        ["default", "lead", "textrank", "lexrank", "lexrank-threshold", "pacsum", "luhn", "lsa", "sumbasic", "klsum", "edmundson", "centroid"];

    public static IReadOnlyList<string> Names => KnownNames;

    public static bool IsKnown(string name) => KnownNames.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Builds the pipeline for <paramref name="name"/>; a null language means detect it per text.</summary>
    public static SummarizerPipeline Create(string name, Language? language)
    {
        var builder = new SummarizerPipelineBuilder();
        if (language is { } fixedLanguage)
            builder.UseLanguage(fixedLanguage);
        else
            builder.UseLanguageDetection();
        switch (name.ToLowerInvariant())
        {
            case "default":
                break;
            case "textrank":
                // Plain TextRank as published: word-overlap graph, centrality alone, no salience or position prior.
                Classic(builder, new TextRankRanker());
                break;
            case "pacsum":
                builder.UseRanker(new PacSumRanker()).UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "lead":
                // The first sentences as the segmenter found them, whatever they are.
                builder.UseRanker(LeadRanker.Instance).UseScoring(ScoringOptions.CentralityOnly)
                    .UseSelection(new SelectionOptions { IncludeHeadings = true, MinWords = 0, MaxWords = 0, MinStandaloneLineWords = 0, MaxSimilarity = 1 });
                break;
            case "lexrank":
                Classic(builder, new LexRankRanker());
                break;
            case "lexrank-threshold":
                // Erkan and Radev's best threshold.
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
                throw CliException.Usage($"unknown algorithm '{name}'; use one of {string.Join(", ", KnownNames)}.");
        }

        return builder.Build();
    }

    /// <summary>
    /// The classic rankers run on their own scores (no salience or position blend), with Snowball's stop list (the
    /// preprocessing they are usually run and compared with), and without the web-page rule that treats a short line
    /// standing alone as a heading: in one-sentence-a-line text such as reviews it would rule out every short sentence
    /// (on opinosis, SumBasic's ROUGE-1 went from 32.0 to 37.6 without it; news scored the same).
    /// </summary>
    private static void Classic(SummarizerPipelineBuilder builder, SentenceRanker ranker) =>
        builder.UseRanker(ranker).UseScoring(ScoringOptions.CentralityOnly).UseStopWords(StopWordList.Extended)
            .UseSelection(new SelectionOptions { MinStandaloneLineWords = 0 });
}
