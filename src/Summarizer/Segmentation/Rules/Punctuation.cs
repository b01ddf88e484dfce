namespace Summarizer.Segmentation;

/// <summary>Character classes shared by the segmentation rules.</summary>
internal static class Punctuation
{
    /// <summary>
    /// Terminators that end a sentence wherever they occur, with or without a following space: the
    /// full-width CJK marks, the Devanagari danda, the Arabic question mark, the Urdu full stop, the Armenian
    /// full stop, the Ethiopic full stop and question mark, and the Burmese section mark.
    /// </summary>
    public static bool IsScriptTerminator(char c) => c is
        '\u3002' or '\uFF0E' or '\uFF01' or '\uFF1F' or '\uFF61' // 。 ． ！ ？ ｡
        or '\u0964' or '\u0965' // । ॥
        or '\u061F' or '\u06D4' // ؟ ۔
        or '\u0589' // ։
        or '\u1362' or '\u1367' // ። ፧
        or '\u104B'; // ။

    /// <summary>The Latin-script terminators whose meaning depends on the context.</summary>
    public static bool IsLatinTerminator(char c) => c is '.' or '?' or '!' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    /// <summary>Closing quotes and brackets that belong to the sentence they follow (“ closes German „quotes“).</summary>
    public static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u201C' or '\u2019' or '\u00BB' or '\u203A'
        or '\u300D' or '\u300F' or '\uFF09' or '\u300B' or '\u3011' or '\u3015' or '\u3009';

    /// <summary>Opening quotes and brackets (and the Spanish inverted marks) that may start a sentence.</summary>
    public static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '{' or '\u201C' or '\u2018' or '\u00AB' or '\u2039'
        or '\u201E' or '\u00BF' or '\u00A1' or '\u300C' or '\u300E' or '\uFF08' or '\u300A' or '\u3010' or '\u3014' or '\u3008';

    /// <summary>Quotation marks (as opposed to brackets) among the closers.</summary>
    public static bool IsQuote(char c) => c is '"' or '\'' or '\u201D' or '\u201C' or '\u2019' or '\u00BB' or '\u203A' or '\u300D' or '\u300F';

    /// <summary>List bullets.</summary>
    public static bool IsBullet(char c) => c is '\u2022' or '\u2043' or '\u2023' or '\u25E6' or '\u25AA' or '\u25CF' or '*';

    public static bool IsDash(char c) => c is '-' or '\u2013' or '\u2014';

    /// <summary>A hyphen that can break a word at a line end: hyphen-minus, hyphen (U+2010) or soft hyphen (U+00AD).</summary>
    public static bool IsLineEndHyphen(char c) => c is '-' or '\u2010' or '\u00AD';

    /// <summary>The first index from <paramref name="i"/> (up to <paramref name="end"/>) that is not white space.</summary>
    public static int SkipWhiteSpace(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }

    private static readonly System.Buffers.SearchValues<char> AsciiLineBreaks = System.Buffers.SearchValues.Create("\n\r\f\v");

    /// <summary>The index of the first character of <see cref="IsLineBreak"/> in <paramref name="text"/>, or -1.</summary>
    /// <remarks>
    /// Two vectorized searches, the four ASCII breaks and then the three others before the first of those: one search
    /// for all seven, ASCII and not, made segmenting the benchmark article 17% slower.
    /// </remarks>
    public static int IndexOfLineBreak(ReadOnlySpan<char> text)
    {
        int ascii = text.IndexOfAny(AsciiLineBreaks);
        int other = (ascii < 0 ? text : text[..ascii]).IndexOfAny('\u2028', '\u2029', '\u0085');
        return other >= 0 ? other : ascii;
    }

    /// <summary>Every character that may end a sentence in any language, except the language-specific extra terminators.</summary>
    public const string Terminators = ".?!\u2026\u203C\u2047\u2048\u2049\u3002\uFF0E\uFF01\uFF1F\uFF61\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B";

    /// <summary>Line separators: a sentence never continues across one unless wrapped lines are joined.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085' or '\f' or '\v';

    /// <summary>A letter that can start a sentence: an upper-case letter, or a letter of a script without case.</summary>
    public static bool IsSentenceInitialLetter(char c) => char.IsUpper(c) || char.IsLetter(c) && !char.IsLower(c);
}
