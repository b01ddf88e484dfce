namespace Summarizer.Text;

/// <summary>ISO 639-1 codes for <see cref="Language"/> values, for command lines and configuration files.</summary>
public static class LanguageCodes
{
    private static readonly (string Code, Language Language)[] Codes =
    [
        ("none", Language.None), ("en", Language.English), ("hy", Language.Armenian), ("eu", Language.Basque),
        ("ca", Language.Catalan), ("da", Language.Danish), ("nl", Language.Dutch), ("fi", Language.Finnish),
        ("fr", Language.French), ("de", Language.German), ("hu", Language.Hungarian), ("ga", Language.Irish),
        ("it", Language.Italian), ("no", Language.Norwegian), ("pt", Language.Portuguese), ("ro", Language.Romanian),
        ("ru", Language.Russian), ("es", Language.Spanish), ("sv", Language.Swedish), ("tr", Language.Turkish),
        ("ar", Language.Arabic), ("zh", Language.Chinese), ("ja", Language.Japanese),
    ];

    /// <summary>All supported codes, in the order of the <see cref="Language"/> enumeration.</summary>
    public static IEnumerable<string> All => Codes.Select(static c => c.Code);

    /// <summary>Parses an ISO 639-1 code (<c>en</c>) or an English language name (<c>English</c>), ignoring case.</summary>
    /// <param name="value">The code or name.</param>
    /// <param name="language">The language, when recognised.</param>
    /// <returns>Whether <paramref name="value"/> names a supported language.</returns>
    public static bool TryParse(string? value, out Language language)
    {
        foreach (var (code, lang) in Codes)
        {
            if (string.Equals(code, value, StringComparison.OrdinalIgnoreCase) || string.Equals(lang.ToString(), value, StringComparison.OrdinalIgnoreCase))
            {
                language = lang;
                return true;
            }
        }

        language = Language.None;
        return false;
    }

    /// <summary>The ISO 639-1 code of <paramref name="language"/> (<c>none</c> for <see cref="Language.None"/>).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not defined.</exception>
    public static string ToCode(Language language)
    {
        foreach (var (code, lang) in Codes)
        {
            if (lang == language)
                return code;
        }

        throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language.");
    }
}
