using System.Globalization;

namespace Summarizer;

/// <summary>How long a summary should be: a number of sentences, a fraction of the document, or a word or character budget.</summary>
/// <remarks>
/// A summary of a document with at least one sentence is never empty: under a word or character budget the
/// best sentence is taken even when it alone exceeds the budget. Asking for more sentences than the
/// document has gives all of them (less any left out as headings or near-duplicates).
/// </remarks>
public sealed class SummaryLength : IEquatable<SummaryLength>
{
    private SummaryLength(SummaryLengthUnit unit, double value)
    {
        Unit = unit;
        Value = value;
    }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public SummaryLengthUnit Unit { get; }

    /// <summary>The number of sentences, words or characters, or the ratio.</summary>
    public double Value { get; }

    /// <summary>At most <paramref name="count"/> sentences.</summary>
    /// <param name="count">The number of sentences; at least 1.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static SummaryLength Sentences(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new(SummaryLengthUnit.Sentences, count);
    }

    /// <summary>A fraction of the document's sentences, rounded, at least one.</summary>
    /// <param name="ratio">The fraction, greater than 0 and at most 1.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is not in (0, 1].</exception>
    public static SummaryLength Ratio(double ratio)
    {
        if (!(ratio > 0 && ratio <= 1))
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "Must be greater than 0 and at most 1.");
        return new(SummaryLengthUnit.Ratio, ratio);
    }

    /// <summary>As many top sentences as fit in <paramref name="count"/> words.</summary>
    /// <param name="count">The word budget; at least 1.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static SummaryLength Words(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new(SummaryLengthUnit.Words, count);
    }

    /// <summary>As many top sentences as fit in <paramref name="count"/> characters (sentence texts plus one separator between them).</summary>
    /// <param name="count">The character budget; at least 1.</param>
    /// <returns>The length.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static SummaryLength Characters(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return new(SummaryLengthUnit.Characters, count);
    }

    /// <summary>The number of sentences to choose under <see cref="SummaryLengthUnit.Sentences"/> or <see cref="SummaryLengthUnit.Ratio"/>.</summary>
    internal int SentenceCount(int documentSentences) => Unit switch
    {
        SummaryLengthUnit.Sentences => (int)Value,
        SummaryLengthUnit.Ratio => Math.Max(1, (int)Math.Round(Value * documentSentences, MidpointRounding.AwayFromZero)),
        _ => int.MaxValue,
    };

    /// <inheritdoc />
    public bool Equals(SummaryLength? other) => other is not null && Unit == other.Unit && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SummaryLength);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Value);

    /// <inheritdoc />
    public override string ToString() => Unit switch
    {
        SummaryLengthUnit.Ratio => string.Create(CultureInfo.InvariantCulture, $"ratio {Value}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Value} {Unit.ToString().ToLowerInvariant()}"),
    };
}

/// <summary>The unit of a <see cref="SummaryLength"/>.</summary>
public enum SummaryLengthUnit
{
    /// <summary>A number of sentences.</summary>
    Sentences,
    /// <summary>A fraction of the document's sentences.</summary>
    Ratio,
    /// <summary>A word budget.</summary>
    Words,
    /// <summary>A character budget.</summary>
    Characters,
}
