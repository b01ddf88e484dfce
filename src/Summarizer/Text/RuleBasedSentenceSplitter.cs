namespace Summarizer.Text;

/// <summary>
/// A rule-based sentence splitter in the spirit of the Golden Rules of pragmatic_segmenter: it ends a
/// sentence at <c>. ? ! …</c> (with any closing quotes and brackets) followed by whitespace and a plausible
/// sentence start, and at paragraph breaks; it does not end one after titles and common abbreviations
/// (Mr., Dr., e.g., U.S.), initials, inside numbers, URLs and e-mail addresses, or before a lower-case word.
/// A line without final punctuation that stands alone is a sentence of its own, marked
/// <see cref="Sentence.IsHeading"/> when it is short.
/// </summary>
public sealed class RuleBasedSentenceSplitter : SentenceSplitter
{
    /// <summary>Lines of at most this many words without final punctuation are headings.</summary>
    private const int MaxHeadingWords = 16;

    // Titles precede a name, so a sentence never ends after them.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "gov", "sen", "rep", "rev", "hon", "capt", "col",
        "lt", "sgt", "maj", "cmdr", "adm", "pres", "supt", "messrs", "mme", "mlle", "fr", "insp", "det", "cpl", "pvt",
    };

    // Abbreviations that usually continue the sentence, even before a capital letter.
    private static readonly HashSet<string> Continuing = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "vs", "v", "cf", "viz", "approx", "ca", "no", "nos", "fig", "figs", "vol", "vols", "pp", "p",
        "ch", "sec", "art", "para", "ed", "eds", "al", "op", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
        "sun", "mt", "ft", "ave", "blvd", "rd", "hwy", "univ", "assn", "bros", "ph.d", "a.m", "p.m",
    };

    /// <summary>A shared instance; the splitter holds no state.</summary>
    public static RuleBasedSentenceSplitter Instance { get; } = new();

    /// <inheritdoc />
    protected override void SplitCore(string text, List<Sentence> sentences)
    {
        int i = SkipWhitespace(text, 0);
        int start = i;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n' || c == '\r')
            {
                int lineEnd = i;
                int next = SkipWhitespace(text, i);
                if (next >= text.Length || IsLineBreakBoundary(text, start, lineEnd, i, next))
                {
                    Add(text, sentences, start, lineEnd, endsWithPunctuation: false);
                    start = next;
                }

                i = next;
                continue;
            }

            if (IsTerminator(c))
            {
                int end = i + 1;
                while (end < text.Length && (IsTerminator(text[end]) || text[end] == '.'))
                    end++;
                while (end < text.Length && IsCloser(text[end]))
                    end++;

                if (end >= text.Length || char.IsWhiteSpace(text[end]))
                {
                    int next = SkipWhitespace(text, end);
                    if (next >= text.Length || IsSentenceBoundary(text, start, i, end, next))
                    {
                        Add(text, sentences, start, end, endsWithPunctuation: true);
                        start = next;
                        i = next;
                        continue;
                    }
                }

                i = end;
                continue;
            }

            i++;
        }

        if (start < text.Length)
            Add(text, sentences, start, text.Length, endsWithPunctuation: false);
    }

    private static bool IsTerminator(char c) => c is '.' or '?' or '!' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB' or '\u203A';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '{' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '\u00BF' or '\u00A1';

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }

    /// <summary>Whether a line break at <paramref name="breakAt"/> ends the sentence that began at <paramref name="start"/>.</summary>
    private static bool IsLineBreakBoundary(string text, int start, int lineEnd, int breakAt, int next)
    {
        if (start >= lineEnd)
            return false;

        // A blank line always ends a paragraph, and so a sentence.
        int newlines = 0;
        for (int k = breakAt; k < next; k++)
        {
            if (text[k] == '\n')
                newlines++;
        }

        if (newlines >= 2)
            return true;

        // A single line break inside a hard-wrapped sentence continues it: the next line starts in lower case.
        return !char.IsLower(text[next]);
    }

    /// <summary>
    /// Whether the terminator at <paramref name="terminatorAt"/> (run ending at <paramref name="end"/>) ends the
    /// sentence, given that the next sentence would start at <paramref name="next"/>.
    /// </summary>
    private static bool IsSentenceBoundary(string text, int start, int terminatorAt, int end, int next)
    {
        char following = text[next];
        int firstLetter = next;
        while (firstLetter < text.Length && IsOpener(text[firstLetter]))
            firstLetter++;
        char followingLetter = firstLetter < text.Length ? text[firstLetter] : following;

        // "Why?” he asked." and "Wait... what" continue the sentence.
        if (char.IsLower(followingLetter))
            return false;

        if (text[terminatorAt] != '.' || end - terminatorAt > 1 && text[terminatorAt + 1] == '.')
            return true; // ? ! … and "..." followed by a capital or a digit end the sentence.

        ReadOnlySpan<char> word = WordBefore(text, start, terminatorAt);
        if (word.IsEmpty)
            return true;

        string key = word.ToString();
        if (Titles.Contains(key))
            return false;

        // An initial: "J. R. R. Tolkien", "Harry S. Truman".
        if (word.Length == 1 && char.IsUpper(word[0]))
            return false;

        // Other abbreviations (etc., Inc., U.S.) may end a sentence and do so before a capitalised word.
        return !Continuing.Contains(key);
    }

    /// <summary>The word (letters and inner periods) just before the period at <paramref name="periodAt"/>.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int start, int periodAt)
    {
        int k = periodAt;
        while (k > start && (char.IsLetter(text[k - 1]) || text[k - 1] == '.' && k - 1 > start && char.IsLetter(text[k - 2])))
            k--;
        return text.AsSpan(k, periodAt - k);
    }

    private static void Add(string text, List<Sentence> sentences, int start, int end, bool endsWithPunctuation)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        if (end <= start)
            return;

        bool isHeading = !endsWithPunctuation && !EndsWithPunctuation(text, start, end) && CountWords(text, start, end) <= MaxHeadingWords;
        sentences.Add(new Sentence(TextSpan.FromBounds(start, end), sentences.Count, isHeading));
    }

    private static bool EndsWithPunctuation(string text, int start, int end)
    {
        int k = end - 1;
        while (k > start && IsCloser(text[k]))
            k--;
        return IsTerminator(text[k]) || text[k] is ':' or ';';
    }

    private static int CountWords(string text, int start, int end)
    {
        int words = 0;
        bool inWord = false;
        for (int k = start; k < end; k++)
        {
            bool letter = char.IsLetterOrDigit(text[k]);
            if (letter && !inWord)
                words++;
            inWord = letter;
        }

        return words;
    }
}
