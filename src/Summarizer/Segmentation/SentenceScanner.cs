using Summarizer.Text;

namespace Summarizer.Segmentation;

/// <summary>
/// One pass of the rule-based splitter over one text. The text is cut into lines (every line break ends a
/// sentence unless wrapped lines are joined); each line is scanned for terminators, and each terminator is
/// judged by the rules below. Only <see cref="SplitCore"/>'s few lists are allocated; words are inspected as spans.
/// </summary>
internal sealed partial class SentenceScanner
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
    private bool? _writesInLowercase;

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
        // Soft line breaks (hard-wrapped paragraphs) are white space; see LineLayout for which breaks are soft.
        LineLayout layout = LineLayout.Analyze(text);
        _markers = ListMarkers.Find(text, _profile, layout);
        int firstSentence = _sentences.Count;
        int i = 0;
        while (i < text.Length)
        {
            int end = LineEnd(i);
            int next = AfterLineBreak(end);
            int line = i;
            while (next < text.Length && (layout.IsSoftBreak(line, end, next) || IsHyphenatedAtLineEnd(line, end, next)
                || joinWrappedLines && ContinuesOnNextLine(i, end, next)))
            {
                line = next;
                end = LineEnd(next);
                next = AfterLineBreak(end);
            }

            Poll();
            ScanSegment(i, end);
            i = next;
        }

        MarkCaptions(firstSentence);
    }

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
                _sentences[k] = _sentences[k] with { IsHeading = true };
                bool startsLine = k == first || HasLineBreak(_sentences[k - 1].Span.End, span.Start);
                if (!startsLine)
                {
                    MarkNotContent(CaptionStart(first, k, MaxCaptionSentences), k); // "... at dawn. Photo: ..."
                }
                else if (k > first && AloneOnItsLine(k) && LineBreaks(_sentences[k - 1].Span.End, span.Start) == 1)
                {
                    int start = CaptionStart(first, k, MaxCaptionSentences + 1);
                    if (k - start <= MaxCaptionSentences && (start == first || HasLineBreak(_sentences[start - 1].Span.End, _sentences[start].Span.Start)))
                        MarkNotContent(start, k); // a credit below its caption; not below a longer paragraph
                }
            }
            else if (Captions.StartsWithCaptionLabel(sentence) && (k == first || HasLineBreak(_sentences[k - 1].Span.End, span.Start)))
            {
                MarkNotContent(k, CaptionEnd(k, _sentences.Count));
            }
        }
    }

    // A caption is a sentence or two, three at most; an article's paragraph above a lone credit is longer.
    private const int MaxCaptionSentences = 3;

    /// <summary>Whether sentence <paramref name="k"/> is the last on its line.</summary>
    private bool AloneOnItsLine(int k) =>
        k + 1 >= _sentences.Count || HasLineBreak(_sentences[k].Span.End, _sentences[k + 1].Span.Start);

    /// <summary>
    /// The first sentence of the caption ending at <paramref name="end"/> (exclusive): going back from the last while the
    /// sentence before ends on the same line, at most <paramref name="max"/> sentences and not before
    /// <paramref name="from"/>. A paragraph on the line before is not part of the caption.
    /// </summary>
    private int CaptionStart(int from, int end, int max)
    {
        int k = end - 1;
        while (k > from && end - k < max && !HasLineBreak(_sentences[k - 1].Span.End, _sentences[k].Span.Start))
            k--;
        return k;
    }

    /// <summary>The end (exclusive) of the caption starting at <paramref name="first"/>: its sentences up to the first that ends a line.</summary>
    private int CaptionEnd(int first, int end)
    {
        int k = first + 1;
        while (k < end && !HasLineBreak(_sentences[k - 1].Span.End, _sentences[k].Span.Start))
            k++;
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

    /// <summary>Checks for cancellation every 1024 calls: often enough on huge texts, too rarely to cost time.</summary>
    private void Poll()
    {
        if ((++_polls & 1023) == 0)
            _cancellationToken.ThrowIfCancellationRequested();
    }

    private int SkipSpaces(int i, int end) => Punctuation.SkipWhiteSpace(_text, i, end);

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
            else if (c >= '\u2600' && i > start && !IsQuoted(i, i + 1) && Emoji.EndsSentence(text, i, segEnd) is var emojiEnd and > 0)
            {
                boundary = emojiEnd;
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
