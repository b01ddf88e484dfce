using System.CommandLine;
using System.Globalization;
using System.Text;
using Summarizer.Text;
using Summarizer.Weighting;

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

    public static Option<string?> Idf() => new("--idf") { Description = "Corpus IDF model (from 'summarize idf fit') for TF-IDF weighting, instead of the document's own sentences." };

    /// <summary>The IDF model named by <paramref name="option"/>, loaded once, or null when the option is absent.</summary>
    public static IdfModel? ResolveIdf(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } path ? LoadIdf(path) : null;

    /// <summary>Loads an IDF model file, turning read and format errors into input errors.</summary>
    public static IdfModel LoadIdf(string path)
    {
        try
        {
            return IdfModel.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot read '{path}': {e.Message}");
        }
        catch (InvalidDataException e)
        {
            throw new CliException(ExitCodes.InputError, $"'{path}': {e.Message}");
        }
    }

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

    /// <summary>Reads a whole input: a file path, or "-" for standard input. Invalid UTF-8 becomes U+FFFD.</summary>
    public static string ReadInput(string path, CliIO io)
    {
        if (path == "-")
            return io.In.ReadToEnd();
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot read '{path}': {e.Message}");
        }
    }

    /// <summary>Opens a text input for streaming: a file path, or "-" for standard input.</summary>
    public static TextReader OpenInput(string path, CliIO io)
    {
        if (path == "-")
            return io.In;
        try
        {
            return new StreamReader(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot read '{path}': {e.Message}");
        }
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
