using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Summarizer.Cli;

/// <summary>JSON syntax errors as people count: lines and columns from 1, in characters, without the reader's internal position.</summary>
internal static class JsonErrors
{
    /// <summary>
    /// "invalid JSON at line 4, column 2: 'b' is an invalid start of a property name." for an error in
    /// <paramref name="line"/>, line <paramref name="lineNumber"/> of the input, instead of the reader's
    /// "LineNumber: 0 | BytePositionInLine: 1" (counted from 0, in UTF-8 bytes).
    /// </summary>
    public static string Describe(JsonException exception, string line, long lineNumber)
    {
        string problem = exception.Message;
        int position = problem.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (position >= 0)
            problem = problem[..position];
        long column = exception.BytePositionInLine is { } bytes ? CharacterIndex(line, bytes) + 1 : 1;
        return string.Create(CultureInfo.InvariantCulture, $"invalid JSON at line {lineNumber}, column {column}: {problem}");
    }

    /// <summary>The UTF-16 index in <paramref name="text"/> of the character at UTF-8 byte offset <paramref name="byteOffset"/>.</summary>
    private static long CharacterIndex(string text, long byteOffset)
    {
        long bytes = 0;
        int index = 0;
        foreach (Rune rune in text.EnumerateRunes())
        {
            if (bytes >= byteOffset)
                break;
            bytes += rune.Utf8SequenceLength;
            index += rune.Utf16SequenceLength;
        }

        return index;
    }
}
