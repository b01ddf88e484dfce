using Summarizer.Text;

namespace Summarizer;

/// <summary>A sentence chosen for a summary, with its score and rank.</summary>
/// <param name="Index">The sentence's zero-based position in the document.</param>
/// <param name="Span">The sentence's characters in the original text.</param>
/// <param name="Text">The sentence exactly as it appears in the original text.</param>
/// <param name="Score">The sentence's final score; higher is more important.</param>
/// <param name="Rank">1 for the best sentence of the summary, 2 for the next, and so on.</param>
public sealed record ScoredSentence(int Index, TextSpan Span, string Text, double Score, int Rank)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
