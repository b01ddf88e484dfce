using System.Text;

namespace Summarizer.Cli;

/// <summary>A sentence printed on one line of output.</summary>
internal static class OneLine
{
    /// <summary>
    /// <paramref name="sentence"/> with each line break inside it (a wrapped line, a subtitle cue) made a space; between
    /// two Chinese, Japanese or Korean characters, which are written without spaces, the break is dropped instead.
    /// </summary>
    public static string Of(string sentence)
    {
        if (sentence.AsSpan().IndexOfAny('\n', '\r') < 0 && !sentence.Contains('\u2028') && !sentence.Contains('\u2029') && !sentence.Contains('\u0085'))
            return sentence;
        var result = new StringBuilder(sentence.Length);
        int i = 0;
        while (i < sentence.Length)
        {
            char c = sentence[i];
            if (c is not ('\n' or '\r' or '\u2028' or '\u2029' or '\u0085'))
            {
                result.Append(c);
                i++;
                continue;
            }

            int next = i;
            while (next < sentence.Length && sentence[next] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
                next++;
            bool wideOnBothSides = result.Length > 0 && IsWide(result[^1]) && next < sentence.Length && IsWide(sentence[next]);
            if (!wideOnBothSides)
                result.Append(' ');
            i = next;
        }

        return result.ToString();
    }

    // CJK radicals to Yi, Hangul syllables, CJK compatibility and full-width forms (Unicode Standard Annex #11's wide blocks).
    private static bool IsWide(char c) => c is >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF'
        or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
