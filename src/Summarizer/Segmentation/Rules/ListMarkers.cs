namespace Summarizer.Segmentation;

/// <summary>A list-item marker in running text: a sentence starts at <see cref="BreakAt"/>; the period at <see cref="MaskAt"/> (or -1) ends none.</summary>
internal readonly record struct ListMarker(int BreakAt, int MaskAt);

/// <summary>
/// Finds the markers of inline lists ("1. The first item 2. The second item", "a) here b) there",
/// "(i) one (ii) two"), as pragmatic_segmenter does: a marker counts only when its neighbour in the text is the
/// previous or next number or letter, so a lone "2." or "a." stays ordinary text. Following the Golden Rules,
/// the marker stays with its item ("1. The first item" is one sentence).
/// </summary>
internal static class ListMarkers
{
    private static readonly string[] Roman =
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];

    // InSentence: the marker continues a sentence (see ContinuesSentence).
    private readonly record struct Candidate(int Value, int BreakAt, int MaskAt, bool InSentence);

    /// <summary>Returns the markers of <paramref name="text"/> in order, or null when there are none.</summary>
    public static List<ListMarker>? Find(string text, LanguageProfile profile, LineLayout layout)
    {
        // Every marker ends in a period or a closing parenthesis: one search finds them all for the four kinds of marker,
        // and only those after a marker's number or letters are kept (most periods end a word, and each kind of marker
        // went through all of them).
        List<int>? ends = null;
        for (int end = text.AsSpan().IndexOfAny(ListEnds); end >= 0; end = NextListEnd(text, end + 1))
        {
            if (MayEndMarker(text, end))
                (ends ??= []).Add(end);
        }

        if (ends is null)
            return null;

        List<ListMarker>? markers = null;
        var candidates = new List<Candidate>();
        FindNumbered(text, ends, candidates, parens: false);
        AddConsecutive(candidates, ref markers, inlineBreaks: !SpansLines(text, candidates, layout));
        FindNumbered(text, ends, candidates, parens: true);
        AddConsecutive(candidates, ref markers, inlineBreaks: !SpansLines(text, candidates, layout));
        if (profile.AlphabeticalLists)
        {
            FindLetters(text, ends, candidates, roman: false);
            AddConsecutive(candidates, ref markers, inlineBreaks: true);
        }

        FindLetters(text, ends, candidates, roman: true);
        AddConsecutive(candidates, ref markers, inlineBreaks: true);

        markers?.Sort(static (a, b) => a.BreakAt.CompareTo(b.BreakAt));
        return markers;
    }

    /// <summary>"1. " / "1.) " (periods) or "1) " (parens) with one or two digits, after whitespace, a dash or a bullet.</summary>
    private static void FindNumbered(string text, List<int> ends, List<Candidate> candidates, bool parens)
    {
        candidates.Clear();
        char mark = parens ? ')' : '.';
        foreach (int end in ends)
        {
            if (text[end] != mark)
                continue;
            // text[i..end) must be one or two digits.
            int i = end;
            while (i > 0 && end - i < 3 && char.IsAsciiDigit(text[i - 1]))
                i--;
            if (i == end || end - i > 2 || i > 0 && char.IsAsciiDigit(text[i - 1]) || end + 1 >= text.Length)
                continue;

            int value = text[i] - '0';
            if (end - i == 2)
                value = value * 10 + text[i + 1] - '0';

            int breakAt = i;
            if (parens)
            {
                // "1) item": the digits follow whitespace; a sentence breaks right before them.
                if (!char.IsWhiteSpace(text[end + 1]) || i > 0 && !char.IsWhiteSpace(text[i - 1]))
                    continue;
                candidates.Add(new Candidate(value, breakAt, -1, false));
                continue;
            }

            if (!(char.IsWhiteSpace(text[end + 1]) || text[end + 1] == ')'))
                continue;
            if (i > 0)
            {
                char before = text[i - 1];
                if (before is '-' or '\u2043')
                {
                    if (i > 1 && !char.IsWhiteSpace(text[i - 2]))
                        continue;
                    breakAt = i - 1;
                }
                else if (!char.IsWhiteSpace(before))
                {
                    continue;
                }
                else if (i >= 2 && !char.IsWhiteSpace(text[i - 2]) && (i == 2 || char.IsWhiteSpace(text[i - 3])) && !char.IsLetterOrDigit(text[i - 2]))
                {
                    breakAt = i - 2; // "• 10. item": the bullet goes with its item.
                }
            }

            // "for 1. above": a number before a lower-case word is a reference, not a list item.
            int word = end + 1;
            while (word < text.Length && (char.IsWhiteSpace(text[word]) || text[word] == ')'))
                word++;
            if (word < text.Length && char.IsLower(text[word]))
                continue;
            candidates.Add(new Candidate(value, breakAt, end, false));
        }
    }

    /// <summary>"a. " / "a) " / "(a) " (or Roman numerals "ii) ", "(iv) "), after whitespace or at the start.</summary>
    private static void FindLetters(string text, List<int> ends, List<Candidate> candidates, bool roman)
    {
        candidates.Clear();
        foreach (int end in ends)
        {
            int i = end;
            while (i > 0 && end - i <= 5 && char.IsAsciiLetterLower(text[i - 1]))
                i--;
            if (i == end || end - i > 5 || i > 0 && char.IsLetterOrDigit(text[i - 1]))
                continue;

            char after = text[end];
            int value = roman ? RomanValue(text.AsSpan(i, end - i)) : end - i == 1 ? text[i] - 'a' : -1;
            if (value < 0)
                continue;

            bool openParen = i > 0 && text[i - 1] == '(';
            int breakAt = openParen ? i - 1 : i;
            if (breakAt > 0 && !char.IsWhiteSpace(text[breakAt - 1]))
                continue;

            if (after == ')' && (end + 1 == text.Length || char.IsWhiteSpace(text[end + 1])))
            {
                candidates.Add(new Candidate(value, breakAt, -1, ContinuesSentence(text, breakAt, end + 1)));
            }
            else if (after == '.' && !openParen && end + 1 < text.Length && (char.IsWhiteSpace(text[end + 1]) || text[end + 1] == ')'))
            {
                // Roman numerals take a period as letters do ("i. Buy milk", "ii. Feed the cat", "iii.) Call home").
                candidates.Add(new Candidate(value, breakAt, end, ContinuesSentence(text, breakAt, end + 1)));
            }
        }
    }

    /// <summary>
    /// Whether the period or parenthesis at <paramref name="end"/> follows what a marker holds: one or two digits, one
    /// lower-case letter, or up to five of the Roman numerals' i, v and x, at the start of a word. A filter only:
    /// <see cref="FindNumbered"/> and <see cref="FindLetters"/> judge the rest.
    /// </summary>
    private static bool MayEndMarker(string text, int end)
    {
        int i = end;
        if (i > 0 && char.IsAsciiDigit(text[i - 1]))
        {
            while (i > 0 && end - i < 3 && char.IsAsciiDigit(text[i - 1]))
                i--;
            return end - i <= 2 && (i == 0 || !char.IsAsciiDigit(text[i - 1]));
        }

        bool roman = true;
        while (i > 0 && end - i <= 5 && char.IsAsciiLetterLower(text[i - 1]))
        {
            roman &= text[i - 1] is 'i' or 'v' or 'x';
            i--;
        }

        int length = end - i;
        return length is >= 1 and <= 5 && (length == 1 || roman) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));
    }

    private static readonly System.Buffers.SearchValues<char> ListEnds = System.Buffers.SearchValues.Create(".)");

    private static int NextListEnd(string text, int from)
    {
        int found = from < text.Length ? text.AsSpan(from).IndexOfAny(ListEnds) : -1;
        return found < 0 ? -1 : from + found;
    }

    /// <summary>The value less one of a Roman numeral from i to xx in either case ("ii" and "II" are 1), or -1.</summary>
    internal static int RomanValue(ReadOnlySpan<char> letters)
    {
        // Every numeral in the table is written with i, v and x: any other letter (most words before a period) is none.
        if (letters.ContainsAnyExcept(RomanLetters))
            return -1;
        for (int k = 0; k < Roman.Length; k++)
        {
            if (letters.Equals(Roman[k], StringComparison.OrdinalIgnoreCase))
                return k;
        }

        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> RomanLetters = System.Buffers.SearchValues.Create("ivxIVX");

    /// <summary>
    /// Whether numbered candidates lie on different lines: a hard line break (see <see cref="LineLayout"/>) between the
    /// first and the last that does not come right before one of them. Items on lines of their own are apart already,
    /// and numbers in different paragraphs ("(equation 1)" in one, "(equation 2)" in another) are no inline list; but
    /// a hard-wrapped inline list breaks only where its paragraph's lines ran out, or right before a marker that the
    /// wrap put at a line start, and must split as the same list on one line does.
    /// </summary>
    private static bool SpansLines(string text, List<Candidate> candidates, LineLayout layout)
    {
        if (candidates.Count < 2)
            return false;
        int end = candidates[^1].BreakAt;
        int next = 1; // the first candidate after the line break being looked at
        for (int i = candidates[0].BreakAt; i < end; i++)
        {
            int found = Punctuation.IndexOfLineBreak(text.AsSpan(i, end - i));
            if (found < 0)
                return false;
            int lineEnd = i + found;
            int after = LineLayout.AfterLineBreak(text, lineEnd);
            int first = Punctuation.SkipWhiteSpace(text, after, text.Length);
            while (next < candidates.Count && candidates[next].BreakAt < first)
                next++;
            bool beforeMarker = next < candidates.Count && candidates[next].BreakAt == first;
            if (!beforeMarker && !layout.IsSoftBreakAt(lineEnd))
                return true;
            i = after - 1;
        }

        return false;
    }

    private static void AddConsecutive(List<Candidate> candidates, ref List<ListMarker>? markers, bool inlineBreaks)
    {
        bool runInSentence = false;
        for (int k = 0; k < candidates.Count; k++)
        {
            int value = candidates[k].Value;
            bool next = k + 1 < candidates.Count && candidates[k + 1].Value == value + 1;
            bool previous = k > 0 && candidates[k - 1].Value == value - 1;
            if (!next && !previous)
                continue;
            if (!previous)
                runInSentence = candidates[k].InSentence;

            markers ??= [];
            // Without inline breaks the marker still keeps its period from ending a sentence; so does a list that
            // runs inside its sentence.
            markers.Add(new ListMarker(inlineBreaks && !runInSentence ? candidates[k].BreakAt : -1, candidates[k].MaskAt));
        }
    }

    /// <summary>
    /// Whether a letter marker continues the sentence it stands in rather than starting an item of its own: it
    /// follows words on its line that end no sentence ("We need: i. flour, ii. sugar and iii. eggs") and a
    /// lower-case word follows it. After a sentence end or at the start of a line ("Smith. a. here it is b. another")
    /// the items stand apart.
    /// </summary>
    private static bool ContinuesSentence(string text, int breakAt, int afterMarker)
    {
        int before = breakAt - 1;
        while (before >= 0 && text[before] is ' ' or '\t')
            before--;
        if (before < 0 || Punctuation.IsLineBreak(text[before]) || Punctuation.IsLatinTerminator(text[before]) || Punctuation.IsCloser(text[before]))
            return false;
        int word = afterMarker;
        while (word < text.Length && (char.IsWhiteSpace(text[word]) || text[word] == ')'))
            word++;
        return word < text.Length && char.IsLower(text[word]);
    }
}
