using Summarizer.Text;

namespace Summarizer.Cli;

/// <summary>The ranking methods the command line offers by name.</summary>
internal static class Algorithms
{
    public static IReadOnlyList<string> Names => SummarizerAlgorithms.Names;

    public static bool IsKnown(string name) => SummarizerAlgorithms.IsKnown(name);

    /// <summary>Builds the pipeline for <paramref name="name"/>; a null language means detect it per text.</summary>
    public static SummarizerPipeline Create(string name, Language? language)
    {
        if (!SummarizerAlgorithms.IsKnown(name))
            throw CliException.Usage($"unknown algorithm '{name}'; use one of {string.Join(", ", SummarizerAlgorithms.Names)}.");
        var builder = new SummarizerPipelineBuilder();
        if (language is { } fixedLanguage)
            builder.UseLanguage(fixedLanguage);
        else
            builder.UseLanguageDetection();
        return builder.UseAlgorithm(name).Build();
    }
}
