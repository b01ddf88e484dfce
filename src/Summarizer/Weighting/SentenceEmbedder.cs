namespace Summarizer.Weighting;

/// <summary>
/// Turns sentences into dense vectors whose dot product measures how close their meanings are, for sentence
/// similarity beyond shared words (<see cref="SummarizerPipelineBuilder.UseSentenceEmbedder"/>). Implement
/// <see cref="EmbedCore"/>; <see cref="Embed"/> checks what it returns.
/// </summary>
/// <remarks>
/// One instance is shared by every pipeline and thread that uses it, so implementations must be thread-safe. Vectors
/// must be L2-normalized (a zero vector is allowed and means "similar to nothing") and all of
/// <see cref="Dimensions"/> long.
/// </remarks>
public abstract class SentenceEmbedder
{
    /// <summary>The length of every vector this embedder returns.</summary>
    public abstract int Dimensions { get; }

    /// <summary>Embeds <paramref name="sentences"/>, one vector per sentence, in order.</summary>
    /// <param name="sentences">The sentences' texts.</param>
    /// <param name="cancellationToken">Cancels long work.</param>
    /// <returns>The checked vectors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sentences"/> or one of them is null.</exception>
    /// <exception cref="InvalidOperationException">The implementation returned the wrong number of vectors, a vector of the wrong length, or one that is not normalized.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public SentenceEmbeddings Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        for (int i = 0; i < sentences.Count; i++)
        {
            if (sentences[i] is null)
                throw new ArgumentNullException(nameof(sentences), $"Sentence {i} is null.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (sentences.Count == 0)
            return new SentenceEmbeddings([], Dimensions);
        IReadOnlyList<ReadOnlyMemory<float>> vectors = EmbedCore(sentences, cancellationToken)
            ?? throw new InvalidOperationException($"{GetType().Name}.EmbedCore returned null.");
        cancellationToken.ThrowIfCancellationRequested(); // an implementation may finish its last batch regardless
        if (vectors.Count != sentences.Count)
            throw new InvalidOperationException($"{GetType().Name} returned {vectors.Count} vectors for {sentences.Count} sentences.");
        return new SentenceEmbeddings(vectors, Dimensions, GetType().Name);
    }

    /// <summary>Embeds a non-empty list of sentences: one L2-normalized vector of <see cref="Dimensions"/> floats per sentence, in order.</summary>
    /// <param name="sentences">The sentences' texts; none is null.</param>
    /// <param name="cancellationToken">Cancels long work; check it between batches.</param>
    /// <returns>The vectors.</returns>
    protected abstract IReadOnlyList<ReadOnlyMemory<float>> EmbedCore(IReadOnlyList<string> sentences, CancellationToken cancellationToken);
}
