namespace Summarizer.Ranking;

/// <summary>Options for <see cref="LuhnRanker"/>.</summary>
public sealed record LuhnOptions
{
    /// <summary>A content word is significant when it occurs at least this many times in the document. Default: 2. Must be at least 1.</summary>
    public int MinFrequency { get; init; } = 2;

    /// <summary>
    /// The largest number of insignificant words between two significant words of the same cluster. Default: 4,
    /// Luhn's value. Must be non-negative.
    /// </summary>
    public int MaxGap { get; init; } = 4;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinFrequency, 1, nameof(MinFrequency));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxGap, nameof(MaxGap));
    }
}
