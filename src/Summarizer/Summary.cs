using Summarizer.Text;
using Summarizer.Layout;

namespace Summarizer;

/// <summary>The result of summarizing a text: the chosen sentences verbatim with their scores, ranks and spans.</summary>
public sealed class Summary
{
    private readonly ScoredSentence[] _sentences;
    private readonly ScoredSentence[] _byRank;

    internal Summary(string text, Language language, int documentSentenceCount, ScoredSentence[] byRank, TextLayout layout = TextLayout.Prose)
    {
        Layout = layout;
        Text = text;
        Language = language;
        DocumentSentenceCount = documentSentenceCount;
        _byRank = byRank;
        _sentences = (ScoredSentence[])byRank.Clone();
        Array.Sort(_sentences, static (a, b) => a.Index.CompareTo(b.Index));
    }

    /// <summary>The original text.</summary>
    public string Text { get; }

    /// <summary>The language used for word analysis.</summary>
    public Language Language { get; }

    /// <summary>The number of sentences in the whole document.</summary>
    public int DocumentSentenceCount { get; }

    /// <summary>
    /// How the text was summarized: as <see cref="TextLayout.Prose"/>, or as a <see cref="TextLayout.LineList"/> of
    /// independent lines ranked with the pipeline's <see cref="SummarizerPipeline.LineLists"/> settings.
    /// </summary>
    public TextLayout Layout { get; }

    /// <summary>The chosen sentences in document order.</summary>
    public IReadOnlyList<ScoredSentence> Sentences => _sentences;

    /// <summary>The chosen sentences best first (rank order).</summary>
    public IReadOnlyList<ScoredSentence> ByRank => _byRank;

    /// <summary>
    /// Whether the summary is longer than a words or characters budget asked for: no real sentence fitted it, so the best
    /// real sentence was returned rather than a heading, navigation line or caption that fits, or nothing.
    /// </summary>
    public bool OverBudget { get; internal init; }

    /// <summary>Whether no sentence was chosen (the text was empty or blank).</summary>
    public bool IsEmpty => _sentences.Length == 0;

    /// <summary>The chosen sentences in the requested order.</summary>
    /// <param name="order">Document order or rank order.</param>
    /// <returns>The sentences.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is not defined.</exception>
    public IReadOnlyList<ScoredSentence> InOrder(SummaryOrder order) => order switch
    {
        SummaryOrder.Document => _sentences,
        SummaryOrder.Rank => _byRank,
        _ => throw new ArgumentOutOfRangeException(nameof(order), order, "Unknown order."),
    };

    /// <summary>The chosen sentences in document order, separated by single spaces.</summary>
    /// <returns>The summary text.</returns>
    public override string ToString() => string.Join(" ", _sentences.Select(static s => s.Text));
}

/// <summary>The order of a summary's sentences.</summary>
public enum SummaryOrder
{
    /// <summary>As they appear in the document.</summary>
    Document,
    /// <summary>Best first.</summary>
    Rank,
}
