using Summarizer.Segmentation;

using Summarizer.Text;

namespace Summarizer.Segmentation;

/// <summary>
/// A rule-based sentence splitter after the Golden Rules of pragmatic_segmenter (and pySBD), for English and
/// about twenty other languages. It ends a sentence at <c>. ? !</c> and the terminators of other scripts
/// (<c>。！？ । ؟ ۔ ։ ። ။</c>, the Greek <c>;</c>), together with any closing quotes and brackets, and at
/// every hard line break. A line break inside a hard-wrapped paragraph is soft (white space): the wrap width is measured
/// from the text, and a break is soft where the next word would not have fitted on the line; titles, navigation lines,
/// list items, short lines, columns and lists of one sentence a line keep their breaks. In prose broken into short lines
/// (subtitles, narrow columns), a line without final punctuation goes on into a next line in lower case. In a text that is mostly runs of
/// more than 80 words without a sentence end (a transcript, a chat log), with sentence ends on average more than 80
/// words apart, each run is cut into units of 12 to 40 words at clause boundaries
/// (semicolons, colons, commas, conjunctions) or in word windows. It does not end one after titles and abbreviations (Mr., Dr., U.S., e.g., the
/// language's own list), initials, inside numbers, prices, times, URLs and e-mail addresses, inside
/// quotations and parentheses, within ellipses that continue the sentence, or before a lower-case word (in English, a
/// period after a word of four or more letters that is no abbreviation, and a question or exclamation mark not
/// followed by a reporting clause, do end one there, as web text starts sentences in lower case; after any ordinary word
/// when the text starts with a word in lower case or writes the pronoun I as "i" before a verb). Two double hyphens
/// with a sentence's end and a capital between them are no dash pair and protect nothing. An abbreviation that
/// can end a sentence (U.S., B.C.) ends one before a word that starts sentences (a capitalised function word); a time,
/// an era or a speed after a number (7 p.m., 49 B.C., 30 m.p.h.) ends one before any capital but a time zone, unless
/// only a phrase put in front stands before it ("In 44 B.C. Julius Caesar"); closing quotes and brackets, citation markers and
/// footnote labels ("[4]", "[a]"), emoji and emoticons after a terminator belong to the sentence it ends; an
/// inline list ("1. The first item 2. The second item", "i. one ii. two") is split into its items, each keeping its marker.
/// A line without final punctuation is a sentence of its own, marked <see cref="Sentence.IsHeading"/> when
/// it is short. The splitter holds no mutable state and is safe to share between threads.
/// </summary>
public sealed class RuleBasedSentenceSplitter : SentenceSplitter
{
    private readonly LanguageProfile _profile;
    private readonly int _maxHeadingWords;
    private readonly bool _joinWrappedLines;
    private readonly bool _keepQuotationsWhole;

    /// <summary>Creates an English splitter with the default options.</summary>
    public RuleBasedSentenceSplitter()
        : this(new SentenceSplitterOptions())
    {
    }

    /// <summary>Creates a splitter with the given options.</summary>
    /// <param name="options">The language and other settings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or its language is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The maximum heading length is negative.</exception>
    public RuleBasedSentenceSplitter(SentenceSplitterOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Language, nameof(options) + "." + nameof(options.Language));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxHeadingWords, nameof(options) + "." + nameof(options.MaxHeadingWords));
        _profile = LanguageProfiles.Get(options.Language);
        _maxHeadingWords = options.MaxHeadingWords;
        _joinWrappedLines = options.JoinWrappedLines;
        _keepQuotationsWhole = options.KeepQuotationsWhole;
        Language = options.Language;
    }

    /// <summary>A shared English instance with the default options.</summary>
    public static RuleBasedSentenceSplitter Instance { get; } = new();

    /// <summary>
    /// The language codes with dedicated abbreviations or terminators: en, de, nl, da, es, it, fr, ru, bg,
    /// kk, pl, sk, el, hy, ar, fa. Every other language (Chinese, Japanese, Hindi, Urdu, Amharic, Burmese...)
    /// is split by the language-neutral rules, which know every script's terminators.
    /// </summary>
    public static IReadOnlyCollection<string> SupportedLanguages => LanguageProfiles.Codes;

    /// <summary>
    /// The pipeline's default splitter for a language: the language's rules, but quotations are split into their
    /// sentences (see <see cref="SentenceSplitterOptions.KeepQuotationsWhole"/>).
    /// </summary>
    internal static RuleBasedSentenceSplitter ForLanguage(Text.Language language) => new(new SentenceSplitterOptions
    {
        Language = language == Text.Language.None ? "und" : LanguageCodes.ToCode(language), // "und": language-neutral rules
        KeepQuotationsWhole = false,
    });

    /// <summary>The language code this splitter was created for.</summary>
    public string Language { get; }

    /// <inheritdoc />
    protected override void SplitCore(string text, List<Sentence> sentences, CancellationToken cancellationToken)
    {
        int from = sentences.Count;
        SentenceScanner.SplitCore(text, _profile, sentences, _maxHeadingWords, _joinWrappedLines, _keepQuotationsWhole, cancellationToken);
        // Text without sentence punctuation (transcripts, chat logs) is cut into sentence-like units afterwards.
        UnpunctuatedRuns.Cut(text, sentences, from);
    }
}
