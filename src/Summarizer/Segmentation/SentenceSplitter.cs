using Summarizer.Text;

namespace Summarizer.Segmentation;

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
    public IReadOnlyList<Sentence> Split(string text) => Split(text, CancellationToken.None);

    /// <summary>Splits <paramref name="text"/> into sentences, checking <paramref name="cancellationToken"/> as it goes.</summary>
    /// <param name="text">The text to split.</param>
    /// <param name="cancellationToken">Cancels the splitting of a long text.</param>
    /// <returns>The sentences in order; spans are ordered, non-overlapping and inside <paramref name="text"/>; empty for blank text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public IReadOnlyList<Sentence> Split(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        var sentences = new List<Sentence>();
        SplitCore(text, sentences, cancellationToken);
        return sentences;
    }

    /// <summary>Replaces the content of <paramref name="sentences"/> with the sentences of <paramref name="text"/>, reusing the list.</summary>
    internal void SplitInto(string text, List<Sentence> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        sentences.Clear();
        SplitCore(text, sentences, cancellationToken);
    }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="sentences"/>.</summary>
    /// <param name="text">The text to split; never null.</param>
    /// <param name="sentences">
    /// Receives the sentences in order. Each sentence's <see cref="Sentence.Index"/> must equal its position in the list.
    /// </param>
    protected abstract void SplitCore(string text, List<Sentence> sentences);

    /// <summary>
    /// Appends the sentences of <paramref name="text"/> to <paramref name="sentences"/>, checking
    /// <paramref name="cancellationToken"/> in long loops. The default ignores the token and calls
    /// <see cref="SplitCore(string, List{Sentence})"/>; splitters that may run long on huge texts override it.
    /// </summary>
    /// <param name="text">The text to split; never null.</param>
    /// <param name="sentences">Receives the sentences in order, as for <see cref="SplitCore(string, List{Sentence})"/>.</param>
    /// <param name="cancellationToken">Cancels long work.</param>
    protected virtual void SplitCore(string text, List<Sentence> sentences, CancellationToken cancellationToken) => SplitCore(text, sentences);
}
