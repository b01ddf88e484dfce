using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Layout;

namespace Summarizer.Extensions.DependencyInjection;

/// <summary>Turns validated <see cref="SummarizerOptions"/> into a pipeline builder, with the library's named algorithms.</summary>
internal static class PipelineFactory
{
    public static IReadOnlyList<string> Algorithms => SummarizerAlgorithms.Names;

    public static bool IsKnownAlgorithm(string? name) => SummarizerAlgorithms.IsKnown(name);

    public static SummarizerPipelineBuilder CreateBuilder(SummarizerOptions options) =>
        new SummarizerPipelineBuilder().UseSettings(ToSettings(options));

    /// <summary>The library's settings for validated options: the one place the options are interpreted.</summary>
    public static SummarizerSettings ToSettings(SummarizerOptions options)
    {
        SummarizerSettings.TryParseLanguage(options.Language, out Language? language); // validated: known or auto
        return new SummarizerSettings
        {
            Language = language,
            Algorithm = options.Algorithm,
            Layout = options.Layout,
            Idf = options.IdfPath is { } path ? IdfModel.Load(path) : null,
            DefaultLength = options.GetDefaultLength(),
        };
    }
}
