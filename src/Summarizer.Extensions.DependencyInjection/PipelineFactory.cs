using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Layout;

namespace Summarizer.Extensions.DependencyInjection;

/// <summary>Turns validated <see cref="SummarizerOptions"/> into a pipeline builder, with the library's named algorithms.</summary>
internal static class PipelineFactory
{
    public static IReadOnlyList<string> Algorithms => SummarizerAlgorithms.Names;

    public static bool IsKnownAlgorithm(string? name) => SummarizerAlgorithms.IsKnown(name);

    public static SummarizerPipelineBuilder CreateBuilder(SummarizerOptions options)
    {
        var builder = new SummarizerPipelineBuilder();
        if (LanguageCodes.TryParse(options.Language, out Language language))
            builder.UseLanguage(language);
        else
            builder.UseLanguageDetection();

        builder.UseAlgorithm(options.Algorithm);
        if (string.Equals(options.Algorithm, "default", StringComparison.OrdinalIgnoreCase))
            builder.UseLineLists(new LineListOptions { Layout = options.Layout }); // the others rank every text as published
        if (options.IdfPath is { } path)
            builder.UseTfIdf(IdfModel.Load(path));
        return builder;
    }
}
