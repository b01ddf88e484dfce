using Summarizer.Text;

namespace Summarizer.Analysis;

/// <summary>Which stop list a <see cref="TextAnalyzer"/> removes.</summary>
public enum StopWordList
{
    /// <summary>
    /// The language's default list from Lucene.Net. For English that is Lucene's 33-word search list, which keeps
    /// pronouns, auxiliaries and quantifiers ("its", "were", "all") as content words.
    /// </summary>
    Default = 0,

    /// <summary>
    /// Snowball's list: for English about 170 words, the list frequency-based summarizers are usually run with; for the
    /// other languages it is the same as <see cref="Default"/>, whose lists already are Snowball's.
    /// </summary>
    Extended = 1,
}
