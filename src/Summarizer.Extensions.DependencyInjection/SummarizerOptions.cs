using Summarizer.Layout;

namespace Summarizer.Extensions.DependencyInjection;

/// <summary>
/// Settings of the summarizer registered by <c>AddSummarizer</c>, bound with the options pattern, e.g. from the
/// <c>"Summarizer"</c> section of configuration:
/// <c>services.Configure&lt;SummarizerOptions&gt;(configuration.GetSection("Summarizer"))</c>.
/// Validated when the summarizer is first resolved (or at start-up with <c>ValidateOnStart</c>); an invalid value
/// gives an <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> naming the setting.
/// </summary>
/// <example>
/// <code>
/// {
///   "Summarizer": { "Language": "en", "Algorithm": "default", "DefaultLengthUnit": "Sentences", "DefaultLength": 3 }
/// }
/// </code>
/// </example>
public sealed class SummarizerOptions
{
    /// <summary>The configuration section name conventionally used for these options.</summary>
    public const string SectionName = "Summarizer";

    /// <summary>
    /// The language of stop words and stemming as an ISO 639-1 code (<c>en</c>, <c>de</c>, ...; see
    /// <see cref="Text.LanguageCodes.All"/>), or <c>auto</c> to detect each text's language. Default: <c>en</c>.
    /// </summary>
    public string Language { get; set; } = "en";

    /// <summary>
    /// The ranking method, named as on the command line: <c>default</c> (position-aware centrality blended with
    /// salience and position), <c>textrank</c>, <c>pacsum</c>, <c>lead</c>, <c>lexrank</c>, <c>lexrank-threshold</c>,
    /// <c>luhn</c>, <c>lsa</c>, <c>sumbasic</c>, <c>klsum</c>, <c>edmundson</c> or <c>centroid</c>. Default: <c>default</c>.
    /// </summary>
    public string Algorithm { get; set; } = "default";

    /// <summary>The unit of <see cref="DefaultLength"/>. Default: <see cref="SummaryLengthUnit.Sentences"/>.</summary>
    public SummaryLengthUnit DefaultLengthUnit { get; set; } = SummaryLengthUnit.Sentences;

    /// <summary>
    /// The summary length applications use when they have no other (see <see cref="GetDefaultLength"/>): a count of
    /// sentences, words or characters (a whole number, at least 1), or a ratio in (0, 1]. Default: 3.
    /// </summary>
    public double DefaultLength { get; set; } = 3;

    /// <summary>
    /// Optional path of a corpus IDF model (<see cref="Weighting.IdfModel.Save(string)"/>, or <c>summarize idf fit</c>),
    /// fitted for <see cref="Language"/>; null to weight terms by the document's own sentences.
    /// </summary>
    public string? IdfPath { get; set; }

    /// <summary>
    /// When the <c>default</c> algorithm treats a text as a list of one-sentence lines (reviews, comments), ranked by
    /// what many lines say instead of by its lead, or as a dialogue of labeled turns, ranked without a lead and by what
    /// its speakers state: <see cref="LayoutMode.Auto"/> (detected per text), <see cref="LayoutMode.Prose"/>,
    /// <see cref="LayoutMode.LineList"/> or <see cref="LayoutMode.Dialogue"/>. The other algorithms rank every
    /// text as published. Default: <see cref="LayoutMode.Auto"/>.
    /// </summary>
    public LayoutMode Layout { get; set; } = LayoutMode.Auto;

    /// <summary>The default summary length as a <see cref="SummaryLength"/>.</summary>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The unit and value do not make a valid length.</exception>
    public SummaryLength GetDefaultLength() => DefaultLengthUnit switch
    {
        SummaryLengthUnit.Ratio => SummaryLength.Ratio(DefaultLength),
        SummaryLengthUnit.Words => SummaryLength.Words(WholeCount()),
        SummaryLengthUnit.Characters => SummaryLength.Characters(WholeCount()),
        SummaryLengthUnit.Sentences => SummaryLength.Sentences(WholeCount()),
        _ => throw new ArgumentOutOfRangeException(nameof(DefaultLengthUnit), DefaultLengthUnit, "Unknown summary length unit."),
    };

    private int WholeCount() =>
        DefaultLength == Math.Floor(DefaultLength) && DefaultLength is >= 1 and <= int.MaxValue
            ? (int)DefaultLength
            : throw new ArgumentOutOfRangeException(nameof(DefaultLength), DefaultLength, $"A count of {DefaultLengthUnit} must be a whole number of at least 1.");
}
