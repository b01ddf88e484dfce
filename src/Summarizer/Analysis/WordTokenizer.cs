using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using Summarizer.Text;

namespace Summarizer.Analysis;

/// <summary>
/// The default tokenizer. A word is a run of letters and digits, with combining marks kept on the character they
/// follow (<c>e</c> + U+0301 is one word) and letters outside the Basic Multilingual Plane taken as whole code points.
/// Some characters join the parts around them into one word: an apostrophe between letters (<c>don't</c>,
/// <c>O'Neill</c>, <c>l'homme</c>, also the typographic <c>’</c>), a hyphen between letters or digits
/// (<c>state-of-the-art</c>, <c>COVID-19</c>; a leading, trailing or doubled hyphen is no part of a word), a point,
/// comma or colon between digits (<c>3.14</c>, <c>1,000,000</c>, <c>12:30</c>), and a zero-width (non-)joiner between
/// letters (Persian, Indic scripts). URLs (<c>http://</c>, <c>https://</c>, <c>ftp://</c>, <c>www.</c>, without trailing
/// sentence punctuation or an unbalanced closing bracket), e-mail addresses, hashtags (<c>#Brexit</c>) and mentions
/// (<c>@nasa</c>) are single tokens. Emoji, symbols, punctuation and unpaired surrogates are never part of a token.
/// Chinese and Japanese are written without spaces, so each Han ideograph, Hiragana and Katakana character is a
/// token of its own: term statistics over single characters still find which sentences share content.
/// </summary>
/// <remarks>
/// The tokenizer scans each character once (URLs and e-mail addresses are checked only where one can start) and
/// allocates nothing per token: every token is a span of the original text.
/// </remarks>
public sealed class WordTokenizer : Tokenizer
{
    /// <summary>A shared instance; the tokenizer holds no state.</summary>
    public static WordTokenizer Instance { get; } = new();

    private enum CharClass : byte
    {
        /// <summary>Not part of a word: space, punctuation, symbol, emoji, unpaired surrogate.</summary>
        None,
        Letter,
        Digit,
        /// <summary>A Han ideograph, Hiragana or Katakana: a token by itself.</summary>
        Ideograph,
        /// <summary>A combining mark: extends the token before it, never starts one.</summary>
        Mark,
        /// <summary>U+FE0F (emoji presentation) or U+20E3 (keycap): turns the character before it into an emoji.</summary>
        EmojiModifier,
    }

    /// <inheritdoc />
    protected override void TokenizeCore(string text, TextSpan span, ICollection<TextSpan> words)
    {
        // The analyzer passes a List: the copy of Scan made for ListSink adds each word with List.Add inlined, where a
        // call through ICollection costs an interface dispatch per word.
        if (words is List<TextSpan> list)
            Scan(text, span, new ListSink(list));
        else
            Scan(text, span, new CollectionSink(words));
    }

    private interface ISpanSink
    {
        void Add(TextSpan span);
    }

    private readonly struct ListSink(List<TextSpan> list) : ISpanSink
    {
        public void Add(TextSpan span) => list.Add(span);
    }

    private readonly struct CollectionSink(ICollection<TextSpan> collection) : ISpanSink
    {
        public void Add(TextSpan span) => collection.Add(span);
    }

    private static void Scan<TSink>(string text, TextSpan span, TSink words)
        where TSink : struct, ISpanSink
    {
        int end = span.End;
        int i = span.Start;
        while (i < end)
        {
            char c = text[i];
            if (c < 0x80 && !char.IsAsciiLetterOrDigit(c) && c is not ('#' or '@'))
            {
                i++; // ASCII space and punctuation start no token: skipped without the general classification
                continue;
            }

            CharClass kind = Classify(text, i, end, out int width);
            if (kind is CharClass.Letter or CharClass.Digit)
            {
                int tokenEnd;
                if (kind == CharClass.Letter && MayStartUrl(text, i, end) && TryScanUrl(text, i, end, out tokenEnd))
                {
                    words.Add(TextSpan.FromBounds(i, tokenEnd));
                    i = tokenEnd;
                    continue;
                }

                tokenEnd = ScanWord(text, i, end, kind, width, out bool isEmoji);
                if (isEmoji)
                {
                    i = tokenEnd;
                    continue;
                }

                if (tokenEnd < end && MayContinueAsEmail(text, tokenEnd, end) && TryScanEmail(text, i, end, out int emailEnd))
                    tokenEnd = emailEnd;
                words.Add(TextSpan.FromBounds(i, tokenEnd));
                i = tokenEnd;
            }
            else if (kind == CharClass.Ideograph)
            {
                int start = i;
                i += width;
                while (i < end && Classify(text, i, end, out width) is CharClass.Mark or CharClass.EmojiModifier)
                    i += width;
                words.Add(TextSpan.FromBounds(start, i));
            }
            else if (c is '#' or '@' && IsBoundaryBefore(text, i, span.Start) && TryScanTag(text, i, end, out int tagEnd))
            {
                words.Add(TextSpan.FromBounds(i, tagEnd));
                i = tagEnd;
            }
            else
            {
                i += width;
            }
        }
    }

    /// <summary>
    /// The end of the word starting at <paramref name="start"/> with a letter or digit of class <paramref name="first"/>;
    /// <paramref name="isEmoji"/> when that character is followed by an emoji modifier (<c>1️⃣</c>, <c>ℹ️</c>), so the
    /// returned end skips the whole emoji.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called once per word: the call cost as much as scanning a short word
    private static int ScanWord(string text, int start, int end, CharClass first, int firstWidth, out bool isEmoji)
    {
        isEmoji = false;
        CharClass last = first;
        int i = start + firstWidth;
        while (i < end)
        {
            // ASCII letters and digits, most characters of most words, are passed over eight at a time, without the
            // general classification and without a branch per character (whose exit at the word's end, at a different
            // place in every word, the processor mispredicted once a word).
            int run = AsciiLetterOrDigitRun(text, i, end);
            if (run > 0)
            {
                i += run;
                last = char.IsAsciiDigit(text[i - 1]) ? CharClass.Digit : CharClass.Letter;
                if (i >= end)
                    break;
            }

            CharClass next = Classify(text, i, end, out int width);
            if (next is CharClass.Letter or CharClass.Digit)
            {
                last = next;
                i += width;
                continue;
            }

            if (next == CharClass.Mark)
            {
                i += width;
                continue;
            }

            if (next == CharClass.EmojiModifier)
            {
                if (i != start + firstWidth)
                    break; // a modifier after a longer word: end the word, skip the modifier
                isEmoji = true;
                while (i < end && Classify(text, i, end, out width) is CharClass.EmojiModifier or CharClass.Mark)
                    i += width;
                return i;
            }

            char c = text[i];
            if (next == CharClass.Ideograph || i + 1 >= end || !IsJoinerCandidate(c))
                break;
            CharClass after = Classify(text, i + 1, end, out _);
            bool joins = c switch
            {
                '\'' or '\u2019' or '\u200C' or '\u200D' => last == CharClass.Letter && after == CharClass.Letter,
                '-' or '\u2010' or '\u2011' => after is CharClass.Letter or CharClass.Digit,
                _ => last == CharClass.Digit && after == CharClass.Digit, // '.' ',' ':'
            };
            if (!joins)
                break;
            i++; // the joiner; the next iteration consumes the character after it
        }

        return i;
    }

    /// <summary>The number of ASCII letters and digits from <paramref name="i"/> on, up to <paramref name="end"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AsciiLetterOrDigitRun(string text, int i, int end)
    {
        int start = i;
        if (Vector128.IsHardwareAccelerated)
        {
            // Eight characters at a time while eight remain in the string; the count stops at the first other character.
            ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            while (i <= text.Length - Vector128<ushort>.Count)
            {
                Vector128<ushort> v = Vector128.LoadUnsafe(ref chars, (nuint)i);
                Vector128<ushort> letter = Vector128.LessThan((v | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)26));
                Vector128<ushort> digit = Vector128.LessThan(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
                // Two bits a character, from the bytes' top bits: the byte-wide extraction is one instruction on every
                // x64 and Arm64 processor, the 16-bit one is not (a call, in a build for baseline x64).
                uint other = (~(letter | digit)).AsByte().ExtractMostSignificantBits();
                if (other != 0)
                    return Math.Min(i + BitOperations.TrailingZeroCount(other) / 2, end) - start;
                i += Vector128<ushort>.Count;
                if (i >= end)
                    return end - start;
            }
        }

        while (i < end && char.IsAsciiLetterOrDigit(text[i]))
            i++;
        return i - start;
    }

    /// <summary>
    /// Whether a URL prefix can start at <paramref name="i"/>: <c>ht</c> (<c>http://</c>), <c>ft</c> (<c>ftp://</c>) or
    /// <c>ww</c> (<c>www.</c>), in either case. A cheap test before <see cref="TryScanUrl"/>, which would otherwise run
    /// for every word that starts with h, f or w.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayStartUrl(string text, int i, int end)
    {
        if (i + 1 >= end)
            return false;
        int second = text[i + 1] | 0x20;
        return (text[i] | 0x20) switch
        {
            'h' or 'f' => second == 't',
            'w' => second == 'w',
            _ => false,
        };
    }

    /// <summary>
    /// Whether the character at <paramref name="i"/>, right after a word, can carry that word on into an e-mail address:
    /// an <c>@</c>, or a point, underscore, plus or hyphen followed by another character of a local part. A cheap test
    /// before <see cref="TryScanEmail"/>, which would otherwise rescan every word that ends a sentence.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayContinueAsEmail(string text, int i, int end)
    {
        char c = text[i];
        if (c == '@')
            return true;
        if (c is not ('.' or '_' or '+' or '-') || i + 1 >= end)
            return false;
        char next = text[i + 1];
        return IsEmailLocalChar(next) || next == '@';
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsJoinerCandidate(char c) =>
        c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '.' or ',' or ':' or '\u200C' or '\u200D';

    /// <summary>The class of the code point at <paramref name="i"/> and its UTF-16 width (2 for a surrogate pair).</summary>
    /// <remarks>
    /// Called for every character of a text: the ASCII case, most characters of most texts, is kept small enough to be
    /// inlined into the scanning loops, and the Unicode lookups live in a method of their own.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CharClass Classify(string text, int i, int end, out int width)
    {
        char c = text[i];
        width = 1;
        if (c < 0x80)
            return char.IsAsciiLetter(c) ? CharClass.Letter : char.IsAsciiDigit(c) ? CharClass.Digit : CharClass.None;
        return ClassifyNonAscii(text, i, end, out width);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CharClass ClassifyNonAscii(string text, int i, int end, out int width)
    {
        char c = text[i];
        width = 1;
        if (char.IsSurrogate(c))
        {
            if (!char.IsHighSurrogate(c) || i + 1 >= end || !char.IsLowSurrogate(text[i + 1]))
                return CharClass.None; // an unpaired surrogate is never part of a token
            width = 2;
            var rune = new Rune(c, text[i + 1]);
            return ClassOf(rune.Value, Rune.GetUnicodeCategory(rune));
        }

        if (c is '\uFE0F' or '\u20E3')
            return CharClass.EmojiModifier;
        return ClassOf(c, CharUnicodeInfo.GetUnicodeCategory(c));
    }

    private static CharClass ClassOf(int codePoint, UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => IsIdeograph(codePoint) ? CharClass.Ideograph : CharClass.Letter,
        UnicodeCategory.DecimalDigitNumber => CharClass.Digit,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharClass.Mark,
        _ => CharClass.None,
    };

    /// <summary>Whether a letter is a Han ideograph, Hiragana or Katakana (scripts written without spaces).</summary>
    internal static bool IsIdeograph(int c) =>
        IsKana(c) || c is >= 0x3005 and <= 0x3006 || IsHan(c); // 0x3005, 0x3006: iteration and closing marks

    /// <summary>Whether a letter is Hiragana or Katakana (full or half width).</summary>
    internal static bool IsKana(int c) => c is >= 0x3040 and <= 0x30FF or >= 0xFF66 and <= 0xFF9D;

    /// <summary>Whether a letter is a Han ideograph.</summary>
    internal static bool IsHan(int c) =>
        c is >= 0x3400 and <= 0x4DBF           // CJK Extension A
            or >= 0x4E00 and <= 0x9FFF       // CJK Unified Ideographs
            or >= 0xF900 and <= 0xFAFF       // CJK Compatibility Ideographs
            or >= 0x20000 and <= 0x3FFFF;    // CJK Extensions B and later

    /// <summary>Whether the character before <paramref name="i"/> cannot continue a word (so a hashtag or mention may start).</summary>
    private static bool IsBoundaryBefore(string text, int i, int spanStart)
    {
        if (i == spanStart)
            return true;
        int before = i - 1;
        if (char.IsLowSurrogate(text[before]) && before > spanStart && char.IsHighSurrogate(text[before - 1]))
            before--;
        return text[i - 1] != '_' && Classify(text, before, i, out _) is CharClass.None or CharClass.EmojiModifier;
    }

    /// <summary>A hashtag (<c>#Brexit</c>, at least one letter) or a mention (<c>@nasa</c>) starting at <paramref name="start"/>.</summary>
    private static bool TryScanTag(string text, int start, int end, out int tagEnd)
    {
        bool hasLetter = false;
        int i = start + 1;
        while (i < end)
        {
            CharClass kind = Classify(text, i, end, out int width);
            if (kind is CharClass.Letter or CharClass.Ideograph)
                hasLetter = true;
            else if (kind is not (CharClass.Digit or CharClass.Mark) && text[i] != '_')
                break;
            i += width;
        }

        tagEnd = i;
        return text[start] == '#' ? hasLetter : i > start + 1;
    }

    /// <summary>A URL starting at <paramref name="start"/> with <c>http://</c>, <c>https://</c>, <c>ftp://</c> or <c>www.</c>.</summary>
    private static bool TryScanUrl(string text, int start, int end, out int urlEnd)
    {
        urlEnd = start;
        ReadOnlySpan<char> rest = text.AsSpan(start, end - start);
        int prefix = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7
            : rest.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ? 6
            : rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? 4
            : 0;
        int i = start + prefix;
        if (prefix == 0 || i >= end || Classify(text, i, end, out _) is not (CharClass.Letter or CharClass.Digit))
            return false;

        int openParens = 0, closeParens = 0, openBrackets = 0, closeBrackets = 0;
        while (i < end && IsUrlChar(text[i]))
        {
            switch (text[i])
            {
                case '(': openParens++; break;
                case ')': closeParens++; break;
                case '[': openBrackets++; break;
                case ']': closeBrackets++; break;
            }

            i++;
        }

        // Sentence punctuation after a URL, and a bracket that closes text around it, are not part of it.
        while (i > start + prefix)
        {
            char last = text[i - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*')
                i--;
            else if (last == ')' && closeParens > openParens)
            {
                closeParens--;
                i--;
            }
            else if (last == ']' && closeBrackets > openBrackets)
            {
                closeBrackets--;
                i--;
            }
            else
            {
                break;
            }
        }

        urlEnd = i;
        return i > start + prefix;
    }

    /// <summary>ASCII characters allowed in a URL, and letters and digits of other scripts (but not ideographs, which end a URL in running Chinese or Japanese text).</summary>
    private static bool IsUrlChar(char c) => c < 0x80
        ? c > ' ' && c is not ('"' or '<' or '>' or '\\' or '^' or '`' or '{' or '|' or '}' or '\x7F')
        : char.IsLetterOrDigit(c) && !IsIdeograph(c);

    /// <summary>
    /// An e-mail address starting at <paramref name="start"/>: a local part, <c>@</c>, and a domain of two or more labels
    /// ending in a top-level domain of letters.
    /// </summary>
    /// <remarks>
    /// The scan stops at the lengths SMTP allows (RFC 5321, 4.5.3.1: a local part of at most 64 characters, a domain of
    /// at most 255). Without the bound, text with no spaces, where a period follows every few letters, made each word
    /// rescan the rest of the run for an <c>@</c>, and tokenizing took time quadratic in the run's length.
    /// </remarks>
    private static bool TryScanEmail(string text, int start, int end, out int emailEnd)
    {
        emailEnd = start;
        int i = start;
        int localEnd = Math.Min(end, start + MaxEmailLocalPart);
        while (i < localEnd && IsEmailLocalChar(text[i]))
            i++;
        if (i >= end || text[i] != '@' || text[i - 1] == '.')
            return false;

        i++; // '@'
        end = Math.Min(end, i + MaxEmailDomain);
        int labels = 0;
        bool lastLabelIsAlphabetic = false;
        int domainEnd = -1;
        while (i < end && IsEmailLetterOrDigit(text[i]))
        {
            int labelStart = i;
            bool alphabetic = true;
            while (i < end && (IsEmailLetterOrDigit(text[i]) || (text[i] == '-' && i + 1 < end && IsEmailLetterOrDigit(text[i + 1]))))
            {
                alphabetic &= char.IsLetter(text[i]);
                i++;
            }

            labels++;
            lastLabelIsAlphabetic = alphabetic && i - labelStart >= 2;
            domainEnd = i;
            if (i + 1 < end && text[i] == '.' && IsEmailLetterOrDigit(text[i + 1]))
                i++;
            else
                break;
        }

        if (labels < 2 || !lastLabelIsAlphabetic)
            return false;
        emailEnd = domainEnd;
        return true;
    }

    private const int MaxEmailLocalPart = 64;
    private const int MaxEmailDomain = 255;

    /// <summary>A character of an e-mail address's local part: a letter or digit, or one of <c>. _ % + - '</c>.</summary>
    private static bool IsEmailLocalChar(char c) => IsEmailLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';

    private static bool IsEmailLetterOrDigit(char c) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c) && !IsIdeograph(c);
}
