using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;
using Summarizer.Weighting;

namespace Summarizer.Extensions.DependencyInjection;

/// <summary>Turns validated <see cref="SummarizerOptions"/> into a pipeline builder, with the command line's algorithm settings.</summary>
internal static class PipelineFactory
{
    public static readonly string[] Algorithms =
        ["default", "lead", "textrank", "lexrank", "lexrank-threshold", "pacsum", "luhn", "lsa", "sumbasic", "klsum", "edmundson", "centroid"];

    public static bool IsKnownAlgorithm(string? name) => name is not null && Algorithms.Contains(name, StringComparer.OrdinalIgnoreCase);

    public static SummarizerPipelineBuilder CreateBuilder(SummarizerOptions options)
    {
        var builder = new SummarizerPipelineBuilder();
        if (LanguageCodes.TryParse(options.Language, out Language language))
            builder.UseLanguage(language);
        else
            builder.UseLanguageDetection();

        switch (options.Algorithm.ToLowerInvariant())
        {
            case "textrank":
                builder.UseTextRank().UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "pacsum":
                builder.UseRanker(new PacSumRanker()).UseScoring(ScoringOptions.CentralityOnly);
                break;
            case "lead":
                builder.UseRanker(LeadRanker.Instance).UseScoring(ScoringOptions.CentralityOnly)
                    .UseSelection(new SelectionOptions { IncludeHeadings = true, MinWords = 0, MinStandaloneLineWords = 0, MaxSimilarity = 1 });
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
        }

        if (options.IdfPath is { } path)
            builder.UseTfIdf(IdfModel.Load(path));
        return builder;
    }

    /// <summary>The classic rankers on their own scores, with Snowball's stop list, as the command line runs them.</summary>
    private static void Classic(SummarizerPipelineBuilder builder, SentenceRanker ranker) =>
        builder.UseRanker(ranker).UseScoring(ScoringOptions.CentralityOnly).UseStopWords(StopWordList.Extended)
            .UseSelection(new SelectionOptions { MinStandaloneLineWords = 0 });
}
