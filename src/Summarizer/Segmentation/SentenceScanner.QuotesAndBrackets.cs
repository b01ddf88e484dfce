using Summarizer.Text;

namespace Summarizer.Segmentation;

/// <summary>
/// Quotes and brackets: whether a terminator lies inside a quotation or parentheses, and the closing marks that
/// belong to the sentence a terminator ends.
/// </summary>
internal sealed partial class SentenceScanner
{
    /// <summary>
    /// Whether the terminator run <c>[at, runEnd)</c> lies inside quotes or brackets. A run right before the
    /// closing mark is not protected: it may end the sentence together with the mark.
    /// </summary>
    private bool IsQuoted(int at, int runEnd)
    {
        // The closing marks right after the run close the passages the terminator ends, nested ones included
        // ("He told me 'never again.'" Then", "(She said 'no.') Then"): they do not protect it either.
        int closersEnd = SkipClosers(runEnd, _text.Length);

        // A terminator right before a closing double quote may end the sentence even inside a longer passage
        // ('voices--"Catch him!" Then silence'); whether it does depends on the next word.
        bool beforeDoubleQuote = _text.AsSpan(runEnd, closersEnd - runEnd).IndexOfAny('"', '\u201D') >= 0;
        if (beforeDoubleQuote)
            return false;

        // Protected when a range opening before the run closes after it, elsewhere than among those marks.
        int opened = OpenedBefore(at);
        if (opened == 0)
            return false;
        int largest = _largestClose[opened - 1];
        if (largest <= at)
            return false;
        if (largest < runEnd || largest >= closersEnd)
            return true;
        if (_secondLargestClose[opened - 1] <= at)
            return false;

        // Two passages or more close right after the run: look for one that closes elsewhere. Terminators right
        // before nested closing marks are rare, so the walk costs little.
        for (int r = 0; r < opened; r++)
        {
            int close = _ranges[r].Close;
            if (close > at && (close < runEnd || close >= closersEnd))
                return true;
        }

        return false;
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

    /// <summary>
    /// Tokenized text puts a space before closing quotes and brackets ("won . '' Then", "say ? '' The", "home . ' He",
    /// "( so . ) It"). A mark standing alone after the terminator belongs to the sentence that ends when it can only
    /// close (<c>''</c>, <c>”</c>, <c>’</c>) or closes a quote or bracket the line opened before it; otherwise it may
    /// open the next sentence (<c>. " Then</c> after a closed quotation). Returns the end of the mark, or -1.
    /// </summary>
    private int SpacedClosingMark(int segStart, int runEnd, int segEnd)
    {
        string text = _text;
        int k = SkipSpaces(runEnd, segEnd);
        if (k == runEnd || k >= segEnd)
            return -1;
        int markEnd = k;
        while (markEnd < segEnd && Punctuation.IsCloser(text[markEnd]))
            markEnd++;
        if (markEnd == k || markEnd < segEnd && !char.IsWhiteSpace(text[markEnd]))
            return -1;
        ReadOnlySpan<char> before = text.AsSpan(segStart, runEnd - segStart);
        bool closes = text.AsSpan(k, markEnd - k) switch
        {
            "''" or "\u201D" or "\u2019" => true,
            "\"" => before.Count('"') % 2 == 1,
            "'" => before.Count('`') > before.Count('\''),
            ")" => before.Count('(') > before.Count(')'),
            "]" => before.Count('[') > before.Count(']'),
            "\u00BB" => before.Count('\u00AB') > before.Count('\u00BB'),
            _ => false,
        };
        return closes ? markEnd : -1;
    }
}
