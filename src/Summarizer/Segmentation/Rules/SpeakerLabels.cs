using System.Collections.Frozen;

namespace Summarizer.Segmentation;

/// <summary>
/// The speaker labels of a transcript: at the start of a line, an optional time stamp (<c>[00:01:23]</c>, <c>00:01:23</c>,
/// <c>(1:23)</c>), then who speaks (<c>INTERVIEWER</c>, <c>Marta Okonkwo</c>, <c>Dr. Reed</c>, <c>Q</c>, <c>Speaker 2</c>)
/// and a colon. A label names the turn that follows it, as a heading names a section: it is not part of the first
/// sentence of the turn, and the splitter makes it a unit of its own, marked as not content, so that the names that
/// open every turn do not make the turns' first sentences look alike.
/// </summary>
/// <remarks>
/// A label counts when speech starting with a capital follows it (a field written on in lower case, "Input: a list of
/// words", does not), or lower-case speech that runs on like talk: automatic transcripts write every turn in lower case
/// ("Tom Hale: about thirty years now, my father taught me"), where a field's value is a few words. A text is a
/// transcript when at least two speakers each open two lines or more and a label
/// names another speaker than the one before at least half the time (an interview, a hearing, a play, a
/// question-and-answer page). A one-off "Note: ..." or "LONDON: ..." in an article is no label, nor is a photo credit
/// ("Photo: Tom Reid/Coastal Press") or a subtitle cue's timing. Lines that open with a time stamp alone
/// (<c>[00:01:23] So we began ...</c>) have it as their label when at least three lines do.
/// </remarks>
internal static class SpeakerLabels
{
    // A label is short: a time stamp and up to four words of a name or role.
    private const int MaxLabelLength = 48;
    private const int MaxSpeakerWords = 4;

    // Lower-case turns count as speech when they average this many words or more: talk runs on, where the values of a
    // field list ("Origin: kenya", "Roast: medium", "Cons: no page buttons") are a few words each.
    private const int MinLowerCaseTurnWords = 6;

    // Names of the fields of a review, a recipe or a notice, in the languages with segmentation rules: a product
    // roundup repeats "Pros:", "Cons:" and "Verdict:" under every product, as speakers take turns, but the label is part
    // of what the line says ("Cons: no page buttons"), not who says it. Compared with a label's first word.
    private static readonly FrozenSet<string> FieldNames = new[]
    {
        "pros", "cons", "pro", "con", "plus", "pluses", "minus", "minuses", "likes", "dislikes", "verdict", "price",
        "prices", "rating", "score", "specs", "specifications", "features", "summary", "conclusion", "note", "notes",
        "tip", "tips", "warning", "caution", "update", "updated", "correction", "source", "sources", "ingredients",
        "method", "directions", "instructions", "serves", "servings", "yield", "prep", "total", "step",
        "input", "output", "example", "examples", "result", "results", "bottom", "best", "ideal",
        "vorteile", "nachteile", "fazit", "preis", "hinweis", "tipp", "achtung", "zutaten", "zubereitung", "quelle",
        "avantages", "inconvénients", "prix", "conseil", "attention", "ingrédients", "préparation",
        "ventajas", "desventajas", "contras", "veredicto", "precio", "nota", "consejo", "ingredientes", "preparación", "fuente",
        "contro", "verdetto", "prezzo", "consiglio", "ingredienti", "preparazione", "fonte",
        "voordelen", "nadelen", "oordeel", "prijs", "bron",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The labels of <paramref name="text"/> in text order, or null when it is not a transcript.</summary>
    public static List<SpeakerLabel>? Find(string text)
    {
        // Every label has a colon near its line's start, and most texts have few colons: go from colon to colon, and
        // read a line only when one stands within a label's length of its start.
        List<SpeakerLabel>? labels = null;
        int colon = text.IndexOf(':');
        while (colon >= 0)
        {
            int lineStart = colon;
            while (lineStart > 0 && colon - lineStart <= MaxLabelLength && !Punctuation.IsLineBreak(text[lineStart - 1]))
                lineStart--;
            int resume = colon + 1;
            if (lineStart == 0 || Punctuation.IsLineBreak(text[lineStart - 1]))
            {
                int end = Punctuation.IndexOfLineBreak(text.AsSpan(colon)) is var found and >= 0 ? colon + found : text.Length;
                if (Parse(text, lineStart, end) is { } label)
                    (labels ??= []).Add(label);
                resume = end;
            }

            colon = resume < text.Length ? text.IndexOf(':', resume) : -1;
        }

        // Court and deposition transcripts mark question and answer with "Q." and "A." at a line's start, no colon.
        if (QuestionAndAnswerLetters(text) is { } letters)
        {
            labels ??= [];
            labels.AddRange(letters);
            labels.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }

        // Labels before lower-case words count only when those lines, taken together, read as talk, and labels open a
        // good share of the text's lines, as turns do in a transcript. A paper's examples ("Arg0: causer of motion Arg1:
        // thing in motion", several fields to a wrapped line) run on as long, but are a few lines of a long text.
        if (labels is not null && labels.Exists(static l => l.LowerCaseWords > 0))
        {
            List<SpeakerLabel> lowerCase = labels.FindAll(static l => l.LowerCaseWords > 0);
            if (lowerCase.Sum(static l => l.LowerCaseWords) < MinLowerCaseTurnWords * lowerCase.Count || labels.Count * 3 < NonBlankLines(text))
                labels.RemoveAll(static l => l.LowerCaseWords > 0);
        }

        if (labels is null || labels.Count < 3)
            return null;

        var turns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int stamped = 0, pairs = 0, changes = 0;
        string? last = null;
        foreach (SpeakerLabel label in labels)
        {
            if (label.Speaker is not { } speaker)
            {
                stamped++;
                continue;
            }

            turns[speaker] = turns.GetValueOrDefault(speaker) + 1;
            if (last is not null)
            {
                pairs++;
                if (!string.Equals(last, speaker, StringComparison.OrdinalIgnoreCase))
                    changes++;
            }

            last = speaker;
        }

        // Speakers take turns: in a dialogue most labels name another speaker than the one before. A field list
        // ("Arg0: agent" on line after line, "Email: ..." under each author) repeats the same label instead.
        int recurring = turns.Values.Count(n => n >= 2);
        if (recurring >= 2 && changes * 2 >= pairs)
            return stamped >= 3 ? labels : labels.FindAll(l => l.Speaker is not null);
        return stamped >= 3 ? labels.FindAll(l => l.Speaker is null) : null;
    }

    /// <summary>
    /// The "Q." and "A." that open lines of a court or deposition transcript (<c>Q. Where were you?</c>), when both
    /// letters open at least two lines; null otherwise.
    /// </summary>
    private static List<SpeakerLabel>? QuestionAndAnswerLetters(string text)
    {
        if (!text.Contains("Q. ", StringComparison.Ordinal) || !text.Contains("A. ", StringComparison.Ordinal))
            return null;
        List<SpeakerLabel>? letters = null;
        int questions = 0, answers = 0;
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int i = lineStart;
            while (i < text.Length && text[i] is ' ' or '\t')
                i++;
            if (i + 3 < text.Length && text[i] is 'Q' or 'A' && text[i + 1] == '.' && text[i + 2] == ' ' && SpeechFollows(text, i + 3, Math.Min(text.Length, i + 8)))
            {
                (letters ??= []).Add(new SpeakerLabel(i, i + 2, text[i] == 'Q' ? "Q" : "A"));
                if (text[i] == 'Q')
                    questions++;
                else
                    answers++;
            }

            int next = Punctuation.IndexOfLineBreak(text.AsSpan(lineStart));
            if (next < 0)
                break;
            lineStart += next + 1;
        }

        return questions >= 2 && answers >= 2 ? letters : null;
    }

    /// <summary>The label at the start of the line <c>[start, end)</c>, if it has one.</summary>
    private static SpeakerLabel? Parse(string text, int start, int end)
    {
        int i = start;
        while (i < end && text[i] is ' ' or '\t')
            i++;
        int labelStart = i;
        // Closed captions mark a change of speaker with chevrons: ">> ANCHOR: Good evening."
        while (i < end && text[i] == '>')
            i++;
        if (i > labelStart)
        {
            while (i < end && text[i] is ' ' or '\t')
                i++;
        }

        int limit = Math.Min(end, labelStart + MaxLabelLength);
        // Every label has a colon near the line's start (after the speaker, or in its time stamp): most lines have none.
        if (i >= limit || !(char.IsLetterOrDigit(text[i]) || text[i] is '[' or '(') || text.AsSpan(i, limit - i).IndexOf(':') < 0)
            return null;

        // A subtitle cue's timing ("00:00:01,000 --> 00:00:04,000") is a line of its own, not a label before words.
        if (text.AsSpan(i, limit - i).Contains("-->", StringComparison.Ordinal))
            return null;
        int afterStamp = TimeStamp(text, i, limit);
        if (afterStamp > i)
        {
            i = afterStamp;
            while (i < limit && text[i] is ' ' or '\t')
                i++;
        }

        // Who speaks: one to four words, in square brackets or not ("[HOST]:"), then a colon and a space (or the line's end).
        bool bracketed = i + 1 < limit && text[i] == '[' && char.IsLetter(text[i + 1]);
        if (bracketed)
            i++;
        int speakerStart = i;
        int words = 0;
        bool allCapitalized = true;
        while (i < limit && char.IsLetterOrDigit(text[i]))
        {
            int wordStart = i;
            while (i < limit && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or '\'' or '\u2019' or '-' or '_'))
                i++;
            words++;
            if (!char.IsUpper(text[wordStart]) && !char.IsDigit(text[wordStart]))
                allCapitalized = false;
            if (i < limit && text[i] == ' ' && i + 1 < limit && char.IsLetterOrDigit(text[i + 1]) && words < MaxSpeakerWords)
                i++;
            else
                break;
        }

        int speakerEnd = i;
        if (bracketed)
        {
            if (i >= limit || text[i] != ']')
                return null;
            i++;
        }

        // A role or affiliation in parentheses after the name: "Ana Ruiz (Host):", "SEN. HALE (D-Ore.):".
        if (words > 0 && i + 1 < limit && text[i] == ' ' && text[i + 1] == '(' && text.AsSpan(i + 2, limit - i - 2).IndexOf(')') is var close and > 0)
            i += close + 3;

        // French typography puts a (no-break) space before the colon: "MARIE DUPONT : Bonjour."
        if (i + 1 < end && text[i] is ' ' or '\u00A0' or '\u202F' && text[i + 1] == ':')
            i++;
        bool colon = i < end && text[i] == ':' && (i + 1 >= end || text[i + 1] is ' ' or '\t' or '\u00A0');
        // A name or role is capitalized ("Marta Okonkwo", "INTERVIEWER", "Q"): a lower-case word and a colon at a line's
        // start is a wrapped sentence going on ("entailment: a shallow method ...").
        if (words > 0 && colon && allCapitalized && char.IsLetter(text[speakerStart]))
        {
            ReadOnlySpan<char> line = text.AsSpan(labelStart, end - labelStart);
            if (Captions.IsCredit(line) || Captions.StartsWithCaptionLabel(line) || IsFieldName(text.AsSpan(speakerStart, speakerEnd - speakerStart)))
                return null;
            int lowerCaseWords = SpeechFollows(text, i + 1, end) ? 0 : WordCount(text.AsSpan(i + 1, end - i - 1));
            return new SpeakerLabel(labelStart, i + 1, text[speakerStart..speakerEnd], lowerCaseWords);
        }

        // A time stamp alone, before the line's words.
        if (afterStamp > labelStart && speakerStart < end && speakerStart > afterStamp)
            return new SpeakerLabel(labelStart, afterStamp, null);
        return null;
    }

    /// <summary>Whether a label's first word names a field (<see cref="FieldNames"/>), not a speaker.</summary>
    private static bool IsFieldName(ReadOnlySpan<char> speaker)
    {
        int space = speaker.IndexOf(' ');
        ReadOnlySpan<char> first = space < 0 ? speaker : speaker[..space];
        return FieldNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first);
    }

    /// <summary>
    /// Whether what follows a label is the start of speech: a sentence, starting with a capital (after quotes, a
    /// dialogue dash, or a play's stage direction in parentheses, "(putting down the tray) You're late."), or nothing on
    /// the label's line (the speech below it). A field's value is written on in lower case ("Input: a list of words",
    /// "Pros: light and quiet"), and so is a wrapped sentence.
    /// </summary>
    private static bool SpeechFollows(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
            i++;
        if (i < end && text[i] == '(' && text.AsSpan(i, end - i).IndexOf(')') is var close and > 0)
            i += close + 1;
        while (i < end && (char.IsWhiteSpace(text[i]) || Punctuation.IsOpener(text[i]) || Punctuation.IsDash(text[i])))
            i++;
        return i >= end || !char.IsLower(text[i]);
    }

    /// <summary>The lines of <paramref name="text"/> with anything but white space on them.</summary>
    private static int NonBlankLines(string text)
    {
        int lines = 0;
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
            lines += line.IsWhiteSpace() ? 0 : 1;
        return lines;
    }

    /// <summary>The words of a line's rest, as runs of characters between white space.</summary>
    private static int WordCount(ReadOnlySpan<char> rest)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in rest)
        {
            bool space = char.IsWhiteSpace(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return words;
    }

    /// <summary>
    /// The end of a time stamp at <paramref name="i"/> (<c>1:23</c>, <c>00:01:23</c>, <c>00:01:23.450</c>, in square
    /// brackets or parentheses or not), or <paramref name="i"/> when there is none.
    /// </summary>
    private static int TimeStamp(string text, int i, int limit)
    {
        int k = i;
        char open = text[k];
        if (open is '[' or '(')
            k++;
        int groups = 0;
        while (true)
        {
            int digits = k;
            while (k < limit && char.IsAsciiDigit(text[k]) && k - digits < 2)
                k++;
            if (k == digits || groups > 0 && k - digits != 2)
                return i;
            groups++;
            if (groups < 3 && k + 1 < limit && text[k] == ':' && char.IsAsciiDigit(text[k + 1]))
            {
                k++;
                continue;
            }

            break;
        }

        if (groups < 2)
            return i;
        if (k + 1 < limit && text[k] is '.' or ',' && char.IsAsciiDigit(text[k + 1]))
        {
            k++;
            while (k < limit && char.IsAsciiDigit(text[k]))
                k++;
        }

        if (open is '[' or '(')
        {
            if (k >= limit || text[k] != (open == '[' ? ']' : ')'))
                return i;
            k++;
        }

        // Followed by white space: "10:30am" and "1:23:45pm" are times inside a line's words.
        return k < limit && text[k] is ' ' or '\t' ? k : i;
    }
}

/// <summary>
/// A speaker label: its span <c>[Start, End)</c>, who speaks (null for a time stamp alone), and, when lower-case words
/// follow it on its line, how many (0 when speech starts with a capital or below the label).
/// </summary>
internal readonly record struct SpeakerLabel(int Start, int End, string? Speaker, int LowerCaseWords = 0);
