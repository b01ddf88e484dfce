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
    /// <see cref="MaxCaptionSentences"/> sentences, not a longer paragraph); a line labelled as a caption; and any
    /// sentence elsewhere that repeats one of these captions' sentences (see <see cref="MarkRepeatedCaptions"/>).
    /// </summary>
    private void MarkCaptions(int first)
    {
        HashSet<string>? captions = null;
        for (int k = first; k < _sentences.Count; k++)
        {
            TextSpan span = _sentences[k].Span;
            ReadOnlySpan<char> sentence = _text.AsSpan(span.Start, span.Length);
            if (Captions.IsCredit(sentence))
            {
                MarkNotContent(k, k + 1);
                if (!StartsLine(k, first))
                {
                    MarkCaption(CaptionStart(first, k, MaxCaptionSentences), k, ref captions); // "... at dawn. Photo: ..."
                }
                else if (k > first && (k + 1 == _sentences.Count || StartsLine(k + 1, first))
                    && LineBreaks(_sentences[k - 1].Span.End, span.Start) == 1)
                {
                    int start = CaptionStart(first, k, MaxCaptionSentences + 1);
                    if (k - start <= MaxCaptionSentences && StartsLine(start, first))
                        MarkCaption(start, k, ref captions); // a credit alone below its caption; not below a longer paragraph
                }
            }
            else if (Captions.StartsWithCaptionLabel(sentence) && StartsLine(k, first))
            {
                int end = k + 1;
                while (end < _sentences.Count && !StartsLine(end, first))
                    end++;
                MarkCaption(k, end, ref captions);
            }
        }

        if (captions is not null)
            MarkRepeatedCaptions(first, captions);
    }

    /// <summary>Marks sentences <c>[from, to)</c> as a caption, adding their words to <paramref name="captions"/>.</summary>
    private void MarkCaption(int from, int to, ref HashSet<string>? captions)
    {
        MarkNotContent(from, to);
        for (int k = from; k < to; k++)
        {
            ReadOnlySpan<char> caption = CaptionText(_sentences[k].Span);
            if (caption.Length > 0)
                (captions ??= new HashSet<string>(StringComparer.Ordinal)).Add(caption.ToString());
        }
    }

    /// <summary>
    /// Marks as not content the sentences, from <paramref name="first"/> on, that repeat a caption's sentence (in
    /// <paramref name="captions"/>, as <see cref="CaptionText"/> gives them). A page gives a picture's caption twice, as
    /// the image's alternative text and as the printed caption, and text copied or extracted from the page keeps both;
    /// only the printed one carries the label or credit that marks it. An article does not repeat its own sentences
    /// word for word.
    /// </summary>
    private void MarkRepeatedCaptions(int first, HashSet<string> captions)
    {
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = captions.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int k = first; k < _sentences.Count; k++)
        {
            if (!_sentences[k].IsHeading && lookup.Contains(CaptionText(_sentences[k].Span)))
                MarkNotContent(k, k + 1);
        }
    }

    /// <summary>A sentence's words as a caption gives them: without a caption label, and without a final period.</summary>
    private ReadOnlySpan<char> CaptionText(TextSpan span)
    {
        ReadOnlySpan<char> text = _text.AsSpan(span.Start, span.Length).Trim();
        if (Captions.StartsWithCaptionLabel(text))
            text = text[(text.IndexOfAny(':', ',') + 1)..].Trim();
        return text.TrimEnd('.').TrimEnd();
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
