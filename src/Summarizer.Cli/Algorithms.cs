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
                // Plain TextRank: centrality alone, no salience or position prior.
                builder.UseTextRank().UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "pacsum":
                builder.UseRanker(new PacSumRanker()).UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "lead":
                // The first sentences as the segmenter found them, whatever they are.
                builder.UseRanker(LeadRanker.Instance).UseScoring(ScoringOptions.CentralityOnly)
                    .UseSelection(new SelectionOptions { IncludeHeadings = true, MinWords = 0, MinStandaloneLineWords = 0, MaxSimilarity = 1 });
                break;
            case "lexrank":
                builder.UseRanker(new LexRankRanker()).UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "lexrank-threshold":
                // Erkan and Radev's best threshold.
                builder.UseRanker(new LexRankRanker(new LexRankOptions { Threshold = 0.1 })).UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "luhn":
                builder.UseRanker(new LuhnRanker()).UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "lsa":
                builder.UseRanker(new LsaRanker()).UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "sumbasic":
                builder.UseRanker(new SumBasicRanker()).UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "klsum":
                builder.UseRanker(new KlSumRanker()).UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "edmundson":
                builder.UseRanker(new EdmundsonRanker()).UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "centroid":
                builder.UseRanker(new CentroidRanker()).UseScoring(ScoringOptions.CentralityOnly);
                break;
            default:
                throw CliException.Usage($"unknown algorithm '{name}'; use one of {string.Join(", ", KnownNames)}.");
        }

        return builder.Build();
    }
}
