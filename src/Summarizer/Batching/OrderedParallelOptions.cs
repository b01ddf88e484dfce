namespace Summarizer.Batching;

/// <summary>How <see cref="OrderedParallel"/> spreads its work.</summary>
public sealed class OrderedParallelOptions
{
    private readonly int _maxDegreeOfParallelism = Environment.ProcessorCount;
    private readonly int _chunkSize = 1;

    /// <summary>One worker a processor, one item a chunk.</summary>
    public static OrderedParallelOptions Default { get; } = new();

    /// <summary>The number of workers; 1 processes the items on the consumer's thread. Default: the processor count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxDegreeOfParallelism = value;
        }
    }

    /// <summary>
    /// The most items handed to a worker at once. Larger chunks pay the cost of a hand-off between threads (a few
    /// microseconds) less often, which matters when an item takes tens of microseconds; they also read the input
    /// further ahead (up to <c>2 * MaxDegreeOfParallelism * ChunkSize</c> items). Default: 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int ChunkSize
    {
        get => _chunkSize;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _chunkSize = value;
        }
    }
}
