using Summarizer.Graph;
using Summarizer.Layout;
using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Weighting;

namespace Summarizer;

/// <summary>
/// The few settings that describe a summarizer as a user chooses it: language (or detection), method, layout, corpus
/// IDF model and default length. Applied by <see cref="SummarizerPipelineBuilder.UseSettings"/>; the command line and
/// the dependency-injection package only parse their input into this type, so both mean the same thing by each setting.
/// Finer control (custom rankers, scoring weights, selection) stays on the builder.
/// </summary>
/// <example>
/// <code>
/// SummarizerPipeline pipeline = new SummarizerPipelineBuilder()
///     .UseSettings(new SummarizerSettings { Language = null, Algorithm = "textrank" }) // detect each text's language
///     .Build();
/// </code>
/// </example>
public sealed record SummarizerSettings
{
    /// <summary>The settings a pipeline has when none are given: English, <c>default</c>, detected layout, no corpus IDF, 3 sentences.</summary>
    public static SummarizerSettings Default { get; } = new();

    /// <summary>
    /// The language of stop words, stemming and sentence rules; <see langword="null"/> detects each text's language
    /// (English when none is recognised). Default: <see cref="Text.Language.English"/>.
    /// </summary>
    public Language? Language { get; init; } = Text.Language.English;

    /// <summary>The ranking method by name (see <see cref="SummarizerAlgorithms"/>), case-insensitive. Default: <c>default</c>.</summary>
    public string Algorithm { get; init; } = "default";

    /// <summary>
    /// Whether the <c>default</c> method detects a list of one-sentence lines or a dialogue, or is told the layout; the other methods rank
    /// every text as published. Default: <see cref="LayoutMode.Auto"/>.
    /// </summary>
    public LayoutMode Layout { get; init; } = LayoutMode.Auto;

    /// <summary>A corpus IDF model fitted for <see cref="Language"/>, or <see langword="null"/> to weigh terms by the document's own sentences.</summary>
    public IdfModel? Idf { get; init; }

    /// <summary>The length an application uses when a caller gives none (<see cref="SummarizerPipeline.DefaultLength"/>). Default: 3 sentences.</summary>
    public SummaryLength DefaultLength { get; init; } = SummaryLength.Sentences(3);

    /// <summary>
    /// The lexical similarity of the methods that compare sentences with a graph measure (<c>default</c>, <c>pacsum</c>,
    /// <c>textrank</c>): TF-IDF cosine or word overlap; <see langword="null"/> keeps each method's own (cosine, and word
    /// overlap for <c>textrank</c>). LexRank and centroid always use the cosine. Default: <see langword="null"/>.
    /// </summary>
    public SimilarityMeasure? Similarity { get; init; }

    /// <summary>
    /// A sentence embedder whose cosines replace or blend with the lexical similarity (see
    /// <see cref="SummarizerPipelineBuilder.UseSentenceEmbedder"/>), or <see langword="null"/> for none. Default: <see langword="null"/>.
    /// </summary>
    public SentenceEmbedder? Embedder { get; init; }

    /// <summary>The share of the embedding cosine in each similarity when there is an <see cref="Embedder"/>, in [0, 1]. Default: 1.</summary>
    public double EmbeddingWeight { get; init; } = 1;

    /// <summary>
    /// Parses a language as configuration and command lines give it: <c>auto</c> (detect, returned as
    /// <see langword="null"/>), an ISO 639-1 code or an English language name, ignoring case.
    /// </summary>
    /// <param name="value">The text to parse.</param>
    /// <param name="language">The language, or <see langword="null"/> for <c>auto</c>.</param>
    /// <returns>Whether <paramref name="value"/> is <c>auto</c> or names a supported language.</returns>
    public static bool TryParseLanguage(string? value, out Language? language)
    {
        language = null;
        if (string.Equals(value, "auto", StringComparison.OrdinalIgnoreCase))
            return true;
        if (!LanguageCodes.TryParse(value, out Language parsed))
            return false;
        language = parsed;
        return true;
    }

    /// <summary>Checks the settings on their own; the builder checks them again with everything else at <see cref="SummarizerPipelineBuilder.Build"/>.</summary>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Algorithm, nameof(Algorithm));
        ArgumentNullException.ThrowIfNull(DefaultLength, nameof(DefaultLength));
        if (!SummarizerAlgorithms.IsKnown(Algorithm))
            throw new ArgumentException($"Unknown algorithm '{Algorithm}'; use one of {string.Join(", ", SummarizerAlgorithms.Names)}.", nameof(Algorithm));
        if (Language is { } language && !Enum.IsDefined(language))
            throw new ArgumentOutOfRangeException(nameof(Language), language, "Unknown language.");
        if (!Enum.IsDefined(Layout))
            throw new ArgumentOutOfRangeException(nameof(Layout), Layout, "Unknown layout mode.");
        if (Similarity is { } similarity && !Enum.IsDefined(similarity))
            throw new ArgumentOutOfRangeException(nameof(Similarity), similarity, "Unknown similarity measure.");
        RankingContext.CheckEmbeddingWeight(EmbeddingWeight, nameof(EmbeddingWeight));
    }
}
