using Summarizer.Text;

namespace Summarizer.Analysis;

/// <summary>
/// Finds the words of a sentence as spans into the original text. Implementations are stateless
/// and safe to share between threads.
/// </summary>
public abstract class Tokenizer
{
    /// <summary>Appends the spans of the words in <paramref name="span"/> of <paramref name="text"/> to <paramref name="words"/>.</summary>
    /// <param name="text">The whole original text.</param>
    /// <param name="span">The part of <paramref name="text"/> to tokenize, usually one sentence.</param>
    /// <param name="words">Receives word spans relative to <paramref name="text"/>, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="words"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="span"/> lies outside <paramref name="text"/>.</exception>
    public void Tokenize(string text, TextSpan span, ICollection<TextSpan> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(span.End, text.Length, nameof(span));
        TokenizeCore(text, span, words);
    }

    /// <summary>Tokenizes a validated span.</summary>
    /// <param name="text">The whole original text.</param>
    /// <param name="span">The part to tokenize; inside <paramref name="text"/>.</param>
    /// <param name="words">Receives word spans relative to <paramref name="text"/>, in order.</param>
    protected abstract void TokenizeCore(string text, TextSpan span, ICollection<TextSpan> words);
}
