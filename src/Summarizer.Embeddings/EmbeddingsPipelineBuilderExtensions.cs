namespace Summarizer.Embeddings;

/// <summary>Adds MiniLM sentence embeddings to a <see cref="SummarizerPipelineBuilder"/>.</summary>
public static class EmbeddingsPipelineBuilderExtensions
{
    /// <summary>
    /// Measures sentence similarity with all-MiniLM-L6-v2 embeddings from the process-wide
    /// <see cref="MiniLmSentenceEmbedder.Shared"/> instance (see <see cref="SummarizerPipelineBuilder.UseSentenceEmbedder"/>).
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="weight">The share of the embedding cosine in each similarity, in [0, 1]; the rest is the lexical similarity. Default: 1.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is outside [0, 1].</exception>
    public static SummarizerPipelineBuilder UseEmbeddings(this SummarizerPipelineBuilder builder, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSentenceEmbedder(MiniLmSentenceEmbedder.Shared, weight);
    }

    /// <summary>Measures sentence similarity with the embeddings of <paramref name="embedder"/>, whose lifetime the caller manages.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="embedder">The embedder, shared by every call.</param>
    /// <param name="weight">The share of the embedding cosine in each similarity, in [0, 1]. Default: 1.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> or <paramref name="embedder"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is outside [0, 1].</exception>
    public static SummarizerPipelineBuilder UseEmbeddings(this SummarizerPipelineBuilder builder, MiniLmSentenceEmbedder embedder, double weight = 1)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSentenceEmbedder(embedder, weight);
    }
}
