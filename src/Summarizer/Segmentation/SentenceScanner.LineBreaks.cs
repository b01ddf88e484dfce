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

    /// <summary>
    /// Whether a word is hyphenated across this line break: the line ends with a letter and a hyphen (hyphen-minus,
    /// U+2010 or a soft hyphen), and the next line starts with a lower-case letter. Typesetting, PDF copies and
    /// hard-wrapped text break words so ("infor-" / "mation"); the break is inside a word, never between sentences,
    /// whatever the lengths of the lines.
    /// </summary>
    private bool IsHyphenatedAtLineEnd(int lineStart, int lineEnd, int next)
    {
        int last = lineEnd - 1;
        while (last > lineStart && _text[last] is ' ' or '\t')
            last--;
        return last > lineStart && Punctuation.IsLineEndHyphen(_text[last]) && char.IsLetter(_text[last - 1]) && StartsInLowerCase(next);
    }

    /// <summary>
    /// Whether this line ends with a title or another abbreviation that stands before what it qualifies ("Mr.", "Dr.",
    /// "Prof.", "e.g.", the language's prepositive abbreviations) and the next line starts with a letter or a digit: "Mr."
    /// ends no sentence, so the break is inside one ("Mr." / "Hale had said"), whatever the lengths of the lines. "St."
    /// after a capitalised word is a street, which may end one ("on Main St." / "The house").
    /// </summary>
    private bool EndsWithPrepositive(int lineStart, int lineEnd, int next)
    {
        int last = LastNonWhiteSpace(lineStart, lineEnd);
        if (last <= lineStart || _text[last] != '.' || next >= _text.Length || !char.IsLetterOrDigit(_text[next]))
            return false;
        ReadOnlySpan<char> word = WordBefore(last, lineStart);
        return word.Length > 0 && _profile.IsPrepositive(word) && !IsStreet(word, last - word.Length, lineStart);
    }

    /// <summary>The index of the last character of <c>[lineStart, lineEnd)</c> that is not white space, or <c>lineStart - 1</c>.</summary>
    private int LastNonWhiteSpace(int lineStart, int lineEnd)
    {
        int last = lineEnd - 1;
        while (last >= lineStart && char.IsWhiteSpace(_text[last]))
            last--;
        return last;
    }

    /// <summary>
    /// For text broken into lines of any length: a line continues on the next when that starts in lower case and this one
    /// does not end a sentence and is not a heading or a name, whose words all start with a capital ("Acknowledgments",
    /// "Center for Language Studies"): those end on purpose, and lower case after them is a fragment, not a continuation.
    /// Asked of every text when <paramref name="always"/> (the caller's option), otherwise of prose broken into lines
    /// (<see cref="LineLayout.CapitalizesLines"/>). A line that itself <paramref name="continuesSentence"/> of the line
    /// before is no heading, capitals or not ("released by the" / "International Grains Council" / "on Thursday.").
    /// </summary>
    private bool ContinuesOnNextLine(int lineStart, int lineEnd, int next, bool always, LineLayout layout, bool continuesSentence)
    {
        // Asked at every line break: the next line's case settles nearly all of them.
        if (!StartsInLowerCase(next))
            return false;
        int last = LastNonWhiteSpace(lineStart, lineEnd);
        if (last < lineStart)
            return false;
        char end = _text[last];
        // An abbreviation's period ("i.e.", "e.g.", "approx.") before a lower-case line ends no sentence.
        bool abbreviation = end == '.' && WordBefore(last, lineStart) is var word && word.Length > 0
            && (IsMultiPeriodAbbreviation(word) || _profile.IsAbbreviation(word));
        if (!abbreviation && (Punctuation.IsLatinTerminator(end) || Punctuation.IsScriptTerminator(end) || Punctuation.IsCloser(end) || end == ':'))
            return false;
        return (always || layout.CapitalizesLines && ReachesSentenceEnd(next, layout)) && (continuesSentence || !IsTitleCased(lineStart, last + 1));
    }

    // A sentence broken over short lines ends within a few of them: a long one of 60 words runs over 12 at 32 columns.
    private const int MaxContinuedLines = 12;

    /// <summary>
    /// Whether the lines from <paramref name="next"/> on, each going on from the one before (in lower case, or across a
    /// soft break of the measured wrap), reach a sentence-final mark within <see cref="MaxContinuedLines"/> lines. A
    /// sentence broken over lines ends with one; a run of lower-case lines that never does is a list ("You will need" /
    /// "a claw hammer" / "roofing nails").
    /// </summary>
    private bool ReachesSentenceEnd(int next, LineLayout layout)
    {
        int line = next;
        for (int k = 0; k < MaxContinuedLines && line < _text.Length; k++)
        {
            int end = LineEnd(line);
            foreach (char c in _text.AsSpan(line, end - line))
            {
                if (Punctuation.IsLatinTerminator(c) || Punctuation.IsScriptTerminator(c))
                    return true;
            }

            int after = AfterLineBreak(end);
            if (end >= _text.Length || !StartsInLowerCase(after) && !layout.IsSoftBreak(line, end, after))
                return false;
            line = after;
        }

        return false;
    }

    /// <summary>Whether every word of <c>[start, end)</c> that starts with a letter starts with a capital ("Annual Report 2024").</summary>
    private bool IsTitleCased(int start, int end)
    {
        bool atWord = true;
        for (int i = start; i < end; i++)
        {
            char c = _text[i];
            if (char.IsWhiteSpace(c))
            {
                atWord = true;
                continue;
            }

            if (atWord && char.IsLower(c))
                return false;
            atWord = false;
        }

        return true;
    }

    /// <summary>
    /// Whether the line starting at <paramref name="next"/> starts, after spaces and tabs, with a lower-case letter, or
    /// with a spaced dash before one: a dash inside the sentence that the line break fell before ("in the region" /
    /// "– and asked for"), where a list item would start with a capital.
    /// </summary>
    private bool StartsInLowerCase(int next)
    {
        int first = next;
        while (first < _text.Length && _text[first] is ' ' or '\t')
            first++;
        if (first + 2 < _text.Length && Punctuation.IsDash(_text[first]) && _text[first + 1] == ' ')
            first += 2;
        return first < _text.Length && char.IsLower(_text[first]);
    }

    /// <summary>
    /// Marks as not content the two pieces of a sentence broken by a page: text copied from a PDF or a printed page
    /// ends a page's last paragraph mid-sentence ("... along about sixty metres of the"), puts the running header or page
    /// number and a blank line after it, and goes on in lower case on the next page ("wall. In several places ...").
    /// Neither piece is a sentence a summary can quote. Only in a text that starts its sentences with capitals (see
    /// <see cref="LineLayout.StartsSentencesWithCapitals"/>), where a paragraph in lower case cannot start a sentence.
    /// </summary>
    private void MarkBrokenSentences(int first, LineLayout layout)
    {
        for (int k = first; k < _sentences.Count - 1; k++)
        {
            Sentence before = _sentences[k];
            if (before.IsHeading || EndsWithPunctuation(before.Span.Start, before.Span.End))
                continue;
            int after = k + 1;
            while (after < _sentences.Count && _sentences[after].IsHeading)
                after++; // a page number or running header between the pieces
            if (after == _sentences.Count || !StartsInLowerCase(_sentences[after].Span.Start)
                || !HasParagraphBreak(before.Span.End, _sentences[after].Span.Start) || !layout.StartsSentencesWithCapitals)
                continue;
            MarkNotContent(k, k + 1);
            MarkNotContent(after, after + 1);
        }
    }

    /// <summary>Whether a blank line or a form feed lies in <c>[from, to)</c>.</summary>
    private bool HasParagraphBreak(int from, int to)
    {
        ReadOnlySpan<char> gap = _text.AsSpan(from, to - from);
        if (gap.Contains('\f'))
            return true;
        int breaks = 0;
        foreach (char c in gap)
        {
            if (c == '\n')
            {
                if (++breaks == 2)
                    return true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                breaks = 0;
            }
        }

        return false;
    }
}
