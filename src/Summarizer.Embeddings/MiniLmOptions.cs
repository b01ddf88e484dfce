namespace Summarizer.Embeddings;

/// <summary>Options for <see cref="MiniLmSentenceEmbedder"/>.</summary>
public sealed record MiniLmOptions
{
    /// <summary>
    /// The most sentences encoded in one model run. Sentences are sorted by length and each batch is padded to its
    /// longest: small batches pad little, large ones make fewer model runs. On a 27-sentence news article, batches of 8
    /// took 220 ms, of 4 234 ms and of 32 396 ms (<c>EmbeddingBatchSizeBenchmarks</c>). Default: 8. Must be positive.
    /// </summary>
    public int BatchSize { get; init; } = 8;

    /// <summary>
    /// The threads ONNX Runtime uses within one model run; null for its default (one per physical core). Set 1 when
    /// many texts are summarized in parallel, so runs do not compete for the cores. Default: null.
    /// </summary>
    public int? IntraOpThreads { get; init; }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchSize, 1, nameof(BatchSize));
        if (IntraOpThreads is { } threads)
            ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1, nameof(IntraOpThreads));
    }
}
