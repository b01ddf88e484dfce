using System.Buffers;
using System.Globalization;
using System.Text;

namespace Summarizer.Segmentation;

/// <summary>
/// Emoji and text emoticons (":)", ";-)", ":D"). In chat, reviews and social media they follow the sentence they
/// comment on ("Так красиво! 😍😍 Зато", "It's well cool. :)"), so they belong to it rather than opening the next.
/// </summary>
internal static class Emoji
{
    /// <summary>The UTF-16 units an emoji can start with: the dingbats and symbols blocks and the high surrogates of the emoji planes.</summary>
    public static readonly string Starts = Range('\u2600', '\u27BF') + Range('\u2B00', '\u2BFF') + Range('\uD83C', '\uD83E');

    /// <summary>The characters a text emoticon starts with, its eyes.</summary>
    public const string EmoticonEyes = ":;=";

    private static string Range(char first, char last) =>
        string.Create(last - first + 1, first, static (span, from) =>
        {
            for (int k = 0; k < span.Length; k++)
                span[k] = (char)(from + k);
        });

    /// <summary>
    /// Whether the emoji run at <paramref name="at"/> ends a sentence that has no terminator ("Так красиво 😍 Зато в
    /// горах", "Loved it 👍 The staff", "so happy with it :) The room"): emoji and emoticons stand for the final
    /// punctuation in chat and social media, so a capitalised word after them starts the next sentence. Returns the end
    /// of the run, or -1.
    /// </summary>
    public static int EndsSentence(string text, int at, int end)
    {
        int runEnd = RunEnd(text, at, end);
        if (runEnd < 0)
            return -1;
        int next = runEnd;
        while (next < end && char.IsWhiteSpace(text[next]))
            next++;
        return next > runEnd && next < end && char.IsUpper(text[next]) ? runEnd : -1;
    }

    /// <summary>
    /// The end of the run of emoji and emoticons (with the spaces between them) that starts at <paramref name="at"/>,
    /// the spaces after the last one left out; -1 when none starts there.
    /// </summary>
    public static int RunEnd(string text, int at, int end)
    {
        int runEnd = -1;
        int k = at;
        while (k < end)
        {
            int symbolEnd = SymbolEnd(text, k, end);
            if (symbolEnd < 0)
                break;
            runEnd = symbolEnd;
            k = symbolEnd;
            while (k < end && text[k] is ' ' or '\t' or '\u00A0')
                k++;
        }

        return runEnd;
    }

    /// <summary>The end of one emoji (with its modifiers) or emoticon at <paramref name="at"/>, or -1.</summary>
    private static int SymbolEnd(string text, int at, int end)
    {
        if (Rune.DecodeFromUtf16(text.AsSpan(at, end - at), out Rune rune, out int length) == OperationStatus.Done && IsPictograph(rune))
        {
            int k = at + length;
            // Variation selectors, zero-width joiners, keycaps and skin tones continue the same emoji.
            while (k < end && Rune.DecodeFromUtf16(text.AsSpan(k, end - k), out Rune next, out int nextLength) == OperationStatus.Done
                && (next.Value is 0xFE0F or 0x200D or 0x20E3 || IsPictograph(next)))
                k += nextLength;
            return k;
        }

        return EmoticonEnd(text, at, end);
    }

    /// <summary>Symbols from the arrows block up (pictographs, dingbats, emoji), not ©, ®, ° or №.</summary>
    private static bool IsPictograph(Rune rune) =>
        rune.Value >= 0x2190 && Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol;

    /// <summary>":)", ":-)", ";)", ":D", ":(", ":P", "=)", ":))": eyes, an optional nose, a mouth, as a word of its own.</summary>
    private static int EmoticonEnd(string text, int at, int end)
    {
        if (at + 1 >= end || text[at] is not (':' or ';' or '='))
            return -1;
        int k = at + 1;
        if (text[k] is '-' or '\'')
            k++;
        if (k >= end || text[k] is not (')' or '(' or 'D' or 'P' or 'p' or '/' or '|' or ']' or '[' or '*' or '3'))
            return -1;
        char mouth = text[k];
        while (k < end && text[k] == mouth)
            k++;
        return k == end || char.IsWhiteSpace(text[k]) ? k : -1;
    }
}
