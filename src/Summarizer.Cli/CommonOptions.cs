using System.CommandLine;
using System.Globalization;
using System.Text;
using Summarizer.Text;

namespace Summarizer.Cli;

/// <summary>Options shared by several commands, parsed the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<int?> Sentences() => new("--sentences", "-n") { Description = "Summary length in sentences (default 3)." };

    public static Option<double?> Ratio() => new("--ratio") { Description = "Summary length as a fraction of the document's sentences, in (0, 1]." };

    public static Option<int?> Words() => new("--words") { Description = "Summary length as a word budget." };

    public static Option<int?> Chars() => new("--chars") { Description = "Summary length as a character budget." };

    public static Option<string> Algorithm(string defaultValue = "default") => new("--algorithm", "-a")
    {
        Description = $"Ranking method: {string.Join(", ", Algorithms.Names)}.",
        DefaultValueFactory = _ => defaultValue,
    };

    public static Option<string> Language() => new("--language", "-l")
    {
        Description = $"Language for stop words and stemming: auto (detect from the text), {string.Join(", ", LanguageCodes.All)}.",
        DefaultValueFactory = _ => "en",
    };

    /// <summary>The summary length from whichever one of the length options was given.</summary>
    public static SummaryLength ResolveLength(ParseResult parse, Option<int?> sentences, Option<double?> ratio, Option<int?> words, Option<int?> chars)
    {
        int? n = parse.GetValue(sentences), w = parse.GetValue(words), c = parse.GetValue(chars);
        double? r = parse.GetValue(ratio);
        int given = (n is null ? 0 : 1) + (r is null ? 0 : 1) + (w is null ? 0 : 1) + (c is null ? 0 : 1);
        if (given > 1)
            throw CliException.Usage("give only one of --sentences, --ratio, --words and --chars.");
        try
        {
            return r is { } ratioValue ? SummaryLength.Ratio(ratioValue)
                : w is { } wordCount ? SummaryLength.Words(wordCount)
                : c is { } charCount ? SummaryLength.Characters(charCount)
                : SummaryLength.Sentences(n ?? 3);
        }
        catch (ArgumentOutOfRangeException e)
        {
            string value = Convert.ToString(e.ActualValue, CultureInfo.InvariantCulture) ?? "";
            throw CliException.Usage($"invalid summary length {value}: {FirstLine(e.Message)}");
        }
    }

    /// <summary>The language given, or null for "auto" (detect each text's language).</summary>
    public static Language? ResolveLanguage(ParseResult parse, Option<string> option)
    {
        string? value = parse.GetValue(option);
        if (string.Equals(value, "auto", StringComparison.OrdinalIgnoreCase))
            return null;
        if (!LanguageCodes.TryParse(value, out Language language))
            throw CliException.Usage($"unknown language '{value}'; use auto or one of {string.Join(", ", LanguageCodes.All)}.");
        return language;
    }

    /// <summary>How much of an input's beginning is searched for NUL characters, the mark of a binary file.</summary>
    private const int BinaryProbeLength = 8192;

    /// <summary>
    /// Reads a whole input: a file path, or "-" for standard input. Byte sequences that are not valid UTF-8 become
    /// U+FFFD and the rest is used as it is. An input with a NUL character in its first 8,192 characters is taken for a
    /// binary file, and one longer than <see cref="SummarizerPipeline.DefaultMaxInputLength"/> characters is too long:
    /// both are refused with a one-line message naming the input (exit code 1).
    /// </summary>
    public static string ReadInput(string path, CliIO io)
    {
        string name = path == "-" ? "standard input" : $"'{path}'";
        string text;
        if (path == "-")
        {
            text = io.In.ReadToEnd();
        }
        else
        {
            try
            {
                // A UTF-8 character takes at most 3 bytes per UTF-16 unit: a larger file is certainly over the limit.
                long bytes = new FileInfo(path).Length;
                if (bytes > 3L * SummarizerPipeline.DefaultMaxInputLength)
                    throw TooLong(name, bytes, "bytes");
                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.InputError, $"cannot read {name}: {e.Message}");
            }
        }

        if (text.AsSpan(0, Math.Min(text.Length, BinaryProbeLength)).Contains('\0'))
            throw new CliException(ExitCodes.InputError, $"{name} looks like a binary file (it contains NUL bytes); give a text file.");
        if (text.Length > SummarizerPipeline.DefaultMaxInputLength)
            throw TooLong(name, text.Length, "characters");
        return text;
    }

    private static CliException TooLong(string name, long length, string unit) => new(ExitCodes.InputError,
        string.Create(CultureInfo.InvariantCulture, $"{name} is too long ({length} {unit}); the limit is {SummarizerPipeline.DefaultMaxInputLength} characters."));

    private static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
