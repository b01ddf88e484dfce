using Summarizer.Segmentation;
using Summarizer.Text;

namespace Summarizer.Layout;

/// <summary>
/// Reads a dialogue from an analysed <see cref="Document"/>: the speaker labels the sentence splitter made units of
/// their own ("HOST:", "[00:01:23] Chair:"), and in the turns, the sentences a summary of a conversation leaves out.
/// </summary>
/// <remarks>
/// A conversation's information is in what its speakers state. Its questions ask for that information, an
/// interviewer's introductions and framing lead to it, and its greetings, welcomes and thanks (the ritual that opens
/// and closes a conversation) carry none; questions and thanks recur from turn to turn, which makes them look central
/// to a similarity graph. So in a dialogue they are chosen only when nothing else is left (<see cref="ChosenLast"/>).
/// The labels themselves are kept out of the sentence vectors: the same few names repeated at every turn would
/// otherwise tie together every sentence that addresses a speaker by name. How the layout ranks a dialogue (no lead,
/// undirected centrality) is in <see cref="LayoutPlanner"/>.
/// </remarks>
internal static class DialogueTurns
{
    /// <summary>The fewest speakers, each opening at least <see cref="MinTurnsEach"/> turns, that make a dialogue.</summary>
    public const int MinSpeakers = 2;

    /// <summary>The fewest labeled turns each of <see cref="MinSpeakers"/> speakers needs.</summary>
    public const int MinTurnsEach = 2;

    /// <summary>
    /// Whether <paramref name="document"/> is a dialogue: at least <see cref="MinSpeakers"/> speakers open
    /// <see cref="MinTurnsEach"/> labeled turns or more, a label names another speaker than the one before at least
    /// half the time (speakers take turns; a list of fields repeats one label instead), and the turns make up most of
    /// the text: from the first label on lies at least half of it. An article that ends with a block of alternating
    /// fields (a match report's team sheets, "Booked:" and "Subs not used:" under each side) is no transcript.
    /// </summary>
    public static bool IsDialogue(Document document)
    {
        // Asked of every document: most have no colon at all, and every label but a court transcript's "Q." and "A."
        // ends with one.
        if (!document.Text.Contains(':') && !document.Text.Contains("A. ", StringComparison.Ordinal))
            return false;
        Dictionary<string, int>? turns = null;
        string? last = null;
        int pairs = 0, changes = 0;
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            if (Speaker(document, i) is not { } speaker)
                continue;
            if (turns is null && (document.Text.Length - document.Sentences[i].Span.Start) * 2 < document.Text.Length)
                return false;
            turns ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            turns[speaker] = turns.GetValueOrDefault(speaker) + 1;
            if (last is not null)
            {
                pairs++;
                if (!string.Equals(last, speaker, StringComparison.OrdinalIgnoreCase))
                    changes++;
            }

            last = speaker;
        }

        return turns is not null && turns.Values.Count(n => n >= MinTurnsEach) >= MinSpeakers && changes * 2 >= pairs;
    }

    /// <summary>
    /// Who speaks, when sentence <paramref name="i"/> is a speaker label: a heading unit at the start of its line that
    /// ends with a colon (<c>HOST:</c>, <c>[00:01:23] Chair:</c>, <c>&gt;&gt; ANCHOR:</c>, <c>MARIE DUPONT :</c>), read from
    /// its first letter on, or a court transcript's <c>Q.</c> or <c>A.</c>.
    /// </summary>
    public static string? Speaker(Document document, int i)
    {
        Sentence sentence = document.Sentences[i];
        if (!sentence.IsHeading)
            return null;
        ReadOnlySpan<char> label = sentence.Span.Slice(document.Text).TrimEnd();
        if (label is "Q." or "A.")
            return StartsLine(document.Text, sentence.Span.Start) ? label[..1].ToString() : null;
        if (label.Length < 2 || label[^1] != ':' || !StartsLine(document.Text, sentence.Span.Start))
            return null;
        int first = 0;
        for (int k = 0; k < label.Length; k++)
        {
            if (char.IsLetter(label[k]))
            {
                first = k;
                break;
            }
        }

        ReadOnlySpan<char> speaker = label[first..^1].Trim();
        // A role or the turn's time in parentheses after the name is not who speaks: "Ana Ruiz (Host):" and
        // "Speaker 1 (00:12):" at every turn are the same two speakers.
        if (speaker.EndsWith(')') && speaker.LastIndexOf('(') is var open and > 0)
            speaker = speaker[..open].TrimEnd();
        return speaker.IsEmpty || !char.IsLetter(speaker[0]) ? null : speaker.ToString();
    }

    /// <summary>
    /// Which sentences a summary of the dialogue takes only when nothing else is left: questions, greetings and thanks
    /// (<see cref="IsQuestion"/>, <see cref="Formulas.IsFormula"/>), and everything the interviewer says. The interviewer (of an
    /// interview, a hearing, a deposition) is the one speaker who asks at least two thirds of the dialogue's questions, in
    /// at least half of their turns: their part is to ask, and their introductions and framing lead to what the others
    /// state. A meeting or a debate, where questions come from all sides, has no interviewer.
    /// </summary>
    public static bool[] ChosenLast(Document document)
    {
        int n = document.Sentences.Count;
        var last = new bool[n];
        var speakerOf = new string?[n];
        var turns = new Dictionary<string, (int Turns, int Asking)>(StringComparer.OrdinalIgnoreCase);
        string? speaker = null;
        bool asked = false;
        int asking = 0;
        for (int i = 0; i <= n; i++)
        {
            string? label = i < n ? Speaker(document, i) : null;
            if (i == n || label is not null)
            {
                // A turn ends where the next label starts.
                if (speaker is not null)
                {
                    (int t, int a) = turns.GetValueOrDefault(speaker);
                    turns[speaker] = (t + 1, a + (asked ? 1 : 0));
                    asking += asked ? 1 : 0;
                }

                speaker = label;
                asked = false;
                continue;
            }

            speakerOf[i] = speaker;
            bool question = IsQuestion(document, i);
            asked |= question;
            last[i] = question || Formulas.IsFormula(document, i);
        }

        string? interviewer = null;
        foreach ((string name, (int t, int a)) in turns)
        {
            if (asking >= 2 && a * 3 >= asking * 2 && a * 2 >= t)
                interviewer = name;
        }

        if (interviewer is not null)
        {
            for (int i = 0; i < n; i++)
                last[i] |= string.Equals(speakerOf[i], interviewer, StringComparison.OrdinalIgnoreCase);
        }

        return last;
    }

    /// <summary>Whether sentence <paramref name="i"/> asks: it ends with a question mark (before closing quotes or brackets).</summary>
    public static bool IsQuestion(Document document, int i)
    {
        ReadOnlySpan<char> text = document.Sentences[i].Span.Slice(document.Text).TrimEnd();
        while (text.Length > 1 && (Punctuation.IsCloser(text[^1]) || char.IsWhiteSpace(text[^1])))
            text = text[..^1];
        return text.Length > 0 && text[^1] is '?' or '\uFF1F' or '\u061F' or '\u037E';
    }

    /// <summary>
    /// <paramref name="document"/> with the words of its speaker labels made stop words, so the labels join no
    /// sentence to another in the vectors; the document itself when it has no labels.
    /// </summary>
    public static Document WithoutLabelTerms(Document document)
    {
        List<int>? labels = null;
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            if (Speaker(document, i) is not null && document.GetTokens(i).Length > 0)
                (labels ??= []).Add(i);
        }

        return labels is null ? document : document.WithStopWordsIn(labels);
    }

    private static bool StartsLine(string text, int start)
    {
        for (int k = start - 1; k >= 0 && !Punctuation.IsLineBreak(text[k]); k--)
        {
            if (!char.IsWhiteSpace(text[k]))
                return false;
        }

        return true;
    }

}
