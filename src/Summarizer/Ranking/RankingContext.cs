using System.Globalization;
using Summarizer.Text;
using Summarizer.Weighting;

namespace Summarizer.Ranking;

/// <summary>
/// What a <see cref="SentenceRanker"/> works from: the analysed document, its TF-IDF sentence vectors and, when the
/// pipeline has a <see cref="SentenceEmbedder"/>, its sentence embeddings.
/// </summary>
public sealed class RankingContext
{
    private readonly Lazy<SentenceEmbeddings>? _embeddings;

    /// <summary>Creates a context without embeddings.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="vectors">Its sentence vectors, one per sentence.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The vector count differs from the sentence count.</exception>
    public RankingContext(Document document, SentenceVectors vectors)
        : this(document, vectors, (SentenceEmbeddings?)null, embeddingWeight: 1)
    {
    }

    /// <summary>Creates a context with sentence embeddings, which the similarity rankers use instead of or blended with TF-IDF cosines.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="vectors">Its sentence vectors, one per sentence.</param>
    /// <param name="embeddings">Its sentence embeddings, one per sentence; null for none.</param>
    /// <param name="embeddingWeight">The share of the embedding cosine in each similarity, in [0, 1]; see <see cref="EmbeddingWeight"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="vectors"/> is null.</exception>
    /// <exception cref="ArgumentException">The vector or embedding count differs from the sentence count.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="embeddingWeight"/> is outside [0, 1].</exception>
    public RankingContext(Document document, SentenceVectors vectors, SentenceEmbeddings? embeddings, double embeddingWeight = 1)
        : this(document, vectors, embeddings is null ? null : new Lazy<SentenceEmbeddings>(embeddings), embeddingWeight)
    {
        if (embeddings is not null && embeddings.Count != document.Sentences.Count)
            throw new ArgumentException($"Expected {document.Sentences.Count} embeddings, got {embeddings.Count}.", nameof(embeddings));
    }

    /// <summary>A context whose embeddings are computed on first use, so rankers that never ask for them cost nothing more.</summary>
    internal RankingContext(Document document, SentenceVectors vectors, Lazy<SentenceEmbeddings>? embeddings, double embeddingWeight)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count != document.Sentences.Count)
            throw new ArgumentException($"Expected {document.Sentences.Count} vectors, got {vectors.Count}.", nameof(vectors));
        CheckEmbeddingWeight(embeddingWeight, nameof(embeddingWeight));
        Document = document;
        Vectors = vectors;
        _embeddings = embeddings;
        EmbeddingWeight = embeddingWeight;
    }

    /// <summary>The analysed document.</summary>
    public Document Document { get; }

    /// <summary>The TF-IDF vector of each sentence.</summary>
    public SentenceVectors Vectors { get; }

    /// <summary>The embedding of each sentence, or null when the pipeline has no <see cref="SentenceEmbedder"/>.</summary>
    public SentenceEmbeddings? Embeddings => _embeddings?.Value;

    /// <summary>
    /// The share of the embedding cosine in the similarity of two sentences when there are <see cref="Embeddings"/>:
    /// <c>max(0, w · embedding cosine + (1 - w) · lexical similarity)</c>, the lexical similarity being the ranker's own
    /// (TF-IDF cosine, or word overlap for TextRank). 1 uses embeddings alone; 0 gives the lexical ranking.
    /// </summary>
    public double EmbeddingWeight { get; }

    /// <summary>Whether similarities come from embeddings (alone or blended), without computing them yet.</summary>
    internal bool HasEmbeddings => _embeddings is not null;

    /// <summary>The number of sentences.</summary>
    public int Count => Vectors.Count;

    /// <summary>Throws unless <paramref name="weight"/> is in [0, 1].</summary>
    internal static void CheckEmbeddingWeight(double weight, string parameterName)
    {
        if (!(weight >= 0 && weight <= 1))
            throw new ArgumentOutOfRangeException(parameterName, string.Create(CultureInfo.InvariantCulture, $"The embedding weight must be in [0, 1], not {weight}."));
    }
}
