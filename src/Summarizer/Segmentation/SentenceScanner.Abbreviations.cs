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
}
