using Summarizer.Text;

namespace Summarizer.Keywords;

/// <summary>A keyphrase of a document: one or more adjacent keywords, with every place it occurs.</summary>
/// <param name="Phrase">
/// The phrase, case-folded, its words separated by single spaces (or the hyphen that joins them in the text).
/// </param>
/// <param name="Score">The sum of its words' TextRank scores; higher is more important.</param>
/// <param name="Occurrences">Where the phrase occurs in the original text, in order.</param>
public sealed record Keyword(string Phrase, double Score, IReadOnlyList<TextSpan> Occurrences);
