namespace Summarizer.Text;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units in the original text.
/// Sentences and tokens are views over the input string, never trimmed copies, so a span
/// always maps back to exactly what the caller passed in.
/// </summary>
public readonly record struct TextSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="start">Offset of the first character, in UTF-16 code units.</param>
    /// <param name="length">Number of UTF-16 code units.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative.</exception>
    public TextSpan(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Start = start;
        Length = length;
    }

    /// <summary>Offset of the first character.</summary>
    public int Start { get; }

    /// <summary>Number of characters.</summary>
    public int Length { get; }

    /// <summary>Offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Creates a span from its start and exclusive end.</summary>
    /// <param name="start">Offset of the first character.</param>
    /// <param name="end">Offset just past the last character.</param>
    /// <returns>The span <c>[start, end)</c>.</returns>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>Returns the characters this span covers in <paramref name="text"/>.</summary>
    /// <param name="text">The text the span was taken from.</param>
    /// <returns>A slice of <paramref name="text"/>, without copying.</returns>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
