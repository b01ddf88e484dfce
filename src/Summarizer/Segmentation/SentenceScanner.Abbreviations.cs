using Summarizer.Text;

namespace Summarizer.Segmentation;

/// <summary>
/// Periods after words: numbers, initials, Roman numerals and abbreviations, and the word helpers they use.
/// </summary>
internal sealed partial class SentenceScanner
{
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
            if (shortNumber && IsAtLineStart(at - word.Length, segStart))
                return -1;
            // An ordinal is an adjective: a noun or another adjective follows it ("am 12. Juni", "im 19. Jahrhundert"),
            // never a pronoun, article or conjunction, so one of those after the number starts a new sentence
            // ("auf Seite 12. Dort findest du", "in Haus 7. Es ist blau").
            if (shortNumber && _profile.OrdinalNumbers && !AfterNumberAbbreviation(at - word.Length, start))
                return kind == Next.Upper && letterAt == next && StartsWithSentenceStarter(letterAt, segEnd) ? end : -1;
            return kind == Next.Lower ? -1 : end;
        }

        // "II. Method", "IV. Results": a Roman numeral opening a line numbers a heading or a list item, as "2." does.
        if (IsRomanListNumber(word) && IsAtLineStart(at - word.Length, segStart))
            return -1;

        // "N°. 1026.253.553"
        if (word[^1] == '\u00B0' && kind == Next.Digit)
            return -1;

        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            if (char.IsUpper(word[0]))
            {
                // An initial ("Albert I. Jones", "J. R. R. Tolkien") precedes a name, so a function word after it
                // starts a new sentence when the letter can close one: the pronoun I ("you and I. Did you") and the
                // last letter of a spaced acronym ("born in the U. S. A. His parents", "the U. K. Her brother"). A lone
                // capital is more often a label or a variable ("Q. What is", "in X. If X = {v}").
                bool closes = word[0] == 'I' || IsAfterInitial(at - 1, start);
                return closes && kind == Next.Upper && letterAt == next && StartsWithSentenceStarter(letterAt, segEnd) && end == at + 1 ? end : -1;
            }

            if (_profile.SingleLowercaseLetterAbbreviations)
                return -1;
        }

        if (_profile.EnumerationEnds.Count > 0 && _profile.EndsEnumeration(text, start, at))
            return kind == Next.Upper && letterAt == next ? end : -1;

        // Italian and French elision: "l'Ing. Mengozzi", "dell'Avv. Rossi".
        int apostrophe = word.LastIndexOfAny('\'', '\u2019');
        if (apostrophe >= 0 && apostrophe < word.Length - 1)
            word = word[(apostrophe + 1)..];

        if (_profile.RomanOrdinals && IsRomanNumeral(word))
            return -1;

        // "No. 5", "Tab. 4": the number after one of these is the item it names, never the next sentence.
        if (kind == Next.Digit && _profile.IsNumberAbbreviation(word))
            return -1;

        bool multiPeriod = IsMultiPeriodAbbreviation(word);
        bool abbreviatedCompound = _profile.EndsInAbbreviatedCompound(word);
        if (multiPeriod || abbreviatedCompound || _profile.IsAbbreviation(word))
            return Abbreviation(word, multiPeriod, abbreviatedCompound, at, end, start, next, kind, letterAt, segEnd);

        return kind switch
        {
            // "stayed two nights. the hotel" against "a min. may", "(He worked as an engineer.) at the": a closing
            // bracket or quote after the period closes a sentence set inside this one. A shorter word ends the sentence
            // when the next word is one that starts sentences, written in lower case ("a great job. i was", "oh. my").
            Next.Lower => _profile.LowercaseContinues && !(end == at + 1 && (IsLowercaseWord(word, _profile.MinWordBeforeLowercaseEnd)
                || IsLowercaseWord(word, 2) && StartsWithLowercaseSentenceStarter(letterAt, segEnd) || WritesInLowercase())) ? -1 : end,
            _ => end,
        };
    }

    /// <summary>
    /// Whether the writer of the text starts sentences in lower case: the text starts with a word all in lower case
    /// ("max and jen called"), or holds one of the language's <see cref="LanguageProfile.LowercaseWriterWords"/> ("i think").
    /// Known abbreviations, numbers and single letters are judged before this is asked. Computed once, on first need.
    /// </summary>
    private bool WritesInLowercase()
    {
        if (!_profile.HasLowercaseWriterCue)
            return false;
        _writesInLowercase ??= FindLowercaseWriting();
        return _writesInLowercase.Value;
    }

    private bool FindLowercaseWriting()
    {
        string text = _text;
        int first = 0;
        while (first < text.Length && !char.IsLetterOrDigit(text[first]))
            first++;
        int firstEnd = first;
        while (firstEnd < text.Length && char.IsLetter(text[firstEnd]))
            firstEnd++;
        // Not an address ("http://", "www.site.com", "bob@site"), which is written in lower case anyway.
        bool address = firstEnd < text.Length && (text[firstEnd] is ':' or '/' or '@' or '_' || char.IsDigit(text[firstEnd])
            || text[firstEnd] == '.' && firstEnd + 1 < text.Length && char.IsLetterOrDigit(text[firstEnd + 1]));
        if (firstEnd > first && !address && IsLowercaseWord(text.AsSpan(first, firstEnd - first), 1))
            return true;

        // A lone lower-case "i" with the word after it (or its contraction).
        for (int i = text.IndexOf('i'); i >= 0; i = i + 1 < text.Length ? text.IndexOf('i', i + 1) : -1)
        {
            if (i > 0 && !char.IsWhiteSpace(text[i - 1]) || i + 2 >= text.Length)
                continue;
            int k = i + 1;
            if (text[k] == ' ')
                k++;
            else if (text[k] is not ('\'' or '\u2019'))
                continue;
            else
                k++;
            while (k < text.Length && (char.IsLetter(text[k]) || text[k] is '\'' or '\u2019'))
                k++;
            if (_profile.IsLowercaseWriterWord(text.AsSpan(i, k - i)))
                return true;
        }

        return false;
    }

    private int Abbreviation(ReadOnlySpan<char> word, bool multiPeriod, bool abbreviatedCompound, int at, int end, int start, int next, Next kind, int letterAt, int segEnd)
    {
        string text = _text;
        if (end != at + 1)
        {
            // "(Ind.) said he", "Co.)": a closer after the abbreviation; judge by the next word only.
            return kind is Next.Upper or Next.End ? end : -1;
        }

        // "St." is Saint before a name and Street after one: "on Main St. The house" ends where "St. Paul" does not.
        if (IsStreet(word, at - word.Length, start))
            return kind == Next.Upper && letterAt == next && StartsWithSentenceStarter(letterAt, segEnd) ? end : -1;

        // "in der Hauptstr. Dort ist": a street name stands last in its phrase, so a word that starts sentences after
        // it starts one, even where a capital after an abbreviation never does.
        if (kind == Next.Upper && letterAt == next && abbreviatedCompound && StartsWithSentenceStarter(letterAt, segEnd))
            return end;
        if (_profile.IsPrepositive(word))
            return -1;
        if (kind is Next.Lower or Next.Digit || text[next] == '(')
            return -1;

        // "Ft." after a number is feet ("a wall 8 ft. The gate"); capitalised after anything else it is Fort, a title of
        // the name after it ("at Ft. Sumter"), as "Mt." is.
        if (word is "Ft" && !IsNumber(PreviousWord(at - word.Length, start)))
            return -1;

        // A time, an era or a speed closes the number before it ("at 9 a.m.", "in 49 B.C.", "at 30 m.p.h."): unlike
        // "U.S." it qualifies no name after it, so it ends the sentence before a capital as a time does, below.
        bool timeOrEra = IsAmPm(word) || IsPostNumeral(word) && IsNumberOrCentury(PreviousWord(at - word.Length, start));

        // "Bogotá, D.C. - Colombia", "the U.S. Government" against "I live in the U.S. How about you?". Alone, the
        // abbreviation is a label that opens its sentence ("P.S. And did you see", "N.B. The office is closed").
        if (multiPeriod && !timeOrEra)
            return kind == Next.Upper && letterAt == next && StartsWithSentenceStarter(letterAt, segEnd) && CountWords(start, at) > 1 ? end : -1;
        if (kind != Next.Upper)
            return _profile.AbbreviationBoundary == AbbreviationBoundary.Never ? -1 : end;

        // "At 5 a.m. Mr. Smith went", "He left at 6 P.M. Travelers who...": a time before a capital ends the
        // sentence unless the sentence would be only the time, a phrase put in front of its sentence ("By 7 p.m. Dr.
        // Jones had left"). A capitalised function word after the time starts a sentence even then ("By 7 p.m. The
        // streets were empty."): a phrase in front would be followed by "the", not "The". A time zone after the time
        // belongs to it ("at 8 p.m. Eastern", "at 4 p.m. New York time").
        if (timeOrEra)
        {
            if (IsAmPm(word) && IsTimeZoneAt(letterAt, segEnd))
                return -1;
            return CountWords(start, at) >= 4 || StartsWithSentenceStarter(letterAt, segEnd) ? end : -1;
        }

        // "Pitt, Briggs & Co. It closed yesterday." Company forms stack: "GmbH & Co. KG", "Acme Co. Ltd.".
        if (word.Equals("co", StringComparison.OrdinalIgnoreCase) && IsCompanyForm(LetterRun(letterAt, segEnd)))
            return -1;
        return _profile.AbbreviationBoundary == AbbreviationBoundary.Never ? -1 : end;
    }

    /// <summary>Whether <paramref name="word"/> is all lower-case letters, at least <paramref name="minLength"/> of them.</summary>
    private static bool IsLowercaseWord(ReadOnlySpan<char> word, int minLength)
    {
        if (word.Length < minLength)
            return false;
        foreach (char c in word)
        {
            if (!char.IsLower(c))
                return false;
        }

        return true;
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

    /// <summary>
    /// Whether <paramref name="word"/> is a Roman numeral of two letters or more up to XX, as headings and list items are
    /// numbered (a single letter such as "V." is judged as an initial).
    /// </summary>
    private static bool IsRomanListNumber(ReadOnlySpan<char> word) =>
        word.Length >= 2 && !word.ContainsAnyExcept('I', 'V', 'X') && ListMarkers.RomanValue(word) >= 0;

    /// <summary>"B.C", "A.D", "B.C.E", "C.E" (an era after a year), "m.p.h", "k.p.h" (a speed), either case.</summary>
    private static bool IsPostNumeral(ReadOnlySpan<char> word) =>
        word.Equals("b.c", StringComparison.OrdinalIgnoreCase) || word.Equals("a.d", StringComparison.OrdinalIgnoreCase)
        || word.Equals("b.c.e", StringComparison.OrdinalIgnoreCase) || word.Equals("c.e", StringComparison.OrdinalIgnoreCase)
        || word.Equals("m.p.h", StringComparison.OrdinalIgnoreCase) || word.Equals("k.p.h", StringComparison.OrdinalIgnoreCase);

    /// <summary>A number or a century before an era or a speed: "753", "30", "the 5th century".</summary>
    private static bool IsNumberOrCentury(ReadOnlySpan<char> word) =>
        IsNumber(word) || word is "century" or "centuries" or "millennium";

    /// <summary>Company forms that follow "Co." ("GmbH &amp; Co. KG", "Acme Co. Ltd.").</summary>
    private static bool IsCompanyForm(ReadOnlySpan<char> word) =>
        word is "KG" or "Ltd" or "LLC" or "LLP" or "Limited" or "Inc" or "Pty" or "PLC" or "plc";

    /// <summary>
    /// Whether a time zone starts at <paramref name="at"/>: one the language knows ("EST", "Eastern", "GMT"), or up to
    /// three capitalised words before "time" ("New York time", "Moscow time").
    /// </summary>
    private bool IsTimeZoneAt(int at, int segEnd)
    {
        if (_profile.IsTimeZone(LetterRun(at, segEnd)))
            return true;
        int k = at;
        for (int words = 0; words < 3 && k < segEnd && char.IsUpper(_text[k]); words++)
        {
            k += LetterRun(k, segEnd).Length;
            if (k >= segEnd || _text[k] != ' ')
                return false;
            k = SkipSpaces(k, segEnd);
            if (LetterRun(k, segEnd) is "time")
                return true;
        }

        return false;
    }

    /// <summary>The word before the one starting at <paramref name="word"/>, back to the space before it; empty at the sentence start.</summary>
    private ReadOnlySpan<char> PreviousWord(int word, int start)
    {
        int k = word;
        while (k > start && char.IsWhiteSpace(_text[k - 1]))
            k--;
        int end = k;
        while (k > start && !char.IsWhiteSpace(_text[k - 1]))
            k--;
        return _text.AsSpan(k, end - k);
    }

    /// <summary>
    /// Whether the word before the one at <paramref name="word"/> is a number abbreviation with its period ("Tab. 4",
    /// "Nr. 12"): the number is then a label, not an ordinal, and its own period ends the sentence as a cardinal's does.
    /// </summary>
    private bool AfterNumberAbbreviation(int word, int start)
    {
        ReadOnlySpan<char> previous = PreviousWord(word, start);
        return previous.Length > 1 && previous[^1] == '.' && _profile.IsNumberAbbreviation(previous[..^1]);
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

    /// <summary>Whether <paramref name="word"/> (starting at <paramref name="at"/>) is "St" after a capitalised word: Street, not Saint.</summary>
    private bool IsStreet(ReadOnlySpan<char> word, int at, int start) => word is "St" && IsAfterCapitalisedWord(at, start);

    /// <summary>Whether the word before the one at <paramref name="word"/> is capitalised and not the sentence's first.</summary>
    private bool IsAfterCapitalisedWord(int word, int start)
    {
        int k = word;
        while (k > start && char.IsWhiteSpace(_text[k - 1]))
            k--;
        if (k == word)
            return false;
        int wordEnd = k;
        while (k > start && !char.IsWhiteSpace(_text[k - 1]))
            k--;
        return k > start && k < wordEnd && char.IsUpper(_text[k]);
    }

    /// <summary>Whether the letter at <paramref name="letter"/> follows another initial ("S. A", "U. K"), after a word before it ("the U. K").</summary>
    private bool IsAfterInitial(int letter, int start)
    {
        string text = _text;
        int k = letter - 1;
        if (k - 2 < start || text[k] != ' ' || text[k - 1] != '.' || !char.IsUpper(text[k - 2]))
            return false;
        // The previous initial starts its word, and the acronym does not open the sentence ("Q. A. The answer").
        int previous = k - 2;
        if (previous > start && !char.IsWhiteSpace(text[previous - 1]))
            return false;
        int first = previous;
        while (first - 3 >= start && text[first - 1] == ' ' && text[first - 2] == '.' && char.IsUpper(text[first - 3])
            && (first - 3 == start || char.IsWhiteSpace(text[first - 4])))
            first -= 3;
        return first > start;
    }

    /// <summary>Whether a pronoun or determiner that starts sentences begins at <paramref name="at"/>, in lower case ("i", "the", "they").</summary>
    private bool StartsWithLowercaseSentenceStarter(int at, int segEnd)
    {
        int k = at;
        while (k < segEnd && char.IsLetter(_text[k]))
            k++;
        return (k == segEnd || _text[k] != '.') && _profile.IsLowercaseSentenceStarter(_text.AsSpan(at, k - at));
    }

    private bool StartsWithSentenceStarter(int at, int segEnd)
    {
        int k = at;
        while (k < segEnd && char.IsLetter(_text[k]))
            k++;
        // "J. A. Smith", "the U.S. No. 1": a word with a period of its own is an initial or an abbreviation.
        if (k < segEnd && _text[k] == '.')
            return false;
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

    private int CountWords(int start, int end) => UnpunctuatedRuns.CountWords(_text, TextSpan.FromBounds(start, end));
}
