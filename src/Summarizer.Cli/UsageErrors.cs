using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Cli;

/// <summary>Usage errors in the user's words: unknown options with a suggestion, values described by what they should be.</summary>
internal static partial class UsageErrors
{
    /// <summary>
    /// The message for the first word that looks like an option but is none of the command's, such as
    /// <c>--sentence</c> or <c>--bogus</c>, or null when there is none. Without this check a command that takes file
    /// names would read an unknown option as a file. Words after <c>--</c> are operands and never options.
    /// </summary>
    public static string? UnknownOption(ParseResult parse, string[] args)
    {
        int operandsFrom = Array.IndexOf(args, "--");
        var words = new List<string>(parse.UnmatchedTokens);
        for (SymbolResult? result = parse.CommandResult; result is not null; result = result.Parent)
        {
            if (result is not CommandResult command)
                continue;
            foreach (SymbolResult child in command.Children)
            {
                if (child is ArgumentResult argument)
                    words.AddRange(argument.Tokens.Select(token => token.Value));
            }
        }

        foreach (string word in words)
        {
            if (!LooksLikeOption(word))
                continue;
            int at = Array.IndexOf(args, word);
            if (operandsFrom >= 0 && (at < 0 || at > operandsFrom))
                continue;
            string name = word.Split('=', 2)[0];
            string? suggestion = Suggest(name, Candidates(parse.CommandResult));
            return suggestion is null ? $"unknown option '{name}'." : $"unknown option '{name}'; did you mean {suggestion}?";
        }

        return null;
    }

    /// <summary>A parser message in the user's words: "Cannot parse argument 'abc' for option '--limit' as expected type 'System.Nullable`1[System.Int32]'" becomes "--limit expects a whole number, got 'abc'".</summary>
    public static string Describe(string message)
    {
        Match match = CannotParse().Match(message);
        if (!match.Success)
            return message;
        string type = match.Groups["type"].Value;
        string expected = type.Contains("Int", StringComparison.Ordinal) ? "a whole number"
            : type.Contains("Double", StringComparison.Ordinal) || type.Contains("Single", StringComparison.Ordinal) || type.Contains("Decimal", StringComparison.Ordinal) ? "a number"
            : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
            : "another kind of value";
        return $"{match.Groups["option"].Value} expects {expected}, got '{match.Groups["value"].Value}'.";
    }

    /// <summary>A whole-number option of at least 1, such as <c>--sentences</c>: errors name the option and say what it takes.</summary>
    public static int? ParseCount(ArgumentResult result, string option)
    {
        string value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int count))
        {
            result.AddError($"{option} expects a whole number of at least 1, got '{value}'.");
            return null;
        }

        if (count < 1)
        {
            result.AddError($"{option} must be at least 1, got {value}.");
            return null;
        }

        return count;
    }

    /// <summary>A fraction in (0, 1], such as <c>--ratio</c>.</summary>
    public static double? ParseFraction(ArgumentResult result, string option)
    {
        string value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double fraction) || !(fraction > 0 && fraction <= 1))
        {
            result.AddError($"{option} expects a number in (0, 1], got '{value}'.");
            return null;
        }

        return fraction;
    }

    /// <summary>A weight in [0, 1], or an error naming the option.</summary>
    public static double? ParseWeight(ArgumentResult result, string option)
    {
        string value = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double weight) || !(weight >= 0 && weight <= 1))
        {
            result.AddError($"{option} expects a number in [0, 1], got '{value}'.");
            return null;
        }

        return weight;
    }

    /// <summary>"-x" or "--xyz", but not "-" (standard input) and not a negative number (a value).</summary>
    private static bool LooksLikeOption(string word) =>
        word.Length > 1 && word[0] == '-' && !double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static IEnumerable<string> Candidates(CommandResult command)
    {
        for (SymbolResult? result = command; result is not null; result = result.Parent)
        {
            if (result is not CommandResult current)
                continue;
            foreach (Option option in current.Command.Options)
            {
                if (current == command || option.Recursive)
                {
                    yield return option.Name;
                    foreach (string alias in option.Aliases)
                        yield return alias;
                }
            }
        }
    }

    /// <summary>The known option closest to <paramref name="name"/>: one it begins, or one a few edits away.</summary>
    private static string? Suggest(string name, IEnumerable<string> candidates)
    {
        // A one- or two-letter guess such as "-x" is a few edits from every short option: no suggestion would mean anything.
        if (name.TrimStart('-').Length < 3)
            return null;
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (string candidate in candidates.Where(c => c.StartsWith("--", StringComparison.Ordinal)))
        {
            int distance = candidate.StartsWith(name, StringComparison.Ordinal) && name.Length > 3 ? 1 : Distance(name, candidate);
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        int allowed = Math.Max(1, (name.TrimStart('-').Length + 2) / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Levenshtein distance.</summary>
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    [GeneratedRegex("^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']*)' as expected type '(?<type>[^']*)'")]
    private static partial Regex CannotParse();
}
