namespace Summarizer.Evaluation;

/// <summary>Settings of a <see cref="RougeScorer"/>.</summary>
public sealed class RougeOptions
{
    /// <summary>The defaults: Porter stemming on.</summary>
    public static RougeOptions Default { get; } = new();

    /// <summary>
    /// Whether tokens longer than three characters are reduced with NLTK's Porter stemmer
    /// (<see cref="PorterStemmer"/>), as <c>rouge_score</c>'s <c>use_stemmer=True</c> does. Defaults to true,
    /// the setting published summarization results use.
    /// </summary>
    public bool UseStemmer { get; init; } = true;
}
