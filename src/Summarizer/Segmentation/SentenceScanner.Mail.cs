namespace Summarizer.Segmentation;

/// <summary>
/// What follows an e-mail's or a newsletter's message: the sender's signature, the earlier message a reply quotes, and
/// a mailing list's footer. They come last, in a form mail programs give them, and say nothing of what the message
/// says: "You are receiving this email because you signed up" was a newsletter summary's third sentence.
/// </summary>
internal sealed partial class SentenceScanner
{
    /// <summary>A mailing list's link to leave it, searched for in the text's last quarter only.</summary>
    private static readonly string[] UnsubscribeWords = ["unsubscribe", "abbestellen", "abmelden"];

    /// <summary>The words an attribution line opens with ("On ... wrote:", "Am ... schrieb Name &lt;address&gt;:", "Le ... a écrit :").</summary>
    private static readonly string[] AttributionOpeners = ["On ", "Am ", "Le ", "El ", "Il ", "Em ", "Op ", "В "];

    /// <summary>The verbs of an attribution line, in the languages with rules ("wrote", "schrieb", "a écrit", ...).</summary>
    private static readonly string[] AttributionVerbs = ["wrote", "schrieb", "écrit", "escribió", "scritto", "escreveu", "schreef", "написал"];

    /// <summary>Longest attribution line: a date, a time, a name and an address.</summary>
    private const int MaxAttributionLength = 200;

    /// <summary>
    /// A footer's unsubscribe line is a link or a sentence of the list's small print, in a short paragraph near the
    /// end; the same word in an article's prose ("readers who want to unsubscribe must now call") stands in a long line
    /// or a long paragraph.
    /// </summary>
    private const int MaxFooterLineLength = 100;

    private const int MaxFooterParagraphLines = 6;

    /// <summary>Signature blocks are a few short lines: a name, a role, a telephone number.</summary>
    private const int MaxSignatureLines = 6;

    private const int MaxSignatureLineLength = 72;

    // Set while the text's lines are scanned, when one could belong to mail furniture: most texts have none, and then
    // MarkMailFurniture does not walk the lines again.
    private bool _mayHoldMailFurniture;

    /// <summary>Notes whether the line <c>[lineStart, lineEnd)</c> could belong to mail furniture (see <see cref="MarkMailFurniture"/>).</summary>
    private void NoteMailLine(int lineStart, int lineEnd)
    {
        int last = lineEnd - 1;
        while (last > lineStart && _text[last] is ' ' or '\t')
            last--;
        _mayHoldMailFurniture |= last > lineStart && _text[last] is ':' or '-'
            || lineEnd > lineStart && lineEnd - lineStart <= MaxFooterLineLength && lineStart >= _text.Length * 3 / 4;
    }

    /// <summary>
    /// Marks as not content, from <paramref name="first"/> on, every sentence from the earliest piece of mail furniture
    /// to the text's end, when content comes before it: the signature, the quoted earlier message and the footer come
    /// after the message, and a top-posted reply has all three in that order. A reply's attribution line ("On 1 Feb
    /// 2026, at 16:02, Morag Innes wrote:"), Outlook's "-----Original Message-----" and the standard signature
    /// delimiter "-- " count anywhere. The weaker signs count only near the end: a "--" delimiter without its space
    /// above a short block, in the second half or above one of the other signs; an unsubscribe link in the last
    /// quarter, which takes its short paragraph with it ("You are receiving this email ...").
    /// </summary>
    /// <remarks>
    /// Runs only when a line ends in a colon or a hyphen, or a short line stands in the last quarter (noted while the
    /// text was scanned), and reads only those lines closely: a search of every text for the attribution verbs of every
    /// language ("wrote", "écrit", "escribió") cost a batch 2% (ASCII) to 50% (accents, case-insensitive) of its time.
    /// </remarks>
    private void MarkMailFurniture(int first)
    {
        string text = _text;
        int strong = FooterStart();
        int bareDelimiter = -1; // the first "--" above a short block: a signature if the text proves to be mail
        for (int lineStart = 0; lineStart < text.Length && (strong < 0 || lineStart < strong);)
        {
            int lineEnd = LineEnd(lineStart);
            int last = lineEnd - 1;
            while (last > lineStart && text[last] is ' ' or '\t')
                last--;
            if (last > lineStart && text[last] is ':' or '-')
            {
                int start = FurnitureStart(lineStart, lineEnd, out bool certain);
                if (start >= 0 && certain)
                {
                    strong = start;
                    break;
                }

                if (start >= 0 && bareDelimiter < 0)
                    bareDelimiter = start;
            }

            lineStart = AfterLineBreak(lineEnd);
        }

        if (strong >= 0)
            MarkFrom(first, bareDelimiter >= 0 && bareDelimiter < strong ? bareDelimiter : strong);
        else if (bareDelimiter >= text.Length / 2)
            MarkFrom(first, bareDelimiter);
    }

    /// <summary>
    /// Where the furniture on the line <c>[lineStart, lineEnd)</c>, which ends in a colon or a hyphen, starts, or -1 when
    /// it is none; <paramref name="certain"/> is false for a "--" delimiter without its space, which may also divide an
    /// article's sections.
    /// </summary>
    private int FurnitureStart(int lineStart, int lineEnd, out bool certain)
    {
        certain = true;
        ReadOnlySpan<char> raw = _text.AsSpan(lineStart, lineEnd - lineStart);
        ReadOnlySpan<char> line = raw.Trim();
        if (line[^1] == ':')
            return IsAttribution(line) ? lineStart : -1;

        // The signature delimiter: "-- " by the standard (RFC 3676), "--" as some programs trim it, above a short block.
        if (raw is "-- ")
            return lineStart;
        if (line is "--")
        {
            certain = false;
            // Above a signature's few short lines: a name, a role, a telephone number.
            (int lines, int longest) = ParagraphShape(AfterLineBreak(lineEnd));
            return lines is > 0 and <= MaxSignatureLines && longest <= MaxSignatureLineLength ? lineStart : -1;
        }

        return line.StartsWith("---", StringComparison.Ordinal) && line.Trim('-').Trim().Equals("Original Message", StringComparison.OrdinalIgnoreCase) ? lineStart : -1;
    }

    /// <summary>The start of a mailing list's footer: the short paragraph, in the text's last quarter, of a short line with an unsubscribe link; or -1.</summary>
    private int FooterStart()
    {
        string text = _text;
        int quarter = text.Length * 3 / 4;
        int footer = -1;
        foreach (string word in UnsubscribeWords)
        {
            int found = text.AsSpan(quarter).IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
                continue;
            int lineStart = quarter + found;
            while (lineStart > 0 && !Punctuation.IsLineBreak(text[lineStart - 1]))
                lineStart--;
            int paragraph = ParagraphStart(lineStart);
            if (LineEnd(lineStart) - lineStart <= MaxFooterLineLength && lineStart >= quarter && ParagraphShape(paragraph).Lines <= MaxFooterParagraphLines
                && (footer < 0 || paragraph < footer))
                footer = paragraph;
        }

        return footer;
    }

    /// <summary>
    /// Whether a line ending in a colon is a reply's attribution: it opens with its language's word, has the verb, and
    /// names the time or the address of the message it quotes ("On Twitter, the minister wrote:" in an article does
    /// neither).
    /// </summary>
    private static bool IsAttribution(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxAttributionLength || !(line.Contains('@') || HasClockTime(line)))
            return false;
        bool opens = false;
        foreach (string opener in AttributionOpeners)
            opens |= line.StartsWith(opener, StringComparison.Ordinal);
        if (!opens)
            return false;
        foreach (string verb in AttributionVerbs)
        {
            if (line.Contains(verb, StringComparison.OrdinalIgnoreCase))
                return true;
        }

        return false;
    }

    /// <summary>Whether a line holds a clock time: a digit, a colon and two digits ("16:02", "4:02 PM").</summary>
    private static bool HasClockTime(ReadOnlySpan<char> line)
    {
        for (int i = line.IndexOf(':'); i > 0 && i + 2 < line.Length; i = line[(i + 1)..].IndexOf(':') is var next and >= 0 ? i + 1 + next : -1)
        {
            if (char.IsAsciiDigit(line[i - 1]) && char.IsAsciiDigit(line[i + 1]) && char.IsAsciiDigit(line[i + 2]))
                return true;
        }

        return false;
    }

    /// <summary>
    /// The lines of the paragraph starting at <paramref name="start"/>, up to the next blank line, and the length of its
    /// longest line.
    /// </summary>
    private (int Lines, int Longest) ParagraphShape(int start)
    {
        int lines = 0, longest = 0;
        for (int i = start; i < _text.Length; i = AfterLineBreak(LineEnd(i)))
        {
            int end = LineEnd(i);
            if (_text.AsSpan(i, end - i).IsWhiteSpace())
                break;
            lines++;
            longest = Math.Max(longest, end - i);
        }

        return (lines, longest);
    }

    /// <summary>The start of the paragraph holding the line at <paramref name="lineStart"/>: after the last blank line above it.</summary>
    private int ParagraphStart(int lineStart)
    {
        string text = _text;
        int start = lineStart;
        while (start > 0)
        {
            // The line above: from the line break before start back to the one before it.
            int aboveEnd = start - 1;
            if (aboveEnd > 0 && text[aboveEnd] == '\n' && text[aboveEnd - 1] == '\r')
                aboveEnd--;
            int aboveStart = aboveEnd;
            while (aboveStart > 0 && !Punctuation.IsLineBreak(text[aboveStart - 1]))
                aboveStart--;
            if (text.AsSpan(aboveStart, aboveEnd - aboveStart).IsWhiteSpace())
                break;
            start = aboveStart;
        }

        return start;
    }

    /// <summary>Marks the sentences starting at or after <paramref name="position"/> as not content, when content comes before it.</summary>
    private void MarkFrom(int first, int position)
    {
        int k = first;
        bool contentBefore = false;
        while (k < _sentences.Count && _sentences[k].Span.Start < position)
        {
            contentBefore |= !_sentences[k].IsHeading;
            k++;
        }

        if (contentBefore)
            MarkNotContent(k, _sentences.Count);
    }
}
