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
    private Dictionary<int, SpeakerLabel>? _labels; // by the position the label starts at
    private int _turnStart = -1; // where the speech after a speaker's label starts, in the segment being scanned
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
        _labels = SpeakerLabels.Find(text)?.ToDictionary(static l => l.Start);
        int firstSentence = _sentences.Count;
        int i = 0;
        while (i < text.Length)
        {
            int end = LineEnd(i);
            int next = AfterLineBreak(end);
            int line = i;
            NoteMailLine(line, end);
            while (next < text.Length && !StartsTurn(next) && (layout.IsSoftBreak(line, end, next) || IsHyphenatedAtLineEnd(line, end, next)
                || EndsWithPrepositive(line, end, next) || ContinuesOnNextLine(line, end, next, joinWrappedLines, layout, continuesSentence: line > i)))
            {
                line = next;
                end = LineEnd(next);
                next = AfterLineBreak(end);
                NoteMailLine(line, end);
            }

            Poll();
            ScanSegment(i, end);
            i = next;
        }

        MarkCaptions(firstSentence);
        MarkBrokenSentences(firstSentence, layout);
        MarkRepeatedSentences(firstSentence);
        MarkBackMatter(firstSentence);
        if (_mayHoldMailFurniture)
            MarkMailFurniture(firstSentence);
    }

    // A repeated sentence this long is a copy; shorter ones ("Thank you.", "Read more", "Reply") recur in their own right.
    private const int MinRepeatedWords = 6;

    /// <summary>
    /// Marks as not content each sentence, from <paramref name="first"/> on, of <see cref="MinRepeatedWords"/> or more
    /// words that repeats an earlier one character for character. A text repeats a sentence that long only as a copy of
    /// it: a forum post or e-mail quoting the one it answers, a pull quote, a page's teaser above its article. The first
    /// keeps its place; the copy would double the weight of what it says.
    /// </summary>
    private void MarkRepeatedSentences(int first)
    {
        int count = _sentences.Count - first;
        if (count < 2)
            return;
        // An open-addressing table of the sentences met so far, each entry its key in the high half and its index + 1 in
        // the low. The key (the length and three characters) costs a few instructions, and sentences that differ seldom
        // share it; sorting the keys instead cost two to three times as much (benchmarks/README.md).
        int size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * count));
        Span<long> table = size <= 512 ? stackalloc long[size] : new long[size]; // both start zeroed: empty
        int mask = size - 1;
        for (int k = first; k < _sentences.Count; k++)
        {
            TextSpan span = _sentences[k].Span;
            int key = span.Length == 0 ? 0
                : span.Length * 65599 + _text[span.Start] * 961 + _text[span.Start + span.Length / 2] * 31 + _text[span.End - 1];
            int slot = (int)((uint)key * 0x9E3779B1u >> 16) & mask;
            bool copy = false;
            for (; table[slot] != 0; slot = (slot + 1) & mask)
            {
                int earlier = (int)table[slot] - 1;
                if ((int)(table[slot] >> 32) == key && !_sentences[k].IsHeading && TextOf(k).SequenceEqual(TextOf(earlier))
                    && UnpunctuatedRuns.CountWords(TextOf(k)) >= MinRepeatedWords)
                {
                    MarkNotContent(k, k + 1);
                    copy = true;
                    break;
                }
            }

            if (!copy)
                table[slot] = (long)key << 32 | (uint)(k + 1);
        }

        ReadOnlySpan<char> TextOf(int k) => _text.AsSpan(_sentences[k].Span.Start, _sentences[k].Span.Length);
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

        _turnStart = -1;
        if (LabelAt(segStart) is { } label)
        {
            // A transcript's speaker label is a unit of its own, like a heading: not part of the turn's first sentence.
            _sentences.Add(new Sentence(TextSpan.FromBounds(label.Start, label.End), _sentences.Count, IsHeading: true));
            segStart = SkipSpaces(label.End, segEnd);
            if (segStart >= segEnd)
                return;
            _turnStart = segStart;
        }

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
            else if (c is ':' or ';' or '=' && i > start && char.IsWhiteSpace(text[i - 1]) && !IsQuoted(i, i + 1)
                && Emoji.EndsSentence(text, i, segEnd) is var emoticonEnd and > 0)
            {
                // An emoticon standing as a word of its own, before a capital: "so happy with it :) The room".
                boundary = emoticonEnd;
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

    /// <summary>The speaker label starting at <paramref name="i"/> (after a line's leading spaces), if there is one.</summary>
    private SpeakerLabel? LabelAt(int i) => _labels is not null && _labels.TryGetValue(i, out SpeakerLabel label) ? label : null;

    /// <summary>Whether the line starting at <paramref name="next"/> opens a transcript's turn: the break before it is hard.</summary>
    private bool StartsTurn(int next) => _labels is not null && _labels.ContainsKey(SkipSpaces(next, _text.Length));

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

        // What a speaker's label introduces is speech, never a heading, with or without punctuation (automatic
        // transcripts have none).
        bool isHeading = wholeLine && segStart != _turnStart
            && (!EndsWithPunctuation(start, end) && CountWords(start, end) <= _maxHeadingWords || IsReplySubject(start, end));
        _sentences.Add(new Sentence(TextSpan.FromBounds(start, end), _sentences.Count, isHeading));
    }

    /// <summary>
    /// Whether a line is the subject of a reply or a forwarded message ("Re: Wall collapsed after the storm - advice?",
    /// "Fwd: Harbour dues"): e-mail programs and forums put these prefixes before a thread's title (English "Re" and
    /// "Fwd"/"Fw", German "AW" and "WG", Scandinavian "SV", French "TR"). The title is a heading, even one that ends in
    /// a question mark; a thread's answers say what it is about. A subject does not end with a period, where a turn of
    /// a transcript whose speaker has such initials ("AW: We started in 1998.") mostly does.
    /// </summary>
    private bool IsReplySubject(int start, int end)
    {
        ReadOnlySpan<char> line = _text.AsSpan(start, end - start);
        int colon = line.Length > 4 ? line[..4].IndexOf(':') : -1;
        int last = line.Length - 1;
        while (last > 0 && Punctuation.IsCloser(line[last]))
            last--;
        if (colon < 2 || line[colon + 1] != ' ' || line[last] == '.')
            return false;
        ReadOnlySpan<char> prefix = line[..colon];
        foreach (string reply in (ReadOnlySpan<string>)["Re", "RE", "Fwd", "FWD", "Fw", "FW", "AW", "WG", "SV", "TR"])
        {
            if (prefix.SequenceEqual(reply))
                return true;
        }

        return false;
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
