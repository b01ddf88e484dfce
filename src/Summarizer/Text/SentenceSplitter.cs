namespace Summarizer.Text;

/// <summary>
/// Splits text into sentences, each a span of the original string without surrounding whitespace.
/// Implementations are immutable and safe to share between threads.
/// </summary>
public abstract class SentenceSplitter
{
    /// <summary>Splits <paramref name="text"/> into sentences.</summary>
    /// <param name="text">The text to split.</param>
    /// <returns>The sentences in order; spans are ordered, non-overlapping and inside <paramref name="text"/>; empty for blank text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        SplitCore(text, sentences);
        return sentences;
    }

    /// <summary>Replaces the content of <paramref name="sentences"/> with the sentences of <paramref name="text"/>, reusing the list.</summary>
    internal void SplitInto(string text, List<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        sentences.Clear();
        SplitCore(text, sentences);
    }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="sentences"/>.</summary>
    /// <param name="text">The text to split; never null.</param>
    /// <param name="sentences">
    /// Receives the sentences in order. Each sentence's <see cref="Sentence.Index"/> must equal its position in the list.
    /// </param>
    protected abstract void SplitCore(string text, List<Sentence> sentences);
}
