namespace Summarizer.Segmentation;

/// <summary>
/// Decides which single line breaks of a plain text are soft: the text was hard-wrapped (by an editor, an e-mail client,
/// a PDF copy) and the break is where the next word no longer fitted, so it is white space inside a paragraph. Every
/// other line break is hard and ends a line that is a unit of its own: a title or heading, a navigation or button line,
/// a list item, a line of an address or a verse, anything before a blank line.
/// </summary>
/// <remarks>
/// <para>
/// The wrap width is measured, not assumed: it is the longest length that at least a third of the lines inside paragraphs
/// (lines followed by another non-blank line) come close to (within 25%), and at least three lines must do so. Texts with
/// one paragraph a line, titles followed by a body, and lists of short lines have no such width, and all their line
/// breaks stay hard; so do texts in which half or more of those lines end a sentence (lists of one sentence a line).
/// </para>
/// <para>
/// With a width <c>W</c>, a break after a line is soft when the first word of the next line would not have fitted on it
/// (<c>line + 1 + word &gt; W</c>): that is how a wrapping writer fills lines greedily, whereas a writer who ends a short
/// line on purpose (a heading, "No time to read?", "Get a summary", a line of verse) leaves room. A break before a list
/// item (a bullet, or a number or letter with <c>.</c> or <c>)</c>) is hard whatever the lengths, as is a break after a
/// line much longer than the width (a paragraph that was never wrapped).
/// </para>
/// <para>
/// A text put together from several sources (a reply under a quoted message, notes pasted from two editors) may wrap
/// its paragraphs at different widths. A paragraph (lines between blank lines) with three or more lines inside it
/// whose own width, measured the same way, is narrower than the text's has its breaks judged by its own width: against
/// the wider one every break of the narrow paragraph would look like a line ended on purpose. A greedy wrap fills every
/// line until the next word would not fit, so at the paragraph's width every one of its breaks must be soft; a short
/// list's items shorter than the longest leave room, and keep the text's width. A narrower width only makes breaks
/// soft that a greedy wrap at the wider width made soft already, so paragraphs wrapped at the text's width are
/// unaffected.
/// </para>
/// <para>
/// A short text (a paragraph of three lines, a note) may have only two lines inside paragraphs. Two lines within 25% of
/// each other are weaker evidence of a width, so a width only two lines show makes a break soft only when, besides the
/// fill, the next line goes on in lower case: in a script with case a sentence does not start so, while a line ended
/// on purpose (a heading, a headline, a name) is followed by a capital.
/// </para>
/// <para>
/// Prose broken into shorter lines (subtitles, narrow columns) is recognized by its writing, not its widths: it starts
/// its sentences with capitals and fewer than three in four of its lines end a sentence (see
/// <see cref="CapitalizesLines"/>). Its width may be as short as 25 columns, and the scanner joins a line without final
/// punctuation to a next line in lower case whatever their lengths (subtitle editors balance a cue's two lines rather
/// than fill the first).
/// </para>
/// </remarks>
internal sealed class LineLayout
{
    // Hard-wrapped text is wrapped for reading on a screen or paper: 160 columns is far wider than any wrap in use (72 and
    // 80 are the conventions; PDF copies run to about 110), and a longer line is a paragraph written on one line.
    private const int MaxWrapWidth = 160;

    // The shortest width taken for a wrap: wrapping conventions start at 60 columns (72, 76, 78, 80 are usual), while
    // lines of verse, addresses and lists of short items are mostly under 45 characters.
    private const int MinWrapWidth = 45;

    // Subtitles (at most 37 to 42 characters a line) and narrow newspaper or phone columns wrap prose shorter still; in a
    // text known to be prose broken into lines (see CapitalizesLines) such a width is taken too.
    private const int MinCapitalizedWrapWidth = 25;

    private readonly string _text;
    private readonly int _width;
    private readonly ParagraphWidth[] _paragraphWidths;
    private readonly bool _fromTwoLines;
    private readonly bool _mayBeProseInLines;
    private bool? _capitalizesLines;
    private bool? _startsWithCapitals;

    private LineLayout(string text, int width, bool fromTwoLines, bool mayBeProseInLines, ParagraphWidth[]? paragraphWidths = null)
    {
        _text = text;
        _width = width;
        _fromTwoLines = fromTwoLines;
        _mayBeProseInLines = mayBeProseInLines;
        _paragraphWidths = paragraphWidths ?? [];
    }

    /// <summary>A paragraph, <c>[Start, End)</c> of the text, wrapped at a width of its own.</summary>
    private readonly record struct ParagraphWidth(int Start, int End, int Width);

    /// <summary>The measured wrap width, or 0 when the text is not hard-wrapped.</summary>
    public int Width => _width;

    /// <summary>
    /// Whether the text is prose broken into lines: it starts its sentences with a capital (see
    /// <see cref="StartsSentencesWithCapitals"/>), and it has lines inside paragraphs, fewer than three in four of which end
    /// a sentence. In such a text a line that starts in lower case after one without final punctuation goes on with that
    /// line's sentence, however short the lines are (subtitles, narrow columns, verse); in a text whose sentences start in
    /// lower case too (chat, lower-case transcripts) lower case says nothing. Computed on first need.
    /// </summary>
    public bool CapitalizesLines => _capitalizesLines ??= _mayBeProseInLines && StartsSentencesWithCapitals;

    /// <summary>Whether the writer starts sentences with a capital (see <see cref="HasCapitalizedSentenceStarts"/>). Computed on first need.</summary>
    public bool StartsSentencesWithCapitals => _startsWithCapitals ??= HasCapitalizedSentenceStarts(_text);

    /// <summary>Measures the wrap width of <paramref name="text"/>.</summary>
    public static LineLayout Analyze(string text)
    {
        var lengths = new List<int>();
        int ending = 0;
        int capitalAfter = 0, lowerAfter = 0; // the case of the line after one that does not end a sentence
        List<ParagraphWidth>? paragraphs = null;
        int paragraphStart = 0, paragraphLengths = 0, paragraphEnding = 0, paragraphCapitalAfter = 0, paragraphLowerAfter = 0;
        int paragraphLeastFill = int.MaxValue; // the least, over its lines, of a line's length and the next word's room
        int i = 0;
        while (i < text.Length)
        {
            int end = LineEnd(text, i);
            int next = AfterLineBreak(text, end);
            bool lastOfParagraph = next >= text.Length || end >= text.Length || IsBlank(text, next);
            // A line far longer than any wrap (a paragraph on one line) is measured no further.
            int length = text.AsSpan(i, end - i).Trim().Length;
            if (length > 0 && length <= MaxWrapWidth && !lastOfParagraph
                && (length = Columns(text, i, end)) <= MaxWrapWidth && !IsColumnar(text, i, end))
            {
                lengths.Add(length);
                paragraphLeastFill = Math.Min(paragraphLeastFill, length + NeededAt(text, FirstWordOfNextLine(text, i, end, next)));
                if (EndsSentence(text, i, end))
                {
                    ending++;
                }
                else
                {
                    int first = Punctuation.SkipWhiteSpace(text, next, text.Length);
                    if (char.IsUpper(text[first]))
                        capitalAfter++;
                    else if (char.IsLower(text[first]))
                        lowerAfter++;
                }
            }

            if (lastOfParagraph)
            {
                // The paragraph's own lines, judged as the text's are below and, because a few lines say less than a
                // whole text (four list items of similar length come as close to a width as wrapped lines do), also by
                // their fill: every break soft at the paragraph's width.
                int count = lengths.Count - paragraphLengths;
                if (count >= 3 && (ending - paragraphEnding) * 2 < count
                    && !(capitalAfter - paragraphCapitalAfter >= 4 && capitalAfter - paragraphCapitalAfter >= 3 * (lowerAfter - paragraphLowerAfter)))
                {
                    int own = WrapWidth(lengths.GetRange(paragraphLengths, count), minimumLines: 3, MinWrapWidth);
                    if (own > 0 && paragraphLeastFill > own)
                        (paragraphs ??= []).Add(new ParagraphWidth(paragraphStart, end, own));
                }

                paragraphLeastFill = int.MaxValue;
                paragraphStart = next;
                paragraphLengths = lengths.Count;
                paragraphEnding = ending;
                paragraphCapitalAfter = capitalAfter;
                paragraphLowerAfter = lowerAfter;
            }

            i = next > i ? next : text.Length;
        }

        // In a list of one sentence a line (reviews, headlines) three in four lines or more end a sentence (88 to 100% in
        // collections of review sentences), and a line that does not is an item without its period, whatever case the
        // next one starts with.
        bool mayBeProseInLines = lengths.Count >= 2 && ending * 4 < lengths.Count * 3;
        // Wrapping cuts lines wherever the width runs out, so few of them end a sentence (one in ten or so for prose at
        // 72 columns); in a list of one sentence a line nearly all do. Such a list is not wrapped, even when its lines are
        // of similar length.
        // A wrap breaks a sentence before whatever word comes next, which is in lower case unless it is a name (one break
        // in six in English prose, one in three in German, where nouns have capitals); in a list of headlines or remarks
        // without final punctuation nearly every line starts with a capital. Such a list is not wrapped either.
        if (ending * 2 >= lengths.Count || capitalAfter >= 4 && capitalAfter >= 3 * lowerAfter)
            return new LineLayout(text, 0, false, mayBeProseInLines);
        int measured = WrapWidth(lengths, minimumLines: 3, MinCapitalizedWrapWidth);
        var layout = new LineLayout(text, measured, false, mayBeProseInLines, measured >= MinWrapWidth ? NarrowerParagraphs(paragraphs, measured) : null);
        if (layout._width >= MinWrapWidth)
            return layout;
        if (layout._width > 0 && IsNarrowWrap(lengths, layout._width) && layout.CapitalizesLines)
            return layout;
        int width = WrapWidth(lengths, minimumLines: 2, MinWrapWidth);
        return new LineLayout(text, width, fromTwoLines: width > 0, mayBeProseInLines) { _capitalizesLines = layout._capitalizesLines };
    }

    /// <summary>The paragraphs wrapped narrower than the text's <paramref name="width"/>, or null.</summary>
    private static ParagraphWidth[]? NarrowerParagraphs(List<ParagraphWidth>? paragraphs, int width)
    {
        if (paragraphs is null)
            return null;
        paragraphs.RemoveAll(p => p.Width >= width);
        return paragraphs.Count == 0 ? null : paragraphs.ToArray();
    }

    /// <summary>The wrap width of the paragraph holding the line that starts at <paramref name="lineStart"/>.</summary>
    private int WidthAt(int lineStart)
    {
        foreach (ParagraphWidth paragraph in _paragraphWidths)
        {
            if (lineStart < paragraph.Start)
                break;
            if (lineStart < paragraph.End)
                return paragraph.Width;
        }

        return _width;
    }

    /// <summary>Whether the line starting at <paramref name="start"/> holds only white space.</summary>
    private static bool IsBlank(string text, int start)
    {
        for (int k = start; k < text.Length && !Punctuation.IsLineBreak(text[k]); k++)
        {
            if (!char.IsWhiteSpace(text[k]))
                return false;
        }

        return true;
    }

    /// <summary>
    /// Whether the writer starts sentences with a capital: of the words after a sentence-final mark and white space (past
    /// closing and opening quotes and brackets), at least two start with a capital and at most one in four in lower case
    /// (abbreviations such as "e.g." and "etc." and lower-case tags such as "(ap)" account for those; a writer who does
    /// not capitalize writes nearly all in lower case).
    /// </summary>
    private static bool HasCapitalizedSentenceStarts(string text)
    {
        int capital = 0, lower = 0;
        int i = 0;
        while (i < text.Length)
        {
            int found = text.AsSpan(i).IndexOfAny(SentenceMarks);
            if (found < 0)
                break;
            int mark = i + found;
            int k = mark + 1;
            while (k < text.Length && (SentenceMarks.Contains(text[k]) || Punctuation.IsCloser(text[k])))
                k++;
            i = k;
            if (k >= text.Length || !char.IsWhiteSpace(text[k]) || IsAbbreviationPeriod(text, mark))
                continue;
            while (k < text.Length && (char.IsWhiteSpace(text[k]) || Punctuation.IsOpener(text[k])))
                k++;
            if (k >= text.Length)
                break;
            if (char.IsUpper(text[k]))
                capital++;
            else if (char.IsLower(text[k]))
                lower++;
        }

        return capital >= 2 && lower * 3 <= capital;
    }

    private static readonly System.Buffers.SearchValues<char> SentenceMarks = System.Buffers.SearchValues.Create(".!?");

    /// <summary>
    /// Whether the period at <paramref name="mark"/> ends an abbreviation written with periods inside ("e.g.", "i.e.",
    /// "U.S.") or a single letter ("J."), after which a lower-case word says nothing of how sentences start.
    /// </summary>
    private static bool IsAbbreviationPeriod(string text, int mark)
    {
        if (text[mark] != '.' || mark == 0 || !char.IsLetter(text[mark - 1]))
            return false;
        bool singleLetter = mark == 1 || !char.IsLetter(text[mark - 2]);
        return singleLetter && (mark < 2 || text[mark - 2] is '.' or ' ' or '\n' or '(' or '\t') || mark >= 3 && text[mark - 2] == '.';
    }

    /// <summary>
    /// The longest width <c>W</c> such that at least <paramref name="minimumLines"/> lines, and at least a third of the
    /// lines no longer than <c>W</c>, are within 25% of it; 0 when there is none.
    /// </summary>
    private static int WrapWidth(List<int> lengths, int minimumLines, int minimumWidth)
    {
        if (lengths.Count < minimumLines)
            return 0;
        lengths.Sort();
        for (int top = lengths.Count - 1; top >= minimumLines - 1; top--)
        {
            int width = lengths[top];
            if (width < minimumWidth)
                return 0;
            if (top < lengths.Count - 1 && lengths[top + 1] == width)
                continue;
            int low = LowerBound(lengths, (int)Math.Ceiling(width * 0.75));
            int near = top + 1 - low;
            // A third, not all: wrapped paragraphs share the text with titles, list items and navigation lines.
            if (near >= minimumLines && near * 3 >= top + 1)
                return width;
        }

        return 0;
    }

    /// <summary>
    /// Whether a width under <see cref="MinWrapWidth"/> is borne out by more lines than a wider one needs: six or more,
    /// and half of the lines inside paragraphs, within 25% of it. Three or four list items of similar length ("clear
    /// the brambles behind plot twelve" / "mend the water butt by the gate") come as close to a width as wrapped lines do.
    /// </summary>
    private static bool IsNarrowWrap(List<int> sorted, int width)
    {
        int near = LowerBound(sorted, width + 1) - LowerBound(sorted, (int)Math.Ceiling(width * 0.75));
        return near >= 6 && near * 2 >= sorted.Count;
    }

    private static int LowerBound(List<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo;
    }

    /// <summary>
    /// Whether the line break ending the line <c>[lineStart, lineEnd)</c>, with the next line starting at
    /// <paramref name="next"/>, is soft (white space inside a paragraph).
    /// </summary>
    public bool IsSoftBreak(int lineStart, int lineEnd, int next)
    {
        if (_width == 0 || next >= _text.Length)
            return false;
        int width = _paragraphWidths.Length == 0 ? _width : WidthAt(lineStart);
        int length = Columns(_text, lineStart, lineEnd);
        if (length == 0 || length > 2 * width || IsColumnar(_text, lineStart, lineEnd))
            return false;
        int first = FirstWordOfNextLine(_text, lineStart, lineEnd, next);
        if (first >= _text.Length || Punctuation.IsLineBreak(_text[first]) || StartsListItem(first))
            return false;
        if (_fromTwoLines && !char.IsLower(_text[first]))
            return false;
        int needed = NeededAt(_text, first);
        // The next line of a wrapped paragraph is no longer than the width either; one far longer was never wrapped, and
        // the short line before it is a heading or a label ("3 Results" over a paragraph written on one line).
        return length + needed > width && Columns(_text, next, LineEnd(_text, next)) <= 2 * width;
    }

    /// <summary>
    /// Where the first word of the next line starts: past spaces, and past a quoted e-mail's prefix when this line has one
    /// too. A quoted e-mail keeps its wrap with the prefix on every line ("> wall need new mortar"): between two such
    /// lines the prefix is layout, not a list marker, and the word after it is what would not have fitted.
    /// </summary>
    private static int FirstWordOfNextLine(string text, int lineStart, int lineEnd, int next)
    {
        int first = next;
        while (first < text.Length && text[first] is ' ' or '\t' or '\u00A0')
            first++;
        if (first < text.Length && text[first] == '>' && text.AsSpan(lineStart, lineEnd - lineStart).TrimStart().StartsWith('>'))
        {
            while (first < text.Length && text[first] is '>' or ' ' or '\t' or '\u00A0')
                first++;
        }

        return first;
    }

    /// <summary>
    /// The columns the word at <paramref name="first"/>, the next line's first, would have needed at the end of the line
    /// before: a space and the word; in Chinese, Japanese and Korean text, where a line may break between any two wide
    /// characters and no space is written, the next character alone.
    /// </summary>
    private static int NeededAt(string text, int first)
    {
        if (first >= text.Length)
            return 0;
        if (IsWide(text[first]))
            return 2;
        int word = first;
        while (word < text.Length && !char.IsWhiteSpace(text[word]))
            word++;
        return 1 + Columns(text, first, word);
    }

    /// <summary>Whether the line break at <paramref name="lineEnd"/> is soft (see <see cref="IsSoftBreak"/>).</summary>
    public bool IsSoftBreakAt(int lineEnd)
    {
        if (_width == 0)
            return false;
        int lineStart = lineEnd;
        while (lineStart > 0 && !Punctuation.IsLineBreak(_text[lineStart - 1]))
            lineStart--;
        return IsSoftBreak(lineStart, lineEnd, AfterLineBreak(_text, lineEnd));
    }

    /// <summary>Whether a line ends with sentence-final punctuation, possibly followed by closing quotes or brackets.</summary>
    private static bool EndsSentence(string text, int start, int end)
    {
        ReadOnlySpan<char> line = text.AsSpan(start, end - start).TrimEnd();
        while (line.Length > 0 && Punctuation.IsCloser(line[^1]))
            line = line[..^1];
        return line.Length > 0 && (Punctuation.IsLatinTerminator(line[^1]) || Punctuation.IsScriptTerminator(line[^1]));
    }

    /// <summary>
    /// Whether a line is laid out in columns: it has a run of three or more spaces or tabs, or a dot leader of four or
    /// more periods, inside it. Tables, tables of contents and code align their columns so; each such line is a unit.
    /// </summary>
    private static bool IsColumnar(string text, int start, int end)
    {
        ReadOnlySpan<char> line = text.AsSpan(start, end - start).Trim();
        return line.Contains("   ", StringComparison.Ordinal) || line.Contains("....", StringComparison.Ordinal) || line.Contains('\t');
    }

    /// <summary>Whether a list item starts at <paramref name="i"/>: a bullet, or a short number or letter with '.' or ')'.</summary>
    private bool StartsListItem(int i)
    {
        char c = _text[i];
        if (c is '-' or '*' or '+' or '\u2022' or '\u00B7' or '\u2013' or '\u2014' or '\u25AA' or '\u25CF' or '>')
        {
            if (i + 2 >= _text.Length || _text[i + 1] is not (' ' or '\t' or '\u00A0'))
                return false;
            // A spaced dash before a lower-case word is a dash inside the sentence ("eight weeks - exactly as planned")
            // that the wrap moved to a line start. The break before it is still soft only after a line filled to the
            // width, which a line introducing a list ("You will need:") seldom is, and list items mostly start with a
            // capital.
            return !(Punctuation.IsDash(c) && char.IsLower(_text[i + 2]));
        }

        int j = i;
        while (j < _text.Length && j - i < 3 && char.IsDigit(_text[j]))
            j++;
        if (j == i && j < _text.Length && char.IsLetter(_text[j]))
            j++;
        return j > i && j - i <= 3 && j + 1 < _text.Length && _text[j] is '.' or ')' && _text[j + 1] is ' ' or '\t' or '\u00A0'
            && (char.IsDigit(_text[i]) || _text[j] == ')');
    }

    private static int LineEnd(string text, int i)
    {
        int found = Punctuation.IndexOfLineBreak(text.AsSpan(i));
        return found < 0 ? text.Length : i + found;
    }

    /// <summary>The position after the line break at <paramref name="i"/> (a CR LF pair is one break).</summary>
    internal static int AfterLineBreak(string text, int i)
    {
        if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            return i + 2;
        return Math.Min(i + 1, text.Length);
    }

    /// <summary>
    /// The width of a line without its leading and trailing white space, in the columns of a fixed-width display: a
    /// wide character (Chinese, Japanese, Korean, full-width forms) takes two, as terminals and editors that wrap text
    /// count it, so a Japanese text wrapped at 38 characters has the 76 columns of a Latin text wrapped at 76.
    /// </summary>
    private static int Columns(string text, int start, int end)
    {
        ReadOnlySpan<char> line = text.AsSpan(start, end - start).Trim();
        if (!line.ContainsAnyInRange('\u1100', '\uFFEF'))
            return line.Length;
        int columns = line.Length;
        foreach (char c in line)
        {
            if (IsWide(c))
                columns++;
        }

        return columns;
    }

    /// <summary>Whether a character is East Asian wide or full-width (Unicode Standard Annex #11), by its main blocks.</summary>
    private static bool IsWide(char c) => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
        or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
