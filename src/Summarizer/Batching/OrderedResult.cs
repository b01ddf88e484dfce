namespace Summarizer.Batching;

/// <summary>The outcome of one item of an <see cref="OrderedParallel"/> run: its value, or the exception its work threw.</summary>
/// <typeparam name="T">The result type.</typeparam>
public readonly struct OrderedResult<T>
{
    internal OrderedResult(long index, T? value, Exception? error)
    {
        Index = index;
        Value = value;
        Error = error;
    }

    /// <summary>The item's 0-based position in the input.</summary>
    public long Index { get; }

    /// <summary>The result; the type's default when <see cref="Error"/> is set.</summary>
    public T? Value { get; }

    /// <summary>The exception the work on this item threw, or null when it succeeded.</summary>
    public Exception? Error { get; }
}
