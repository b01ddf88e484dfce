using Summarizer.Text;

namespace Summarizer.Segmentation;

/// <summary>
/// Periods without a space after them: numeric references ("martyr.[1] The") and run-together sentences.
/// </summary>
internal sealed partial class SentenceScanner
{
    /// <summary>The longest footnote label taken for a citation marker ("[clarification needed]").</summary>
    private const int MaxFootnoteLabel = 25;

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
    /// The end of a run of citation markers starting at <paramref name="at"/> ("[4]", "[2][5] [7]", "[3, 8-10]", and the
    /// lower-case footnote labels "[a]", "[note 2]", "[citation needed]"), spaces allowed between them; -1 when none starts
    /// there. Wikipedia-style and numbered-reference texts put them after the sentence they support.
    /// </summary>
    private int CitationMarkers(int at, int segEnd)
    {
        string text = _text;
        int k = at;
        int end = -1; // after the last whole marker
        while (k + 1 < segEnd && text[k] == '[' && (char.IsAsciiDigit(text[k + 1]) || char.IsLower(text[k + 1])))
        {
            int close = k + 1;
            if (char.IsLower(text[close]))
            {
                // A footnote label or an editor's tag is a few lower-case words; an editorial note written as a sentence
                // ("[The figures were revised.]") starts with a capital and is a sentence of its own.
                while (close < segEnd && close - k <= MaxFootnoteLabel && (char.IsLetterOrDigit(text[close]) || text[close] == ' '))
                    close++;
            }

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
}
