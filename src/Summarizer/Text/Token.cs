namespace Summarizer.Text;

/// <summary>A word of the original text and the vocabulary term it normalizes to.</summary>
/// <param name="Span">The word's characters in the original text.</param>
/// <param name="TermId">
/// The id of the word's normalized form (case-folded and stemmed) in the document's <see cref="Vocabulary"/>,
/// or <see cref="StopWord"/> when the word is a stop word and carries no content.
/// </param>
/// <param name="Kind">What sort of token this is: a word, a number, a URL, an e-mail address, a hashtag or a mention.</param>
public readonly record struct Token(TextSpan Span, int TermId, TokenKind Kind = TokenKind.Word)
{
    /// <summary>The <see cref="TermId"/> of a stop word.</summary>
    public const int StopWord = -1;

    /// <summary>Whether this token is a stop word.</summary>
    public bool IsStopWord => TermId < 0;
}
