namespace Summarizer.Segmentation;

/// <summary>A quotation or bracketed passage: <see cref="Open"/> and <see cref="Close"/> index its opening and closing marks.</summary>
internal readonly record struct QuotedRange(int Open, int Close);

/// <summary>
/// Finds the quotations and bracketed passages of one line, inside which <c>. ? !</c> do not end the
/// enclosing sentence (pragmatic_segmenter's "between punctuation" rule): "He said "Go. Now." and left" is one
/// sentence, and so is "Some can be -- if I may say so? -- a bit questionable".
/// </summary>
internal static class QuotedRanges
{
    /// <summary>Passages longer than this are taken for a missing closing mark rather than one quotation.</summary>
    private const int MaxLength = 1500;

    /// <summary>
    /// Fills <paramref name="ranges"/> with the passages of <c>text[start..end)</c>, ordered by opening mark;
    /// quotations only when <paramref name="quotations"/> is set (brackets and dashes always).
    /// </summary>
    public static void Find(string text, int start, int end, List<QuotedRange> ranges, bool quotations = true)
    {
        ranges.Clear();
        if (text.AsSpan(start, end - start).IndexOfAny(Marks) < 0)
            return;

        // Most lines of English are all ASCII, so none of the eight finders that look for non-ASCII marks can find
        // anything there. The test is whether any character lies outside ASCII, not a search for the marks themselves:
        // a search for a set of non-ASCII characters is a probabilistic scan that cost more than the finders it saved.
        bool nonAscii = text.AsSpan(start, end - start).ContainsAnyExceptInRange('\0', '\u007F');
        if (quotations)
            FindQuotations(text, start, end, ranges, nonAscii);
        Nested(text, start, end, '(', ')', ranges);
        Nested(text, start, end, '[', ']', ranges);
        if (nonAscii)
            Nested(text, start, end, '\uFF08', '\uFF09', ranges); // （ ）
        DoubleDashes(text, start, end, ranges);
        if (ranges.Count > 1)
            ranges.Sort(static (a, b) => a.Open.CompareTo(b.Open));
    }

    private static void FindQuotations(string text, int start, int end, List<QuotedRange> ranges, bool nonAscii)
    {
        StraightDoubleQuotes(text, start, end, ranges);
        if (nonAscii)
        {
            Paired(text, start, end, '\u201C', '\u201D', ranges); // “ ”
            Paired(text, start, end, '\u201E', '\u201C', '\u201D', ranges); // „ “ (German), „ ” (Polish)
            Paired(text, start, end, '\u00AB', '\u00BB', ranges); // « »
            Paired(text, start, end, '\u300C', '\u300D', ranges); // 「 」
            Paired(text, start, end, '\u300E', '\u300F', ranges); // 『 』
            Paired(text, start, end, '\u300A', '\u300B', ranges); // 《 》
        }

        SingleQuotes(text, start, end, '\'', '\'', ranges);
        if (nonAscii)
            SingleQuotes(text, start, end, '\u2018', '\u2019', ranges);
    }

    private static readonly System.Buffers.SearchValues<char> Marks =
        System.Buffers.SearchValues.Create("\"'()[]\u201C\u201D\u201E\u00AB\u00BB\u300C\u300D\u300E\u300F\u300A\u300B\uFF08\uFF09\u2018\u2019-");

    /// <summary>Dashes also stand alone as a pause, so a pair of them must be close together.</summary>
    private const int MaxDashLength = 250;

    private static void Add(List<QuotedRange> ranges, int open, int close, int maxLength = MaxLength)
    {
        if (close - open <= maxLength)
            ranges.Add(new QuotedRange(open, close));
    }

    /// <summary>Straight double quotes: an opening one precedes a non-space, a closing one follows a non-space.</summary>
    private static void StraightDoubleQuotes(string text, int start, int end, List<QuotedRange> ranges)
    {
        int open = -1;
        for (int i = text.IndexOf('"', start, end - start); i >= 0; i = i + 1 < end ? text.IndexOf('"', i + 1, end - i - 1) : -1)
        {
            bool spaceBefore = i == start || char.IsWhiteSpace(text[i - 1]);
            if (open < 0)
            {
                if (i + 1 < end && !char.IsWhiteSpace(text[i + 1]))
                    open = i;
            }
            else if (!spaceBefore || i + 1 == end || !char.IsLetterOrDigit(text[i + 1]) && !Punctuation.IsOpener(text[i + 1]) && !char.IsWhiteSpace(text[i + 1]))
            {
                // A closing quote follows a non-space, or ends the passage: "... se consuela. / [...] ".
                Add(ranges, open, i);
                open = -1;
            }
            else if (i + 1 < end && !char.IsWhiteSpace(text[i + 1]))
            {
                open = i; // The earlier quote was never closed; this one opens afresh.
            }
        }
    }

    private static void Paired(string text, int start, int end, char opening, char closing, List<QuotedRange> ranges) =>
        Paired(text, start, end, opening, closing, closing, ranges);

    private static void Paired(string text, int start, int end, char opening, char closing, char otherClosing, List<QuotedRange> ranges)
    {
        int i = text.IndexOf(opening, start, end - start);
        while (i >= 0)
        {
            int close = text.AsSpan(i + 1, end - i - 1).IndexOfAny(closing, otherClosing);
            if (close < 0)
                return;
            close += i + 1;
            Add(ranges, i, close);
            i = close + 1 < end ? text.IndexOf(opening, close + 1, end - close - 1) : -1;
        }
    }

    private static void Nested(string text, int start, int end, char opening, char closing, List<QuotedRange> ranges)
    {
        // Brackets rarely nest deeper than a few levels; deeper ones are simply not protected.
        Span<int> stack = stackalloc int[8];
        int depth = 0;
        int i = text.AsSpan(start, end - start).IndexOfAny(opening, closing);
        while (i >= 0)
        {
            i += start;
            if (text[i] == opening)
            {
                if (depth < stack.Length)
                    stack[depth] = i;
                depth++;
            }
            else if (depth > 0)
            {
                depth--;
                if (depth < stack.Length)
                    Add(ranges, stack[depth], i);
            }

            start = i + 1;
            i = start < end ? text.AsSpan(start, end - start).IndexOfAny(opening, closing) : -1;
        }
    }

    /// <summary>
    /// 'quoted' and ‘quoted’: the opening mark follows a space, the closing mark is not followed by a letter
    /// (so the apostrophes of "they'll" and "wouldn't" stay inside).
    /// </summary>
    private static void SingleQuotes(string text, int start, int end, char opening, char closing, List<QuotedRange> ranges)
    {
        int i = text.IndexOf(opening, start, end - start);
        while (i >= 0)
        {
            int next = i + 1;
            if (i == start || char.IsWhiteSpace(text[i - 1]))
            {
                int close = ClosingSingleQuote(text, i + 1, end, closing);
                if (close < 0)
                    return; // No later opening mark has a closing one either.
                if (close > i + 1)
                    Add(ranges, i, close);
                next = close + 1;
            }

            i = next < end ? text.IndexOf(opening, next, end - next) : -1;
        }
    }

    private static int ClosingSingleQuote(string text, int from, int end, char closing)
    {
        for (int k = from < end ? text.IndexOf(closing, from, end - from) : -1; k >= 0; k = k + 1 < end ? text.IndexOf(closing, k + 1, end - k - 1) : -1)
        {
            if (k + 1 == end || !char.IsLetter(text[k + 1]))
                return k;
        }

        return -1;
    }

    /// <summary>
    /// "-- if I may say so? --": a parenthesis between double hyphens. A parenthesis sits inside a sentence, so a
    /// double hyphen at the start of the line or right after a sentence's terminator opens none: it is the dash that
    /// opens a line of dialogue ("-- Светка! -- завопил я. -- Что?"), whose sentences end as any others.
    /// </summary>
    private static void DoubleDashes(string text, int start, int end, List<QuotedRange> ranges)
    {
        int open = -1;
        int lineStart = start;
        int i = text.AsSpan(start, end - start).IndexOf("--", StringComparison.Ordinal);
        while (i >= 0)
        {
            i += start;
            if (open >= 0 && HoldsSentenceBreak(text, open + 2, i, end))
            {
                // A dash aside lies within one sentence, so two dashes with a sentence's end between them are no
                // pair: each stands alone, as a pause or, in Russian, for a missing verb ("Это -- дольник. Пример
                // -- ниже"). This one may open an aside of its own.
                open = OpensUtterance(text, lineStart, i) ? -1 : i;
            }
            else if (open >= 0)
            {
                Add(ranges, open, i, MaxDashLength);
                open = -1;
            }
            else if (!OpensUtterance(text, lineStart, i))
            {
                open = i;
            }

            start = i + 2;
            while (start < end && text[start] == '-')
                start++;
            i = start < end ? text.AsSpan(start, end - start).IndexOf("--", StringComparison.Ordinal) : -1;
        }
    }

    /// <summary>
    /// Whether a terminator in <c>text[from..to)</c> is followed by its closing marks, a space and a capital, with a
    /// dialogue dash between them or not (<c>was kind. Then</c>, <c>was kind. -- Then</c>): the end of a sentence and the
    /// start of the next. "if I may say so? --" ends on the closing dash instead. Abbreviations before a name
    /// ("Dr. Smith") count too: once no pair protects them they are judged as anywhere else.
    /// </summary>
    private static bool HoldsSentenceBreak(string text, int from, int to, int end)
    {
        for (int k = from; k < to; k++)
        {
            if (!Punctuation.IsLatinTerminator(text[k]))
                continue;
            int j = k + 1;
            while (j < end && (Punctuation.IsLatinTerminator(text[j]) || Punctuation.IsCloser(text[j])))
                j++;
            int after = Punctuation.SkipWhiteSpace(text, j, end);
            if (after > j && after < end && Punctuation.IsDash(text[after]))
            {
                int dashEnd = after;
                while (dashEnd < end && Punctuation.IsDash(text[dashEnd]))
                    dashEnd++;
                int word = Punctuation.SkipWhiteSpace(text, dashEnd, end);
                after = word > dashEnd ? word : after;
            }

            if (after > j && after < end && char.IsUpper(text[after]))
                return true;
            k = j - 1;
        }

        return false;
    }

    /// <summary>
    /// Whether the double hyphen at <paramref name="dash"/> is a dialogue dash: a space after it (not a rule of
    /// hyphens such as "-----" or "--=="), and only the line's start or a terminator with its closing marks before it.
    /// </summary>
    private static bool OpensUtterance(string text, int lineStart, int dash)
    {
        int after = dash + 2;
        if (after < text.Length && text[after] == '-')
            after++;
        if (after >= text.Length || text[after] != ' ')
            return false;
        int k = dash - 1;
        while (k >= lineStart && char.IsWhiteSpace(text[k]))
            k--;
        while (k >= lineStart && Punctuation.IsCloser(text[k]))
            k--;
        return k < lineStart || Punctuation.IsLatinTerminator(text[k]) || Punctuation.IsScriptTerminator(text[k]);
    }
}
