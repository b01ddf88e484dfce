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
    public static SummarizerPipeline Create(string name, Language? language, IdfModel? idf = null, LayoutMode layout = LayoutMode.Auto, SimilaritySettings? similarity = null)
    {
        similarity ??= SimilaritySettings.MethodsOwn;
        if (!SummarizerAlgorithms.IsKnown(name))
            throw CliException.Usage($"unknown algorithm '{name}'; use one of {string.Join(", ", SummarizerAlgorithms.Names)}.");
        var settings = new SummarizerSettings
        {
            Language = language, Algorithm = name, Layout = layout, Idf = idf,
            Similarity = similarity.Measure, Embedder = similarity.Embedder, EmbeddingWeight = similarity.EmbeddingWeight,
        };
        try
        {
            return new SummarizerPipelineBuilder().UseSettings(settings).Build();
        }
        catch (ArgumentException e) when (idf is not null && e.ParamName == nameof(TfIdfOptions.Idf))
        {
            throw CliException.Usage($"the IDF model was fitted for {LanguageCodes.ToCode(idf.Language)}; give --language {LanguageCodes.ToCode(idf.Language)} to use it.");
        }
    }
}
