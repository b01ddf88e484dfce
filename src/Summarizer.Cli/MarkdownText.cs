using System.Text;

namespace Summarizer.Cli;

/// <summary>Text placed in Markdown output so that it renders as written, never as markup or HTML.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Escapes <paramref name="text"/> for one line of CommonMark: HTML-significant characters become entities
    /// (<c>&lt;script&gt;</c> is shown, not run or swallowed), inline markup characters get a backslash, and a line that
    /// would start a heading, quote, list or rule is escaped at its first character.
    /// </summary>
    public static string Escape(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '&':
                    result.Append("&amp;");
                    break;
                case '<':
                    result.Append("&lt;");
                    break;
                case '>':
                    result.Append("&gt;");
                    break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    result.Append('\\').Append(c);
                    break;
                case '#' or '+' or '-' or '=' when i == 0:
                    result.Append('\\').Append(c);
                    break;
                case '.' or ')' when i > 0 && IsAllDigits(text.AsSpan(0, i)):
                    // "1. " or "1) " at the start would begin an ordered list.
                    result.Append('\\').Append(c);
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }

    private static bool IsAllDigits(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (c is < '0' or > '9')
                return false;
        }

        return true;
    }
}
