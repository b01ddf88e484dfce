using System.Collections.Frozen;
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

    // Words of greeting, welcome, thanks and farewell, case-folded, by language: the formulas of a conversation's
    // opening and closing. Only words that are formulas wherever they stand; "good" and "evening" are not.
    private static readonly FrozenDictionary<Language, FrozenSet<string>> Formulas = new Dictionary<Language, FrozenSet<string>>
    {
        [Language.English] = Set("thank", "thanks", "welcome", "hello", "hi", "hey", "goodbye", "bye"),
        [Language.German] = Set("danke", "dank", "dankeschön", "bedanke", "willkommen", "hallo", "tschüss", "wiedersehen"),
        [Language.French] = Set("merci", "remercie", "remercions", "bienvenue", "bonjour", "bonsoir", "salut", "revoir"),
        [Language.Spanish] = Set("gracias", "agradezco", "bienvenido", "bienvenida", "bienvenidos", "bienvenidas", "hola", "adiós"),
        [Language.Italian] = Set("grazie", "ringrazio", "benvenuto", "benvenuta", "benvenuti", "benvenute", "ciao", "buongiorno", "buonasera", "arrivederci"),
        [Language.Portuguese] = Set("obrigado", "obrigada", "obrigados", "agradeço", "olá", "tchau"),
        [Language.Dutch] = Set("bedankt", "dank", "welkom", "hallo", "doei"),
        [Language.Danish] = Set("tak", "velkommen", "hej", "farvel"),
        [Language.Norwegian] = Set("takk", "velkommen", "hei", "farvel"),
        [Language.Swedish] = Set("tack", "välkommen", "välkomna", "hej", "adjö"),
        [Language.Russian] = Set("спасибо", "благодарю", "здравствуйте", "привет", "пожаловать", "свидания"),
    }.ToFrozenDictionary();

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
        return speaker.IsEmpty || !char.IsLetter(speaker[0]) ? null : speaker.ToString();
    }

    /// <summary>
    /// Which sentences a summary of the dialogue takes only when nothing else is left: questions, greetings and thanks
    /// (<see cref="IsQuestion"/>, <see cref="IsFormula"/>), and everything the interviewer says. The interviewer (of an
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
            last[i] = question || IsFormula(document, i);
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

    // A word of thanks that is a preposition before these words says why, not thanks: "thanks to the grant", "dank der
    // Förderung", "gracias a la lluvia", "grazie al sole".
    private static readonly FrozenDictionary<Language, FrozenSet<string>> Because = new Dictionary<Language, FrozenSet<string>>
    {
        [Language.English] = Set("to"),
        [Language.German] = Set("der", "des", "dem", "den", "einer", "eines", "seiner", "ihrer", "unserer"),
        [Language.Spanish] = Set("a", "al"),
        [Language.Italian] = Set("a", "al", "alla", "alle", "ai", "agli", "allo"),
    }.ToFrozenDictionary();

    /// <summary>
    /// Whether sentence <paramref name="i"/> holds a word of greeting, welcome, thanks or farewell in the document's
    /// language (not a preposition of cause: "thanks to the grant").
    /// </summary>
    public static bool IsFormula(Document document, int i)
    {
        if (!Formulas.TryGetValue(document.Language, out FrozenSet<string>? words))
            return false;
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? because =
            Because.TryGetValue(document.Language, out FrozenSet<string>? next) ? next.GetAlternateLookup<ReadOnlySpan<char>>() : null;
        ReadOnlySpan<Token> tokens = document.GetTokens(i);
        for (int k = 0; k < tokens.Length; k++)
        {
            if (!lookup.Contains(tokens[k].Span.Slice(document.Text)))
                continue;
            if (because is { } cause && k + 1 < tokens.Length && cause.Contains(tokens[k + 1].Span.Slice(document.Text)))
                continue;
            return true;
        }

        return false;
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

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
