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
        if (sentence.AsSpan().IndexOfAny(LineBreaks) < 0)
            return sentence;
        var result = new StringBuilder(sentence.Length);
        int i = 0;
        while (i < sentence.Length)
        {
            char c = sentence[i];
            if (!LineBreaks.Contains(c))
            {
                result.Append(c);
                i++;
                continue;
            }

            int next = i;
            while (next < sentence.Length && LineBreaks.Contains(sentence[next]))
                next++;
            bool wideOnBothSides = result.Length > 0 && IsWide(result[^1]) && next < sentence.Length && IsWide(sentence[next]);
            if (!wideOnBothSides)
                result.Append(' ');
            i = next;
        }

        return result.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029\u0085");

    // CJK radicals to Yi, Hangul syllables, CJK compatibility and full-width forms (Unicode Standard Annex #11's wide blocks).
    private static bool IsWide(char c) => c is >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF'
        or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
