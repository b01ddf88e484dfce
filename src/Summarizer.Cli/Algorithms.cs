using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;

namespace Summarizer.Cli;

/// <summary>The ranking methods the command line offers by name.</summary>
internal static class Algorithms
{
    private static readonly string[] KnownNames = ["default", "lead", "textrank", "pacsum"];

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
            default:
                throw CliException.Usage($"unknown algorithm '{name}'; use one of {string.Join(", ", KnownNames)}.");
        }

        return builder.Build();
    }
}
