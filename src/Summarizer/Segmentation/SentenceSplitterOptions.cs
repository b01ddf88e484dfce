using Summarizer.Text;

namespace Summarizer.Segmentation;

/// <summary>Settings of a <see cref="RuleBasedSentenceSplitter"/>.</summary>
public sealed class SentenceSplitterOptions
{
    /// <summary>
    /// The language of the text as an ISO 639-1 code ("en", "de", "ja"; a region such as "en-GB" is ignored).
    /// It selects the abbreviations and the language's own terminators; languages without a dedicated
    /// profile (see <see cref="RuleBasedSentenceSplitter.SupportedLanguages"/>) get language-neutral rules.
    /// Default: "en".
    /// </summary>
    public string Language { get; init; } = "en";

    /// <summary>A line without final punctuation and with at most this many words is a heading. Default: 16.</summary>
    public int MaxHeadingWords { get; init; } = 16;

    /// <summary>
    /// Whether, in addition, every single line break followed by a lower-case word continues the sentence, for text
    /// extracted from PDF with irregular line lengths. Default: false. Hard-wrapped paragraphs are joined either way:
    /// a line break where the text's measured wrap width ran out is white space (see <see cref="RuleBasedSentenceSplitter"/>),
    /// and so is a break before a lower-case line in prose that starts its sentences with capitals (subtitles, narrow columns).
    /// </summary>
    public bool JoinWrappedLines { get; init; }

    /// <summary>
    /// Whether a quotation is one sentence with the text around it, whatever terminators it contains
    /// (<c>He said "Go. Now." and left.</c>), as the Golden Rules have it. Default: true. The summarization
    /// pipeline's default splitter sets it to false: news quotes whole paragraphs of speech, and a summary is
    /// better served by their sentences than by one long quotation.
    /// </summary>
    public bool KeepQuotationsWhole { get; init; } = true;
}
