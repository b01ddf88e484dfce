namespace Summarizer.Text.Segmentation;

/// <summary>
/// One pass of the rule-based splitter over one text. The text is cut into lines (every line break ends a
/// sentence unless wrapped lines are joined); each line is scanned for terminators, and each terminator is
/// judged by the rules below. Only <see cref="SplitCore"/>'s few lists are allocated; words are inspected as spans.
/// </summary>
internal sealed class SentenceScanner
{
    private readonly string _text;
    private readonly LanguageProfile _profile;
    private readonly List<Sentence> _sentences;
    private readonly int _maxHeadingWords;
    private readonly bool _keepQuotationsWhole;
    private readonly List<QuotedRange> _ranges = [];

    // For the ranges opening before each index k of _ranges (sorted by opening mark), the largest closing position and
    // the largest one below it: enough to answer IsQuoted in logarithmic time instead of a walk over all ranges.
    private readonly List<int> _largestClose = [];
    private readonly List<int> _secondLargestClose = [];
    private readonly CancellationToken _cancellationToken;
    private List<ListMarker>? _markers;
    private HashSet<int>? _listPeriods;
    private int _markerCursor;
    private int _polls;

    private SentenceScanner(string text, LanguageProfile profile, List<Sentence> sentences, int maxHeadingWords, bool keepQuotationsWhole, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _text = text;
        _profile = profile;
        _sentences = sentences;
        _maxHeadingWords = maxHeadingWords;
        _keepQuotationsWhole = keepQuotationsWhole;
    }

    /// <summary>Appends the sentences of <paramref name="text"/> to <paramref name="sentences"/>.</summary>
    public static void SplitCore(string text, LanguageProfile profile, List<Sentence> sentences, int maxHeadingWords, bool joinWrappedLines, bool keepQuotationsWhole, CancellationToken cancellationToken)
    {
        var scanner = new SentenceScanner(text, profile, sentences, maxHeadingWords, keepQuotationsWhole, cancellationToken);
        scanner.Run(joinWrappedLines);
    }

    private void Run(bool joinWrappedLines)
    {
        string text = _text;
        _markers = ListMarkers.Find(text, _profile);
        // Soft line breaks (hard-wrapped paragraphs) are white space; see LineLayout for which breaks are soft.
        LineLayout layout = LineLayout.Analyze(text);
        int i = 0;
        while (i < text.Length)
        {
            int end = LineEnd(i);
            int next = AfterLineBreak(end);
            int line = i;
            while (next < text.Length && (layout.IsSoftBreak(line, end, next) || joinWrappedLines && ContinuesOnNextLine(i, end, next)))
            {
                line = next;
                end = LineEnd(next);
                next = AfterLineBreak(end);
            }

            Poll();
            ScanSegment(i, end);
            i = next;
        }
    }

    /// <summary>Checks for cancellation every 1024 calls: often enough on huge texts, too rarely to cost time.</summary>
    private void Poll()
    {
        if ((++_polls & 1023) == 0)
            _cancellationToken.ThrowIfCancellationRequested();
    }

    private int LineEnd(int i)
    {
        int found = _text.AsSpan(i).IndexOfAny(Punctuation.LineBreaks);
        return found < 0 ? _text.Length : i + found;
    }

    private int AfterLineBreak(int i)
    {
        if (i < _text.Length && _text[i] == '\r' && i + 1 < _text.Length && _text[i + 1] == '\n')
            return i + 2;
        return Math.Min(i + 1, _text.Length);
    }

    /// <summary>For hard-wrapped text: a line continues on the next when that starts in lower case and this one does not end a sentence.</summary>
    private bool ContinuesOnNextLine(int lineStart, int lineEnd, int next)
    {
        int last = lineEnd - 1;
        while (last >= lineStart && char.IsWhiteSpace(_text[last]))
            last--;
        if (last < lineStart)
            return false;
        char end = _text[last];
        if (Punctuation.IsLatinTerminator(end) || Punctuation.IsScriptTerminator(end) || Punctuation.IsCloser(end) || end == ':')
            return false;
        int first = next;
        while (first < _text.Length && _text[first] is ' ' or '\t')
            first++;
        return first < _text.Length && char.IsLower(_text[first]);
    }

    private int SkipSpaces(int i, int end)
    {
        while (i < end && char.IsWhiteSpace(_text[i]))
            i++;
        return i;
    }

    private void ScanSegment(int segStart, int segEnd)
    {
        string text = _text;
        segStart = SkipSpaces(segStart, segEnd);
        if (segStart >= segEnd)
            return;

        QuotedRanges.Find(text, segStart, segEnd, _ranges, _keepQuotationsWhole);
        IndexClosingMarks();
        int start = segStart;
        int i = segStart;
        System.Buffers.SearchValues<char> candidates = _profile.Candidates;
        while (i < segEnd)
        {
            Poll();
            // Jump to the next character that may end a sentence, or to the next list item.
            int limit = _markers is null ? segEnd : Math.Min(segEnd, NextListBreak(i));
            int found = text.AsSpan(i, limit - i).IndexOfAny(candidates);
            if (found < 0)
            {
                i = limit;
                if (i < segEnd && i > start)
                {
                    // An inline list item starts here: "1. The first item 2. The second item".
                    Emit(start, i, segStart, segEnd);
                    start = i;
                }

                continue;
            }

            i += found;
            char c = text[i];
            int boundary = -1;
            int resume = i + 1;
            if (Punctuation.IsScriptTerminator(c))
            {
                boundary = ScriptTerminator(i, segEnd, out resume);
            }
            else if (_profile.LatinTerminators && Punctuation.IsLatinTerminator(c))
            {
                boundary = LatinTerminator(i, start, segStart, segEnd, out resume);
            }
            else if (_profile.ExtraTerminators.Contains(c))
            {
                boundary = ExtraTerminator(i, segEnd, out resume);
            }
            else if (c is '"' or '\u201D' && i > start && text[i - 1] == '-')
            {
                // "...afore she comes, to--" At this moment": a broken-off quotation ends the sentence.
                int next = SkipSpaces(i + 1, segEnd);
                if (next > i + 1 && next < segEnd && Punctuation.IsSentenceInitialLetter(text[next]))
                    boundary = i + 1;
            }

            if (boundary >= 0)
            {
                Emit(start, boundary, segStart, segEnd);
                start = SkipSpaces(Math.Max(boundary, resume), segEnd);
                i = start;
                continue;
            }

            i = Math.Max(resume, i + 1);
        }

        if (start < segEnd)
            Emit(start, segEnd, segStart, segEnd);
    }

    /// <summary>The position of the next list item that starts after <paramref name="i"/>.</summary>
    private int NextListBreak(int i)
    {
        List<ListMarker> markers = _markers!;
        while (_markerCursor < markers.Count && markers[_markerCursor].BreakAt <= i)
            _markerCursor++;
        return _markerCursor < markers.Count ? markers[_markerCursor].BreakAt : int.MaxValue;
    }

    private bool IsListPeriod(int period)
    {
        if (_markers is null)
            return false;
        // A set rather than a walk over the markers: a long list would make every period cost its length.
        _listPeriods ??= _markers.Where(static m => m.MaskAt >= 0).Select(static m => m.MaskAt).ToHashSet();
        return _listPeriods.Contains(period);
    }

    /// <summary>
    /// Whether the terminator run <c>[at, runEnd)</c> lies inside quotes or brackets. A run right before the
    /// closing mark is not protected: it may end the sentence together with the mark.
    /// </summary>
    private bool IsQuoted(int at, int runEnd)
    {
        // A terminator right before a closing double quote may end the sentence even inside a longer passage
        // ('voices--"Catch him!" Then silence'); whether it does depends on the next word.
        bool beforeDoubleQuote = runEnd < _text.Length && _text[runEnd] is '"' or '\u201D';
        if (beforeDoubleQuote)
            return false;

        // Protected when a range opening before the run closes after it, elsewhere than right at its end.
        int opened = OpenedBefore(at);
        if (opened == 0)
            return false;
        int largest = _largestClose[opened - 1];
        if (largest > at && largest != runEnd)
            return true;
        return largest == runEnd && _secondLargestClose[opened - 1] > at;
    }

    /// <summary>The number of ranges whose opening mark is before <paramref name="at"/>.</summary>
    private int OpenedBefore(int at)
    {
        int low = 0, high = _ranges.Count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_ranges[middle].Open < at)
                low = middle + 1;
            else
                high = middle;
        }

        return low;
    }

    private void IndexClosingMarks()
    {
        _largestClose.Clear();
        _secondLargestClose.Clear();
        int largest = -1, second = -1;
        foreach (QuotedRange range in _ranges)
        {
            if (range.Close > largest)
            {
                second = largest;
                largest = range.Close;
            }
            else if (range.Close < largest && range.Close > second)
            {
                second = range.Close;
            }

            _largestClose.Add(largest);
            _secondLargestClose.Add(second);
        }
    }

    private int SkipClosers(int i, int end)
    {
        while (i < end && Punctuation.IsCloser(_text[i]))
            i++;
        return i;
    }

    /// <summary>。 ！ ？ । ؟ ։ ። ။ and the like end a sentence, spaces or not, unless quoted.</summary>
    private int ScriptTerminator(int at, int segEnd, out int resume)
    {
        int runEnd = at + 1;
        while (runEnd < segEnd && (Punctuation.IsScriptTerminator(_text[runEnd]) || Punctuation.IsLatinTerminator(_text[runEnd])))
            runEnd++;
        int end = SkipClosers(runEnd, segEnd);
        resume = end;
        if (IsQuoted(at, runEnd))
            return -1;

        // 「你好。」她说。: a quotation that runs on into its sentence does not end it.
        if (end > runEnd && end < segEnd && !char.IsWhiteSpace(_text[end]) && !Punctuation.IsOpener(_text[end]) && _text[end - 1] is '\u300D' or '\u300F')
            return -1;
        return end;
    }

    /// <summary>Greek ';', Armenian and Arabic ':', the Arabic comma: a boundary when followed by a space.</summary>
    private int ExtraTerminator(int at, int segEnd, out int resume)
    {
        string text = _text;
        int end = SkipClosers(at + 1, segEnd);
        resume = end;
        if (end < segEnd && !char.IsWhiteSpace(text[end]))
            return -1;
        if (IsQuoted(at, at + 1))
            return -1;
        if (text[at] == '\u060C')
        {
            // "الدم، والقلب، زرعها": a comma before a word that is itself followed by a comma is a list comma.
            int word = SkipSpaces(end, segEnd);
            int wordEnd = word;
            while (wordEnd < segEnd && !char.IsWhiteSpace(text[wordEnd]) && text[wordEnd] != '\u060C')
                wordEnd++;
            if (wordEnd < segEnd && text[wordEnd] == '\u060C')
                return -1;
        }

        return end;
    }

    private enum Next
    {
        End,
        Upper,
        Lower,
        Digit,
        Other,
    }

    private Next Classify(int next, int segEnd, out int letterAt)
    {
        letterAt = next;
        if (next >= segEnd)
            return Next.End;
        while (letterAt < segEnd && Punctuation.IsOpener(_text[letterAt]))
            letterAt++;
        if (letterAt >= segEnd)
            return Next.Other;
        char c = _text[letterAt];
        if (char.IsLower(c))
            return Next.Lower;
        if (Punctuation.IsSentenceInitialLetter(c))
            return Next.Upper;
        return char.IsDigit(c) ? Next.Digit : Next.Other;
    }

    private int LatinTerminator(int at, int start, int segStart, int segEnd, out int resume)
    {
        string text = _text;
        if (text[at] == '.' && IsSpacedEllipsis(at, segEnd))
        {
            // "weakened . . . was": an ellipsis of spaced periods never ends the sentence by itself.
            resume = at + 5;
            return -1;
        }

        int runEnd = at;
        int periods = 0;
        bool questionOrExclamation = false;
        bool ellipsis = false;
        while (runEnd < segEnd && Punctuation.IsLatinTerminator(text[runEnd]))
        {
            char t = text[runEnd];
            if (t == '.')
                periods++;
            else if (t == '\u2026')
                ellipsis = true;
            else
                questionOrExclamation = true;
            runEnd++;
        }

        ellipsis |= periods >= 2;
        if (periods >= 4 && IsDotLeader(runEnd, segEnd))
        {
            // A table of contents: "About Me........5", "What's the Score?.......9". The leader and the page
            // number are no part of the sentence.
            resume = segEnd;
            int leader = at;
            while (leader < runEnd && text[leader] != '.')
                leader++;
            return leader > at ? leader : at > start ? at : -1;
        }

        int end = SkipClosers(runEnd, segEnd);
        resume = end;
        if (IsQuoted(at, runEnd))
            return -1;

        int next = SkipSpaces(end, segEnd);
        if (next >= segEnd)
            return end;

        if (next == end)
        {
            // No space after the terminator: inside a number, URL, e-mail address or abbreviation, unless the
            // words run together ("Hello world.Today is Tuesday.") or a reference follows ("martyr.[1] The").
            if (periods == 1 && runEnd == at + 1 && end == runEnd && !questionOrExclamation)
            {
                int reference = AfterNumericReference(at, segEnd);
                if (reference >= 0)
                    return reference;
                if (IsRunTogetherBoundary(at, start, segEnd))
                    return at + 1;
            }

            return -1;
        }

        // "Copper is a metal. [4] It conducts", "in water. [2][5] [7] Steel": citation markers after the terminator
        // belong to the sentence that ends; whether it ends is decided by the word after them.
        int citationEnd = -1;
        if (text[next] == '[' && CitationMarkers(next, segEnd) is var markers and > 0)
        {
            int after = SkipSpaces(markers, segEnd);
            if (after < segEnd && Punctuation.IsSentenceInitialLetter(text[after]))
                (citationEnd, next) = (markers, after);
        }

        int sentenceEnd = EndBeforeNextWord(at, runEnd, end, start, segStart, segEnd, next, questionOrExclamation, ellipsis);
        return sentenceEnd == end && citationEnd >= 0 ? citationEnd : sentenceEnd;
    }

    /// <summary>Where the sentence ends, given the terminator run [at, runEnd), its closers up to end, and the next word at next; -1 when it does not.</summary>
    private int EndBeforeNextWord(int at, int runEnd, int end, int start, int segStart, int segEnd, int next, bool questionOrExclamation, bool ellipsis)
    {
        string text = _text;
        Next kind = Classify(next, segEnd, out int letterAt);

        // After a closing quotation mark the next sentence must start right away with a capital
        // ("This is great." She held...), or with a parenthesis after a double quote.
        if (end > runEnd && Punctuation.IsQuote(text[end - 1]))
        {
            char closer = text[end - 1];
            bool direct = Punctuation.IsSentenceInitialLetter(text[next])
                || text[next] == '(' && closer is '"' or '\u201D' or '\u00BB';
            if (!direct)
                return -1;
        }

        if (questionOrExclamation)
        {
            // "Leave me alone! he yelled", "! ! !", "Yahoo! Research"; Kazakh "Не? — деді ол".
            if (kind == Next.Lower && !(_profile.QuestionBeforeLowercaseEnds && text[runEnd - 1] == '?') || Punctuation.IsLatinTerminator(text[next]) || _profile.DashContinuesQuestion && Punctuation.IsDash(text[next]))
                return -1;
            if (runEnd == at + 1 && text[at] == '!' && IsExclamationWord(WordBefore(at, start)))
                return -1;
            return end;
        }

        if (ellipsis)
            return kind == Next.Upper && letterAt == next ? end : -1;

        return Period(at, end, start, segStart, segEnd, next, kind, letterAt);
    }

    /// <summary>Names with an exclamation mark, which ends no sentence.</summary>
    private static bool IsExclamationWord(ReadOnlySpan<char> word) => word is "Yahoo" or "Yum";

    /// <summary>" . . . " (three spaced periods with a space on either side).</summary>
    private bool IsSpacedEllipsis(int at, int segEnd)
    {
        string text = _text;
        return at > 0 && char.IsWhiteSpace(text[at - 1]) && at + 4 < segEnd
            && text[at + 1] == ' ' && text[at + 2] == '.' && text[at + 3] == ' ' && text[at + 4] == '.'
            && (at + 5 == segEnd || char.IsWhiteSpace(text[at + 5]));
    }

    /// <summary>Whether only a page number ("5", "16-17") follows up to the end of the line.</summary>
    private bool IsDotLeader(int from, int segEnd)
    {
        string text = _text;
        bool digit = false;
        for (int k = from; k < segEnd; k++)
        {
            char c = text[k];
            if (char.IsDigit(c))
                digit = true;
            else if (!char.IsWhiteSpace(c) && !Punctuation.IsDash(c))
                return false;
        }

        return digit;
    }

    /// <summary>Whether only spaced periods, closers and spaces follow up to the end of the line ("less complex. . . .”").</summary>
    private bool OnlyEllipsisFollows(int from, int segEnd)
    {
        string text = _text;
        bool any = false;
        for (int k = from; k < segEnd; k++)
        {
            char c = text[k];
            if (c == '.')
                any = true;
            else if (!char.IsWhiteSpace(c) && !Punctuation.IsCloser(c))
                return false;
        }

        return any;
    }

    private int Period(int at, int end, int start, int segStart, int segEnd, int next, Next kind, int letterAt)
    {
        string text = _text;
        ReadOnlySpan<char> word = WordBefore(at, start);
        char following = text[next];

        if (following == '.' && OnlyEllipsisFollows(next, segEnd))
            return -1;
        if (IsListPeriod(at))
            return -1;

        if (word.IsEmpty)
            return kind == Next.Lower ? -1 : end;

        // Numbers: "bought 1,000. That", list items "1. The first item", German ordinals "am 12. Juni".
        if (IsNumber(word))
        {
            bool shortNumber = word.Length <= 2 || word.Length == 3 && word[0] == '-';
            if (shortNumber && (_profile.OrdinalNumbers || IsAtLineStart(at - word.Length, segStart)))
                return -1;
            return kind == Next.Lower ? -1 : end;
        }

        // "N°. 1026.253.553"
        if (word[^1] == '\u00B0' && kind == Next.Digit)
            return -1;

        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            if (char.IsUpper(word[0]))
            {
                // An initial ("Albert I. Jones"), unless the pronoun I closes the sentence ("you and I. Did you").
                return word[0] == 'I' && kind == Next.Upper && StartsWithSentenceStarter(letterAt, segEnd) && end == at + 1 ? end : -1;
            }

            if (_profile.SingleLowercaseLetterAbbreviations)
                return -1;
        }

        // Italian and French elision: "l'Ing. Mengozzi", "dell'Avv. Rossi".
        int apostrophe = word.LastIndexOfAny('\'', '\u2019');
        if (apostrophe >= 0 && apostrophe < word.Length - 1)
            word = word[(apostrophe + 1)..];

        if (_profile.RomanOrdinals && IsRomanNumeral(word))
            return -1;

        bool multiPeriod = IsMultiPeriodAbbreviation(word);
        if (multiPeriod || _profile.IsAbbreviation(word))
            return Abbreviation(word, multiPeriod, at, end, start, next, kind, letterAt, segEnd);

        return kind switch
        {
            Next.Lower => _profile.LowercaseContinues ? -1 : end,
            _ => end,
        };
    }

    private int Abbreviation(ReadOnlySpan<char> word, bool multiPeriod, int at, int end, int start, int next, Next kind, int letterAt, int segEnd)
    {
        string text = _text;
        if (end != at + 1)
        {
            // "(Ind.) said he", "Co.)": a closer after the abbreviation; judge by the next word only.
            return kind is Next.Upper or Next.End ? end : -1;
        }

        if (_profile.IsPrepositive(word))
            return -1;
        if (kind is Next.Lower or Next.Digit || text[next] == '(')
            return -1;
        // "Bogotá, D.C. - Colombia", "the U.S. Government" against "I live in the U.S. How about you?".
        if (multiPeriod && !IsAmPm(word))
            return kind == Next.Upper && letterAt == next && StartsWithSentenceStarter(letterAt, segEnd) ? end : -1;
        if (kind != Next.Upper)
            return _profile.AbbreviationBoundary == AbbreviationBoundary.Never ? -1 : end;

        // "At 5 a.m. Mr. Smith went", "He left at 6 P.M. Travelers who...": a time before a capital ends the
        // sentence unless the sentence would be only the time.
        if (IsAmPm(word))
            return CountWords(start, at) >= 4 ? end : -1;

        // "Pitt, Briggs & Co. It closed yesterday." The GmbH & Co. KG is a company form.
        if (word.Equals("co", StringComparison.OrdinalIgnoreCase) && text.AsSpan(next).StartsWith("KG", StringComparison.Ordinal))
            return -1;
        return _profile.AbbreviationBoundary == AbbreviationBoundary.Never ? -1 : end;
    }

    private static bool IsRomanNumeral(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is not ('I' or 'V' or 'X' or 'L' or 'C' or 'D' or 'M'))
                return false;
        }

        return true;
    }

    private static bool IsAmPm(ReadOnlySpan<char> word) =>
        word.Length == 3 && word[1] == '.' && (word[0] | 0x20) is 'a' or 'p' && (word[2] | 0x20) == 'm';

    /// <summary>"U.S", "e.g", "J.C", "a.m": single letters joined by periods.</summary>
    private static bool IsMultiPeriodAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
            return false;
        for (int k = 0; k < word.Length; k++)
        {
            if (k % 2 == 0 ? !char.IsLetter(word[k]) : word[k] != '.')
                return false;
        }

        return true;
    }

    private bool StartsWithSentenceStarter(int at, int segEnd)
    {
        int k = at;
        while (k < segEnd && char.IsLetter(_text[k]))
            k++;
        return _profile.IsSentenceStarter(_text.AsSpan(at, k - at));
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        bool digit = false;
        foreach (char c in word)
        {
            if (char.IsDigit(c))
                digit = true;
            else if (c is not (',' or '.' or '-' or '+' or '$' or '\u20AC' or '\u00A3' or '%'))
                return false;
        }

        return digit;
    }

    private bool IsAtLineStart(int at, int segStart)
    {
        for (int k = at - 1; k >= segStart; k--)
        {
            if (!char.IsWhiteSpace(_text[k]))
                return false;
        }

        return true;
    }

    /// <summary>The word before the period at <paramref name="period"/>: back to the previous space, without opening quotes or brackets.</summary>
    private ReadOnlySpan<char> WordBefore(int period, int start)
    {
        int k = period;
        while (k > start && !char.IsWhiteSpace(_text[k - 1]))
            k--;
        while (k < period && (Punctuation.IsOpener(_text[k]) || Punctuation.IsDash(_text[k]) || Punctuation.IsBullet(_text[k])))
            k++;
        return _text.AsSpan(k, period - k);
    }

    private int CountWords(int start, int end)
    {
        int words = 0;
        bool inWord = false;
        for (int k = start; k < end; k++)
        {
            bool letter = !char.IsWhiteSpace(_text[k]);
            if (letter && !inWord)
                words++;
            inWord = letter;
        }

        return words;
    }

    /// <summary>
    /// "martyr.[1] The emperor", "consultation.11 12 Take", "(type 2).10 This": a numeric reference after the
    /// period belongs to the sentence; returns the end of the reference when a capitalised sentence follows, else -1.
    /// </summary>
    private int AfterNumericReference(int period, int segEnd)
    {
        string text = _text;
        if (period == 0 || char.IsWhiteSpace(text[period - 1]))
            return -1;
        int k = period + 1;
        if (k < segEnd && text[k] == '[')
        {
            // A bracketed marker is never part of a number, so a digit may stand before the period ("in 1850.[2]").
            k = CitationMarkers(k, segEnd);
            if (k < 0)
                return -1;
        }
        else
        {
            if (char.IsDigit(text[period - 1]))
                return -1; // "3.14", "version 2.10": a decimal, not a reference
            int digits = 0;
            while (k < segEnd && (char.IsAsciiDigit(text[k]) || text[k] == ' ' && digits > 0 && k + 1 < segEnd && char.IsAsciiDigit(text[k + 1])))
            {
                digits = text[k] == ' ' ? 0 : digits + 1;
                if (digits > 3)
                    return -1;
                k++;
            }

            if (k == period + 1)
                return -1;
        }

        int next = SkipSpaces(k, segEnd);
        return next > k && next < segEnd && Punctuation.IsSentenceInitialLetter(text[next]) ? k : -1;
    }

    /// <summary>
    /// The end of a run of numeric citation markers starting at <paramref name="at"/> ("[4]", "[2][5] [7]", "[3, 8-10]"),
    /// spaces allowed between them; -1 when none starts there. Wikipedia-style and numbered-reference texts put them
    /// after the sentence they support.
    /// </summary>
    private int CitationMarkers(int at, int segEnd)
    {
        string text = _text;
        int k = at;
        int end = -1; // after the last whole marker
        while (k + 1 < segEnd && text[k] == '[' && char.IsAsciiDigit(text[k + 1]))
        {
            int close = k + 1;
            while (close < segEnd && (char.IsAsciiDigit(text[close]) || text[close] is ',' or ' ' or '-' or '\u2013'))
                close++;
            if (close >= segEnd || text[close] != ']')
                break;
            end = close + 1;
            k = SkipSpaces(end, segEnd);
        }

        return end;
    }

    /// <summary>"Hello world.Today is Tuesday.Mr. Smith": a period between a word and a capitalised word with no space.</summary>
    private bool IsRunTogetherBoundary(int period, int start, int segEnd)
    {
        string text = _text;
        if (period + 2 >= segEnd || period == 0)
            return false;
        char before = text[period - 1];
        // The next word is capitalised ("Today", "XVIII") or is a one-letter word ("I dag").
        char second = text[period + 2];
        if (!(char.IsLower(before) || char.IsDigit(before)) || !char.IsUpper(text[period + 1])
            || !(char.IsLetter(second) || char.IsWhiteSpace(second)))
            return false;
        ReadOnlySpan<char> word = WordBefore(period, start);
        if (word.Length < 2 || word.IndexOfAny('.', '@', '/') >= 0 || word.IndexOf(':') >= 0)
            return false;
        int k = period + 1;
        while (k < segEnd && !char.IsWhiteSpace(text[k]))
        {
            char c = text[k];
            if (c is '@' or '/' || c == '.' && k + 1 < segEnd && char.IsLetterOrDigit(text[k + 1]))
                return false;
            k++;
        }

        return true;
    }

    private void Emit(int start, int end, int segStart, int segEnd)
    {
        string text = _text;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        if (end <= start)
            return;

        int lineEnd = segEnd;
        while (lineEnd > segStart && char.IsWhiteSpace(text[lineEnd - 1]))
            lineEnd--;
        bool wholeLine = start == segStart && end == lineEnd;
        if (!Markup.Trim(text, ref start, ref end))
            return;

        bool isHeading = wholeLine && !EndsWithPunctuation(start, end) && CountWords(start, end) <= _maxHeadingWords;
        _sentences.Add(new Sentence(TextSpan.FromBounds(start, end), _sentences.Count, isHeading));
    }

    private bool EndsWithPunctuation(int start, int end)
    {
        int k = end - 1;
        while (k > start && Punctuation.IsCloser(_text[k]))
            k--;
        char c = _text[k];
        return Punctuation.IsLatinTerminator(c) || Punctuation.IsScriptTerminator(c) || c is ':' or ';' || _profile.ExtraTerminators.Contains(c);
    }
}
