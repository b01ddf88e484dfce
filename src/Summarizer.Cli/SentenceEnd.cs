using System.Buffers;

namespace Summarizer.Cli;

/// <summary>Whether a line or sentence ends the way a sentence does, for the input readers that must tell (subtitles, web pages).</summary>
internal static class SentenceEnd
{
    // Full stop, exclamation and question marks, the ellipsis, and the ideographic, full-width, Arabic and Devanagari ones.
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?\u2026\u3002\uFF01\uFF1F\u061F\u0964");

    /// <summary>Quotation marks and brackets that close after a sentence's final mark.</summary>
    public const string Closers = "\"'\u201D\u2019\u00BB)]";

    /// <summary>
    /// Whether <paramref name="text"/> ends with a sentence-final mark, or with one of <paramref name="alsoEnding"/>,
    /// before any white space and characters of <paramref name="closers"/>.
    /// </summary>
    public static bool EndsWithTerminator(ReadOnlySpan<char> text, ReadOnlySpan<char> closers, ReadOnlySpan<char> alsoEnding = default)
    {
        ReadOnlySpan<char> end = text.TrimEnd().TrimEnd(closers).TrimEnd();
        return end.Length > 0 && (Terminators.Contains(end[^1]) || alsoEnding.Contains(end[^1]));
    }
}
