using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;
using Summarizer.Weighting;

namespace Summarizer.Cli;

/// <summary>The ranking methods the command line offers by name.</summary>
internal static class Algorithms
{
    private static readonly string[] KnownNames =
        ["default", "lead", "textrank", "lexrank", "lexrank-threshold", "pacsum", "luhn", "lsa", "sumbasic", "klsum", "edmundson", "centroid"];

    public static IReadOnlyList<string> Names => KnownNames;

    public static bool IsKnown(string name) => KnownNames.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Builds the pipeline for <paramref name="name"/>; a null language means detect it per text. A corpus IDF model,
    /// when given, replaces the document's own IDF; it must be of the pipeline's language.
    /// </summary>
    public static SummarizerPipeline Create(string name, Language? language, IdfModel? idf = null)
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

        if (idf is null)
            return builder.Build();
        if (language is not { } modelLanguage || modelLanguage != idf.Language)
            throw CliException.Usage($"the IDF model was fitted for {LanguageCodes.ToCode(idf.Language)}; give --language {LanguageCodes.ToCode(idf.Language)} to use it.");
        return builder.UseTfIdf(idf).Build();
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
