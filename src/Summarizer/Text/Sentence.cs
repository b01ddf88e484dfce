namespace Summarizer.Text;

/// <summary>
/// One sentence of a document: its span in the original text, its position, and whether it looks
/// like a heading or navigation line rather than running prose.
/// </summary>
/// <param name="Span">The sentence's characters in the original text, without surrounding whitespace.</param>
/// <param name="Index">Zero-based position of the sentence in the document.</param>
/// <param name="IsHeading">
/// <see langword="true"/> for a line without final punctuation that stands alone (a title, a heading,
/// "Previous Article"), or a caption, credit, byline or navigation block marked by <see cref="Document.MarkNonContent"/>;
/// such sentences are not chosen for a summary unless nothing else is available.
/// </param>
public readonly record struct Sentence(TextSpan Span, int Index, bool IsHeading = false)
{
    /// <summary>Returns the sentence's text as a new string.</summary>
    /// <param name="text">The text the sentence was split from.</param>
    /// <returns>Exactly <c>text.Substring(Span.Start, Span.Length)</c>.</returns>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Span.Start, Span.Length);
    }
}
