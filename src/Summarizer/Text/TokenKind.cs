using Summarizer.Analysis;

namespace Summarizer.Text;

/// <summary>
/// What sort of token a <see cref="Token"/> is. <see cref="TextAnalyzer"/> derives it from the token's characters,
/// so it is the same whichever <see cref="Tokenizer"/> found the token, and normalizes each kind differently.
/// </summary>
public enum TokenKind : byte
{
    /// <summary>
    /// A word, possibly with inner apostrophes (<c>don't</c>) or digits (<c>MP3</c>): case-folded, stop-listed and stemmed.
    /// <see cref="TextAnalyzer"/> makes each part of a hyphenated word (<c>state-of-the-art</c>) a token of its own.
    /// </summary>
    Word = 0,

    /// <summary>A number without letters (<c>2019</c>, <c>3.14</c>, <c>1,000,000</c>, <c>12:30</c>): kept as written.</summary>
    Number,

    /// <summary>A URL (<c>https://example.org/a</c>, <c>www.example.org</c>): case-folded, never stemmed or stop-listed.</summary>
    Url,

    /// <summary>An e-mail address: case-folded, never stemmed or stop-listed.</summary>
    Email,

    /// <summary>A hashtag (<c>#Brexit</c>): its term is the normalized word after the <c>#</c>, so it matches the plain word.</summary>
    Hashtag,

    /// <summary>A mention of an account (<c>@nasa</c>): case-folded with its <c>@</c>, never stemmed or stop-listed.</summary>
    Mention,
}
