using System.Globalization;
using System.Text;

namespace Summarizer.Text;

/// <summary>
/// The default tokenizer: a word is a run of letters, digits and combining marks. An apostrophe
/// between letters stays inside the word (<c>don't</c>, <c>O'Neill</c>), as does a point or comma
/// between digits (<c>3.5</c>, <c>1,200</c>); everything else separates words and is not a token.
/// Chinese and Japanese are written without spaces, so each Han ideograph, Hiragana and Katakana character
/// is a token of its own: term statistics over single characters still find which sentences share content.
/// </summary>
public sealed class WordTokenizer : Tokenizer
{
    /// <summary>A shared instance; the tokenizer holds no state.</summary>
    public static WordTokenizer Instance { get; } = new();

    /// <inheritdoc />
    protected override void TokenizeCore(string text, TextSpan span, ICollection<TextSpan> words)
    {
        int end = span.End;
        int i = span.Start;
        while (i < end)
        {
            int width = WordCharWidth(text, i, end);
            if (width == 0)
            {
                i++;
                continue;
            }

            int start = i;
            i += width;
            if (IsCjk(text, start))
            {
                words.Add(TextSpan.FromBounds(start, i));
                continue;
            }

            while (i < end)
            {
                width = WordCharWidth(text, i, end);
                if (width > 0 && IsCjk(text, i))
                    break;
                if (width > 0)
                {
                    i += width;
                }
                else if (i + 1 < end && IsJoiner(text[i], text[i - 1], text[i + 1]))
                {
                    i++; // the joiner; the next iteration consumes the character after it
                }
                else
                {
                    break;
                }
            }

            words.Add(TextSpan.FromBounds(start, i));
        }
    }

    /// <summary>The UTF-16 width of the word character at <paramref name="i"/>, or 0 when it is not one.</summary>
    private static int WordCharWidth(string text, int i, int end)
    {
        char c = text[i];
        if (char.IsLetterOrDigit(c))
            return 1;
        if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
        {
            var rune = new Rune(c, text[i + 1]);
            return Rune.IsLetterOrDigit(rune) ? 2 : 0;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark ? 1 : 0;
    }

    /// <summary>Whether the character at <paramref name="i"/> is a Han ideograph, Hiragana or Katakana.</summary>
    private static bool IsCjk(string text, int i)
    {
        int c = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? char.ConvertToUtf32(text[i], text[i + 1])
            : text[i];
        return c is >= 0x3040 and <= 0x30FF      // Hiragana, Katakana
            or >= 0x3400 and <= 0x4DBF           // CJK Extension A
            or >= 0x4E00 and <= 0x9FFF           // CJK Unified Ideographs
            or >= 0xF900 and <= 0xFAFF           // CJK Compatibility Ideographs
            or >= 0x20000 and <= 0x3FFFF;        // CJK Extensions B and later
    }

    private static bool IsJoiner(char c, char before, char after) => c switch
    {
        '\'' or '\u2019' => char.IsLetter(before) && char.IsLetter(after),
        '.' or ',' => char.IsDigit(before) && char.IsDigit(after),
        _ => false,
    };
}
