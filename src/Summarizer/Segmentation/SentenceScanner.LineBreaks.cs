using Summarizer.Text;

namespace Summarizer.Segmentation;

/// <summary>
/// Lines: where a line ends and whether a hard-wrapped line continues on the next.
/// </summary>
internal sealed partial class SentenceScanner
{
    private int LineEnd(int i)
    {
        int found = Punctuation.IndexOfLineBreak(_text.AsSpan(i));
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
}
