using System.Buffers;
using System.Text;

namespace Summarizer.Text;

/// <summary>
/// A sentence of a wrapped text made one line for display: in a list, a table cell, a terminal or an HTML element,
/// where the line breaks of the original wrapping would either break the sentence or show as stray spaces.
/// </summary>
/// <remarks>
/// Only white space changes; every other character of the sentence is kept, in order, so the result never reads a
/// word the original did not have. <see cref="ScoredSentence.Text"/> and the spans stay verbatim; this is for showing them.
/// </remarks>
public static class OneLine
{
    /// <summary>
    /// <paramref name="text"/> with each line break, together with the spaces and tabs around it, replaced so the text
    /// reads as one line:
    /// <list type="bullet">
    /// <item>by nothing between two characters of a script written without spaces between words (Chinese, Japanese,
    /// Thai, Lao, Khmer, Burmese), where a wrapped line breaks between two characters of running text;</item>
    /// <item>by nothing after a hyphen that follows a letter when the next line starts with a lower-case letter
    /// ("aver-", "age" gives "aver-age"; "well-", "known" gives "well-known"): the hyphen is kept, since without a
    /// dictionary a word divided at a syllable cannot be told from a compound that has its own hyphen;</item>
    /// <item>by one space everywhere else, Korean included (it puts spaces between words).</item>
    /// </list>
    /// </summary>
    /// <param name="text">A sentence (or any text); returned as it is when it has no line break.</param>
    /// <returns>The text on one line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int first = text.AsSpan().IndexOfAny(LineBreaks);
        if (first < 0)
            return text;

        var result = new StringBuilder(text.Length);
        int i = 0;
        while (first >= 0)
        {
            // The break's white space: back over the spaces and tabs before it, on over every white space after it.
            int before = first;
            while (before > i && text[before - 1] is ' ' or '\t')
                before--;
            int after = first;
            while (after < text.Length && char.IsWhiteSpace(text[after]))
                after++;

            result.Append(text, i, before - i);
            if (before > 0 && after < text.Length && !JoinsWithoutSpace(text, before - 1, after))
                result.Append(' ');
            i = after;
            int next = text.AsSpan(i).IndexOfAny(LineBreaks);
            first = next < 0 ? -1 : i + next;
        }

        result.Append(text, i, text.Length - i);
        return result.ToString();
    }

    /// <summary>Whether the characters at <paramref name="last"/> (before a break) and <paramref name="next"/> (after it) join without a space.</summary>
    private static bool JoinsWithoutSpace(string text, int last, int next)
    {
        char c = text[last];
        if (IsWrittenWithoutSpaces(c) && IsWrittenWithoutSpaces(text[next]))
            return true;
        return Segmentation.Punctuation.IsLineEndHyphen(c) && last > 0 && char.IsLetter(text[last - 1]) && char.IsLower(text[next]);
    }

    /// <summary>
    /// Whether a character belongs to a script written without spaces between words, or is that writing's punctuation:
    /// CJK symbols and punctuation, kana, Han, Yi and full-width forms (U+2E80 to U+A4CF except Hangul's compatibility
    /// Jamo, U+F900 to U+FAFF, U+FE30 to U+FE4F, U+FF00 to U+FF60), Thai, Lao, Myanmar and Khmer.
    /// </summary>
    internal static bool IsWrittenWithoutSpaces(char c) => c is >= '\u2E80' and <= '\uA4CF' and not (>= '\u3130' and <= '\u318F')
        or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60'
        or >= '\u0E00' and <= '\u0EFF' or >= '\u1000' and <= '\u109F' or >= '\u1780' and <= '\u17FF';

    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\u2028\u2029\u0085\u000B\u000C");
}
