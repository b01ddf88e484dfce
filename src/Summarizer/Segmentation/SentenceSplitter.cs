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
    /// <exception cref="InvalidOperationException">The implementation returned spans out of order, overlapping or outside the text.</exception>
    public IReadOnlyList<Sentence> Split(string text, CancellationToken cancellationToken)
    {
        var sentences = new List<Sentence>();
        SplitInto(text, sentences, cancellationToken);
        return sentences;
    }

    /// <summary>Replaces the content of <paramref name="sentences"/> with the sentences of <paramref name="text"/>, reusing the list.</summary>
    internal void SplitInto(string text, List<Sentence> sentences, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        cancellationToken.ThrowIfCancellationRequested();
        sentences.Clear();
        SplitCore(text, sentences, cancellationToken);

        // The contract every later stage relies on is checked here once, for every implementation, and the indices are
        // set here, so an implementer only finds spans.
        int previousEnd = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            Sentence sentence = sentences[i];
            if (sentence.Span.Start < previousEnd || sentence.Span.Length <= 0 || sentence.Span.End > text.Length)
                throw new InvalidOperationException($"{GetType().Name} returned sentence {i} at {sentence.Span.Start}+{sentence.Span.Length}, which is empty, overlaps the previous one (ending at {previousEnd}) or lies outside the text of {text.Length} characters.");
            if (sentence.Index != i)
                sentences[i] = sentence with { Index = i };
            previousEnd = sentence.Span.End;
        }
    }

    /// <summary>
    /// Appends the sentences of <paramref name="text"/> to the empty list <paramref name="sentences"/>: non-empty spans
    /// of the text, in order, not overlapping. Their <see cref="Sentence.Index"/> need not be set; the base class numbers
    /// them. Check <paramref name="cancellationToken"/> in loops that may run long on a huge text.
    /// </summary>
    /// <param name="text">The text to split; never null.</param>
    /// <param name="sentences">Receives the sentences in order.</param>
    /// <param name="cancellationToken">Cancels long work.</param>
    protected abstract void SplitCore(string text, List<Sentence> sentences, CancellationToken cancellationToken);
}
