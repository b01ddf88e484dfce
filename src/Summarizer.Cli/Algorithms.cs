using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Layout;

namespace Summarizer.Cli;

/// <summary>The ranking methods the command line offers by name.</summary>
internal static class Algorithms
{
    public static IReadOnlyList<string> Names => SummarizerAlgorithms.Names;

    public static bool IsKnown(string name) => SummarizerAlgorithms.IsKnown(name);

    /// <summary>
    /// Builds the pipeline for <paramref name="name"/>; a null language means detect it per text. A corpus IDF model,
    /// when given, replaces the document's own IDF; it must be of the pipeline's language.
    /// </summary>
    public static SummarizerPipeline Create(string name, Language? language, IdfModel? idf = null, LayoutMode layout = LayoutMode.Auto)
    {
        if (!SummarizerAlgorithms.IsKnown(name))
            throw CliException.Usage($"unknown algorithm '{name}'; use one of {string.Join(", ", SummarizerAlgorithms.Names)}.");
        var builder = new SummarizerPipelineBuilder();
        if (language is { } fixedLanguage)
            builder.UseLanguage(fixedLanguage);
        else
            builder.UseLanguageDetection();
        builder.UseAlgorithm(name);
        if (string.Equals(name, "default", StringComparison.OrdinalIgnoreCase))
            builder.UseLineLists(new LineListOptions { Layout = layout }); // the other methods rank every text as published
        if (idf is null)
            return builder.Build();
        if (language is not { } modelLanguage || modelLanguage != idf.Language)
            throw CliException.Usage($"the IDF model was fitted for {LanguageCodes.ToCode(idf.Language)}; give --language {LanguageCodes.ToCode(idf.Language)} to use it.");
        return builder.UseTfIdf(idf).Build();
    }
}
