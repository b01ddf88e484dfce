using System.Collections.Frozen;

namespace Summarizer.Segmentation;

/// <summary>
/// The back matter of an encyclopedia article or a paper copied whole: its reference list, further reading and links,
/// which follow the text under a heading of their own. Their entries split into short "sentences" ("The Windmills of
/// Downshire.", a book's title between an author's name and a publisher's) that share the article's words, and a
/// summary would pick them.
/// </summary>
internal sealed partial class SentenceScanner
{
    /// <summary>
    /// Headings that open a text's back matter, in the languages with segmentation rules. Only titles no section of an
    /// article's body has: "Notes", "Sources" and "Literature" also head a how-to's tips, a report's method or a survey
    /// of a country's writers, and are left out.
    /// </summary>
    private static readonly FrozenSet<string> BackMatterHeadings = new[]
    {
        "references", "bibliography", "works cited", "literature cited", "further reading", "external links", "see also",
        "citations", "footnotes", "notes and references", "references and notes",
        "einzelnachweise", "weblinks", "siehe auch",
        "références", "bibliographie", "liens externes", "voir aussi", "notes et références",
        "referencias", "bibliografía", "enlaces externos", "véase también",
        "bibliografia", "collegamenti esterni", "voci correlate",
        "referências", "ligações externas", "ver também",
        "externe links", "zie ook",
        "примечания", "ссылки", "см. также",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Marks as not content, from <paramref name="first"/> on, everything after a back-matter heading (see
    /// <see cref="BackMatterHeadings"/>) that stands on a line of its own in the second half of the text, after content;
    /// and the lines of a reference list that open with a back-link caret (<c>^ Smith, R. (1999).</c>, <c>↑</c> in some
    /// languages), when two or more lines do.
    /// </summary>
    private void MarkBackMatter(int first)
    {
        var headings = BackMatterHeadings.GetAlternateLookup<ReadOnlySpan<char>>();
        bool contentBefore = false;
        for (int k = first; k < _sentences.Count; k++)
        {
            Text.Sentence sentence = _sentences[k];
            // A heading, or a title with a colon after it ("References:"), alone on its line.
            if (contentBefore && sentence.Span.Length <= 40 && sentence.Span.Start >= _text.Length / 2
                && (sentence.IsHeading || _text[sentence.Span.End - 1] == ':')
                && headings.Contains(HeadingTitle(_text.AsSpan(sentence.Span.Start, sentence.Span.Length)))
                && StartsLine(k, first) && (k + 1 == _sentences.Count || StartsLine(k + 1, first)))
            {
                MarkNotContent(k, _sentences.Count);
                return;
            }

            contentBefore |= !sentence.IsHeading;
        }

        MarkCaretLines(first);
    }

    /// <summary>A heading's words without a colon after them or an editor's link ("References[edit]", "Weblinks [Bearbeiten]").</summary>
    private static ReadOnlySpan<char> HeadingTitle(ReadOnlySpan<char> heading)
    {
        heading = heading.Trim();
        if (heading.EndsWith(']') && heading.LastIndexOf('[') is var open and > 0)
            heading = heading[..open].TrimEnd();
        return heading.TrimEnd(':').TrimEnd();
    }

    /// <summary>Marks the sentences of lines that open with a caret and a space, when at least two lines do.</summary>
    private void MarkCaretLines(int first)
    {
        List<int>? starts = null;
        for (int k = first; k < _sentences.Count; k++)
        {
            char c = _text[_sentences[k].Span.Start];
            if (c is '^' or '\u2191' && _sentences[k].Span.Length > 2 && _text[_sentences[k].Span.Start + 1] == ' ' && StartsLine(k, first))
                (starts ??= []).Add(k);
        }

        if (starts is null || starts.Count < 2)
            return;
        foreach (int start in starts)
        {
            int end = start + 1;
            while (end < _sentences.Count && !StartsLine(end, first))
                end++;
            MarkNotContent(start, end);
        }
    }
}
