namespace Summarizer.Embeddings;

/// <summary>Options for <see cref="MiniLmSentenceEmbedder"/>.</summary>
public sealed record MiniLmOptions
{
    /// <summary>
    /// The most sentences encoded in one model run. Sentences are sorted by length and each batch is padded to its
    /// longest, so larger batches waste little on padding. Default: 32. Must be positive.
    /// </summary>
    public int BatchSize { get; init; } = 32;

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
