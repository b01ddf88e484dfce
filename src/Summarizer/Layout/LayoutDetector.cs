using Summarizer.Text;

namespace Summarizer.Layout;

/// <summary>
/// Tells a dialogue of labeled turns and a list of one-sentence lines (reviews, comments, posts) from prose, using only
/// the sentence units, their marks and the line breaks of an analysed <see cref="Document"/>.
/// </summary>
/// <remarks>
/// A text is a <see cref="TextLayout.Dialogue"/> when speakers take turns under their labels (see
/// <see cref="DialogueTurns.IsDialogue"/>). Otherwise it is a <see cref="TextLayout.LineList"/> when all of these hold:
/// <list type="bullet">
/// <item>it has at least <see cref="MinLines"/> non-blank lines;</item>
/// <item>at most one line in 20 is blank (paragraphs of prose are separated by blank lines);</item>
/// <item>at least 90% of its sentences lie within one line (hard-wrapped prose has sentences running over line ends);</item>
/// <item>it has at most 1.5 sentences a line on average (paragraphs written one a line hold several);</item>
/// <item>it names fewer than <see cref="ReportNamesPerSentence"/> distinct people, places or organizations (capitalized
/// words inside a sentence) per sentence: a news article written one sentence a line names more, and stays prose.
/// Not applied to German, which capitalizes every noun.</item>
/// </list>
/// Other prose written one sentence a line with no blank lines also passes; summarize such text with detection off
/// (<see cref="LayoutMode.Prose"/>) to keep its lead.
/// </remarks>
internal static class LayoutDetector
{
    /// <summary>The fewest non-blank lines a line list has: a handful of lines is too little to tell a list from a short poem or address.</summary>
    public const int MinLines = 20;

    /// <summary>Reads the layout of <paramref name="document"/>.</summary>
    /// <param name="document">An analysed text.</param>
    /// <returns>The layout, as described in the remarks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is <see langword="null"/>.</exception>
    public static TextLayout Detect(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (DialogueTurns.IsDialogue(document))
            return TextLayout.Dialogue;
        int sentences = document.Sentences.Count;
        if (sentences < MinLines)
            return TextLayout.Prose; // fewer sentences than lines needed, at most one sentence a line would be needed anyway

        CountLines(document.Text, out int lines, out int blank);
        if (lines < MinLines || blank * 20 > lines || sentences * 2 > lines * 3)
            return TextLayout.Prose;

        int crossing = 0;
        IReadOnlyList<Sentence> all = document.Sentences;
        for (int i = 0; i < all.Count; i++) // indexed: foreach over the interface would allocate an enumerator
        {
            if (all[i].Span.Slice(document.Text).Trim().ContainsAny('\n', '\r'))
                crossing++;
        }

        if (crossing * 10 > sentences)
            return TextLayout.Prose;
        // A report names people, places and organizations all through, new ones as it goes; opinions about one thing
        // keep naming the same few. So an article written one sentence a line (as many sites and text extractors
        // write paragraphs) keeps its lead.
        return NamesPerSentence(document) is double names && names >= ReportNamesPerSentence ? TextLayout.Prose : TextLayout.LineList;
    }

    /// <summary>
    /// The fewest distinct names per sentence (see <see cref="NamesPerSentence"/>) of a report written one sentence a
    /// line. Chosen on half A of the development sets (Opinosis for lists; BBC and CNN/DailyMail articles written one
    /// sentence a line for reports) as the smallest value that leaves every list of that half a list; see the README's
    /// evaluation section for both halves.
    /// </summary>
    internal const double ReportNamesPerSentence = 0.5;

    /// <summary>
    /// Distinct capitalized words inside sentences (after a word, a comma or a semicolon and a space: "met Ana Ruiz in
    /// Lisbon"), per sentence that is not a heading; null for a language that capitalizes its nouns too (German).
    /// </summary>
    internal static double? NamesPerSentence(Document document)
    {
        if (document.Language == Language.German)
            return null;
        string text = document.Text;
        int sentences = 0;
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            if (document.Sentences[i].IsHeading)
                continue;
            sentences++;
            ReadOnlySpan<Token> tokens = document.GetTokens(i);
            for (int k = 1; k < tokens.Length; k++)
            {
                int start = tokens[k].Span.Start;
                if (tokens[k].Span.Length >= 2 && char.IsUpper(text[start]) && char.IsLower(text[start + 1])
                    && start >= 2 && text[start - 1] == ' ' && (char.IsLetterOrDigit(text[start - 2]) || text[start - 2] is ',' or ';'))
                    names.Add(tokens[k].Span.Slice(text).ToString());
            }
        }

        return sentences == 0 ? null : (double)names.Count / sentences;
    }

    /// <summary>Counts non-blank and blank lines; blank lines before the first and after the last text do not count.</summary>
    private static void CountLines(string text, out int lines, out int blank)
    {
        lines = 0;
        blank = 0;
        int pendingBlank = 0;
        ReadOnlySpan<char> rest = text;
        while (true)
        {
            int end = rest.IndexOfAny('\n', '\r');
            ReadOnlySpan<char> line = end < 0 ? rest : rest[..end];
            if (line.IsWhiteSpace())
            {
                if (lines > 0)
                    pendingBlank++;
            }
            else
            {
                lines++;
                blank += pendingBlank;
                pendingBlank = 0;
            }

            if (end < 0)
                break;
            // "\r\n" is one line break.
            int next = rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? end + 2 : end + 1;
            rest = rest[next..];
        }
    }
}
