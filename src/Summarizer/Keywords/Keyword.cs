using Summarizer.Text;

namespace Summarizer.Keywords;

/// <summary>A keyphrase of a document: one or more adjacent keywords, with every place it occurs.</summary>
/// <param name="Phrase">
/// The phrase as written in the text, in its most frequent form when its occurrences differ in case or inflection
/// ("Machine learning" at a sentence's start and "machine learning" inside one are one phrase), with white space between
/// its words as single spaces.
/// </param>
/// <param name="Score">The sum of its words' TextRank scores; higher is more important.</param>
/// <param name="Occurrences">Where the phrase occurs in the original text, in order.</param>
public sealed record Keyword(string Phrase, double Score, IReadOnlyList<TextSpan> Occurrences);
