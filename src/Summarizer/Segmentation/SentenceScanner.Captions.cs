using Summarizer.Text;

namespace Summarizer.Segmentation;

/// <summary>
/// Photo captions in text saved from a news page (see <see cref="Captions"/>): marked as not content once the text is
/// split, from the line breaks between its sentences.
/// </summary>
internal sealed partial class SentenceScanner
{
    /// <summary>
    /// Marks photo captions' sentences, from <paramref name="first"/> on, as not content (see <see cref="Captions"/>): a
    /// credit; the sentences before it on its line, or, when it is alone on its line, the line right above it (up to
    /// <see cref="MaxCaptionSentences"/> sentences, not a longer paragraph); and a line labelled as a caption.
    /// </summary>
    private void MarkCaptions(int first)
    {
        for (int k = first; k < _sentences.Count; k++)
        {
            TextSpan span = _sentences[k].Span;
            ReadOnlySpan<char> sentence = _text.AsSpan(span.Start, span.Length);
            if (Captions.IsCredit(sentence))
            {
                MarkNotContent(k, k + 1);
                if (!StartsLine(k, first))
                {
                    MarkNotContent(CaptionStart(first, k, MaxCaptionSentences), k); // "... at dawn. Photo: ..."
                }
                else if (k > first && (k + 1 == _sentences.Count || StartsLine(k + 1, first))
                    && LineBreaks(_sentences[k - 1].Span.End, span.Start) == 1)
                {
                    int start = CaptionStart(first, k, MaxCaptionSentences + 1);
                    if (k - start <= MaxCaptionSentences && StartsLine(start, first))
                        MarkNotContent(start, k); // a credit alone below its caption; not below a longer paragraph
                }
            }
            else if (Captions.StartsWithCaptionLabel(sentence) && StartsLine(k, first))
            {
                int end = k + 1;
                while (end < _sentences.Count && !StartsLine(end, first))
                    end++;
                MarkNotContent(k, end);
            }
        }
    }

    // A caption is a sentence or two, three at most; an article's paragraph above a lone credit is longer.
    private const int MaxCaptionSentences = 3;

    /// <summary>Whether sentence <paramref name="k"/> starts a line: it is the text's first, or a line break comes before it.</summary>
    private bool StartsLine(int k, int first) =>
        k == first || HasLineBreak(_sentences[k - 1].Span.End, _sentences[k].Span.Start);

    /// <summary>
    /// The first sentence of the caption ending at <paramref name="end"/> (exclusive): going back from the last while it
    /// does not start a line, at most <paramref name="max"/> sentences and not before <paramref name="from"/>. A
    /// paragraph on the line before is not part of the caption.
    /// </summary>
    private int CaptionStart(int from, int end, int max)
    {
        int k = end - 1;
        while (end - k < max && !StartsLine(k, from))
            k--;
        return k;
    }

    private bool HasLineBreak(int from, int to) => Punctuation.IndexOfLineBreak(_text.AsSpan(from, to - from)) >= 0;

    /// <summary>The number of line breaks in <c>[from, to)</c>, a CR LF pair counting once.</summary>
    private int LineBreaks(int from, int to)
    {
        int count = 0;
        for (int i = from; i < to; i++)
        {
            if (Punctuation.IsLineBreak(_text[i]) && !(_text[i] == '\r' && i + 1 < to && _text[i + 1] == '\n'))
                count++;
        }

        return count;
    }

    private void MarkNotContent(int from, int to)
    {
        for (int k = from; k < to; k++)
            _sentences[k] = _sentences[k] with { IsHeading = true };
    }
}
