using Summarizer.Text;
using Summarizer.Weighting;

namespace Summarizer.Ranking;

/// <summary>What a <see cref="SentenceRanker"/> works from: the analysed document and its TF-IDF sentence vectors.</summary>
public sealed class RankingContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="vectors">Its sentence vectors, one per sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The vector count differs from the sentence count.</exception>
    public RankingContext(Document document, SentenceVectors vectors)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count != document.Sentences.Count)
            throw new ArgumentException($"Expected {document.Sentences.Count} vectors, got {vectors.Count}.", nameof(vectors));
        Document = document;
        Vectors = vectors;
    }

    /// <summary>The analysed document.</summary>
    public Document Document { get; }

    /// <summary>The TF-IDF vector of each sentence.</summary>
    public SentenceVectors Vectors { get; }

    /// <summary>The number of sentences.</summary>
    public int Count => Vectors.Count;
}
