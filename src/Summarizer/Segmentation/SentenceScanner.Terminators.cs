using Summarizer.Text;

namespace Summarizer.Segmentation;

/// <summary>
/// Terminators: script terminators, the extra terminators of some languages, and . ? ! with their runs, ellipses and
/// dot leaders, judged by the word that follows.
/// </summary>
internal sealed partial class SentenceScanner
{
    /// <summary>。 ！ ？ । ؟ ։ ። ။ and the like end a sentence, spaces or not, unless quoted.</summary>
    private int ScriptTerminator(int at, int segEnd, out int resume)
    {
        int runEnd = at + 1;
        while (runEnd < segEnd && (Punctuation.IsScriptTerminator(_text[runEnd]) || Punctuation.IsLatinTerminator(_text[runEnd])))
            runEnd++;
        // Closing quotes and brackets after 。！？ belong to the sentence, but not “: it closes a German „quote“, and in the
        // scripts these terminators end, Chinese above all, it opens the next sentence's quotation (更换。“我们…).
        int end = runEnd;
        while (end < segEnd && Punctuation.IsCloser(_text[end]) && _text[end] != '\u201C')
            end++;
        resume = end;
        if (IsQuoted(at, runEnd))
            return -1;

        // 「你好。」她说。, “那就明天再去吧。”她回答。: a quotation that runs on into its sentence does not end it.
        if (end > runEnd && end < segEnd && !char.IsWhiteSpace(_text[end]) && !Punctuation.IsOpener(_text[end]) && _text[end - 1] is '\u300D' or '\u300F' or '\u201D')
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
        // "approx. $40", "est. \u00A32m": a currency sign before a number opens the number, as a digit would.
        if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol && letterAt + 1 < segEnd && char.IsDigit(_text[letterAt + 1]))
            return Next.Digit;
        return char.IsDigit(c) ? Next.Digit : Next.Other;
    }

    private int LatinTerminator(int at, int start, int segStart, int segEnd, out int resume)
    {
        string text = _text;
        if (text[at] == '.' && IsSpacedEllipsis(at, segEnd))
        {
            // Spaced periods are the typeset form of "...", so they end a sentence as it does: before a capital
            // ("Wait . . . Then it came."), not before a lower-case word ("weakened . . . was"), and not before the
            // pronoun I, which trails off mid-sentence as often as it starts one ("the thing is . . . I didn't").
            // An ellipsis that opens the sentence marks words left out before it ("... . . . The practice was").
            resume = at + 5;
            int after = SkipSpaces(at + 5, segEnd);
            if (at > start && after < segEnd && text[after] != '.' && Classify(after, segEnd, out int letter) == Next.Upper && letter == after
                && !IsPronounI(after, segEnd) && !IsQuoted(at, at + 5))
                return at + 5;
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
        int markAt = runEnd;
        if (end == runEnd && SpacedClosingMark(segStart, runEnd, segEnd) is var closed and > 0)
            (markAt, end) = (SkipSpaces(runEnd, segEnd), closed);
        resume = end;
        if (IsQuoted(at, markAt))
            return -1;

        int next = SkipSpaces(end, segEnd);
        if (next >= segEnd)
            return end;

        // "Так красиво! 😍😍 Зато", "It's well cool. :) Then": emoji and emoticons after the terminator belong to the
        // sentence that ends; whether it ends is decided by the word after them.
        if (Emoji.RunEnd(text, next, segEnd) is var emojiEnd and > 0)
        {
            int after = SkipSpaces(emojiEnd, segEnd);
            if (after >= segEnd)
                return emojiEnd;
            return EndBeforeNextWord(at, runEnd, end, start, segStart, segEnd, after, questionOrExclamation, ellipsis) == end ? emojiEnd : -1;
        }

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

        // A dash after a sentence's end, then a space and a capital, opens a line of dialogue or an attribution
        // ("пожар. -- Светка, что", "-- Нет. — Почему?", "fine against a wall.\" - Eleanor Roosevelt"): the dash belongs
        // to the next sentence, which is judged by its first word. Inside a sentence a dash stands after a word, not
        // after a terminator.
        // After a question or exclamation, a dash before a lower-case word opens the reporting clause of the same
        // sentence ("-- Учил? -- спросила она", "Why? -- he asked").
        if (Punctuation.IsDash(text[next]) && WordAfterDash(next, segEnd) is var afterDash and >= 0)
        {
            if (char.IsUpper(text[afterDash]))
                next = afterDash;
            else if (questionOrExclamation && char.IsLower(text[afterDash]))
                return -1;
        }

        Next kind = Classify(next, segEnd, out int letterAt);

        // After a closing quotation mark the next sentence must start right away with a capital
        // ("This is great." She held...), with a parenthesis after a double quote, or with a new quotation whose
        // first word is capitalised: one quotation closing on a terminator and the next opening on a capital are
        // two utterances ("Go now." "Why?"; German ``...'' ``Wir''), as a quotation running on would not reopen.
        if (end > runEnd && Punctuation.IsQuote(text[end - 1]))
        {
            char closer = text[end - 1];
            bool direct = Punctuation.IsSentenceInitialLetter(text[next])
                || text[next] == '(' && closer is '"' or '\u201D' or '\u00BB'
                || OpensQuotationOnCapital(next, segEnd);
            if (!direct)
                return -1;
        }

        if (questionOrExclamation)
        {
            // "Leave me alone! he yelled", "! ! !", "Yahoo! Research"; Kazakh "Не? — деді ол".
            if (kind == Next.Lower && !(_profile.QuestionBeforeLowercaseEnds && text[runEnd - 1] == '?' || EndsBeforeLowercase(at, end, start, letterAt, segEnd))
                || Punctuation.IsLatinTerminator(text[next]) || _profile.DashContinuesQuestion && Punctuation.IsDash(text[next]))
                return -1;
            if (runEnd == at + 1 && text[at] == '!' && IsExclamationWord(WordBefore(at, start)))
                return -1;
            return end;
        }

        if (ellipsis)
            return kind == Next.Upper && letterAt == next ? end : -1;

        return Period(at, end, start, segStart, segEnd, next, kind, letterAt);
    }

    /// <summary>
    /// The first character after a dash of up to three characters at <paramref name="at"/> (<c>-</c>, <c>--</c>,
    /// <c>–</c>, <c>—</c>) and the spaces after it; -1 when no space follows the dash.
    /// </summary>
    private int WordAfterDash(int at, int segEnd)
    {
        string text = _text;
        int k = at;
        while (k < segEnd && k - at < 3 && Punctuation.IsDash(text[k]))
            k++;
        if (k >= segEnd || text[k] is not (' ' or '\u00A0'))
            return -1;
        k = SkipSpaces(k, segEnd);
        return k < segEnd ? k : -1;
    }

    /// <summary>
    /// Whether an opening quotation mark (<c>" “ „ « ‹ ‘ '</c>, or the typewriter pair <c>``</c>) stands at
    /// <paramref name="at"/> with a capital right after it (after spaces too for <c>``</c>, which only opens). It is
    /// asked only after a quotation closed on a terminator and a space, where an apostrophe before a capital ('Tis) is
    /// rarer than a new quotation.
    /// </summary>
    private bool OpensQuotationOnCapital(int at, int segEnd)
    {
        string text = _text;
        int k = at;
        if (k + 1 < segEnd && text[k] == '`' && text[k + 1] == '`')
            k = SkipSpaces(k + 2, segEnd); // Tokenized text spaces the pair from its word ("`` Is it ? ''"); it only opens.
        else if (text[k] is '"' or '\'' or '\u201C' or '\u201E' or '\u00AB' or '\u2039' or '\u2018')
            k++;
        else
            return false;
        return k < segEnd && char.IsUpper(text[k]);
    }

    /// <summary>
    /// Whether a question or exclamation mark at <paramref name="at"/> ends its sentence before the lower-case word at
    /// <paramref name="word"/>: with the language's reporting clauses known, unless that word opens one ("he yelled",
    /// "said Alice") or the mark closes a one-word exclamation inside the sentence ("but, alas! the door", "splash!
    /// she was"), and no closing mark stands between (a quotation before a lower-case word is reported speech).
    /// </summary>
    private bool EndsBeforeLowercase(int at, int end, int start, int word, int segEnd)
    {
        ReportingClause? clause = _profile.ReportingClause;
        if (clause is null || end != SkipTerminators(at, end))
            return false;
        ReadOnlySpan<char> first = LetterRun(word, segEnd);
        if (clause.IsVerb(first))
            return false;
        if (clause.IsPronoun(first))
        {
            int second = SkipSpaces(word + first.Length, segEnd);
            if (clause.IsVerb(LetterRun(second, segEnd)))
                return false;
        }

        // A capitalised word before the mark, with another among the few before it, ends a title that runs on in the
        // sentence ("the comedy Are We There Yet? and", "the musical Mamma Mia! which"). An exclamation is one word
        // when a comma, a semicolon, another mark or the sentence start precedes it; a one-word question is not
        // ("uh, where? just in the water?").
        int k = at;
        while (k > start && char.IsLetter(_text[k - 1]))
            k--;
        if (k < at && char.IsUpper(_text[k]) && CapitalisedWordBefore(k, start, 4))
            return false;
        if (_text[at] != '!')
            return true;
        while (k > start && _text[k - 1] == ' ')
            k--;
        return !(k == start || _text[k - 1] is ',' or ';' or ':' or '!' or '?');
    }

    /// <summary>
    /// Whether one of the <paramref name="words"/> words before <paramref name="at"/> is capitalised, leaving out the
    /// sentence's first word and the pronoun I, which are capitalised anyway.
    /// </summary>
    private bool CapitalisedWordBefore(int at, int start, int words)
    {
        string text = _text;
        int k = at;
        for (int w = 0; w < words; w++)
        {
            while (k > start && char.IsWhiteSpace(text[k - 1]))
                k--;
            int wordEnd = k;
            while (k > start && !char.IsWhiteSpace(text[k - 1]))
                k--;
            if (k == wordEnd || k == start)
                return false;
            if (char.IsUpper(text[k]) && !(wordEnd - k == 1 && text[k] == 'I'))
                return true;
        }

        return false;
    }

    private int SkipTerminators(int at, int end)
    {
        while (at < end && Punctuation.IsLatinTerminator(_text[at]))
            at++;
        return at;
    }

    private ReadOnlySpan<char> LetterRun(int at, int segEnd)
    {
        int k = at;
        while (k < segEnd && char.IsLetter(_text[k]))
            k++;
        return _text.AsSpan(at, k - at);
    }

    /// <summary>Names with an exclamation mark, which ends no sentence.</summary>
    private static bool IsExclamationWord(ReadOnlySpan<char> word) => word is "Yahoo" or "Yum";

    /// <summary>Whether the word at <paramref name="at"/> is the pronoun I ("I", "I'm", "I've").</summary>
    private bool IsPronounI(int at, int segEnd) =>
        _text[at] == 'I' && (at + 1 == segEnd || !char.IsLetterOrDigit(_text[at + 1]));

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
}
