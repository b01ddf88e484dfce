using System.Collections.Frozen;
using Summarizer.Segmentation;
using Summarizer.Text;

namespace Summarizer.Layout;

/// <summary>
/// The formulas of address: words of greeting, welcome, thanks and farewell, by language. They carry no information
/// about a text's subject, and a summary that opens with "Good morning and welcome to the show." has lost a place.
/// </summary>
/// <remarks>
/// In a dialogue they are chosen last wherever they stand (<see cref="IsFormula"/>, through
/// <see cref="DialogueTurns.ChosenLast"/>). In other text only a sentence that opens with one is: a newsletter's or a live
/// blog's greeting, a podcast transcript without speaker labels, a letter's salutation. Inside a news sentence the same
/// words are content ("to thank a revival in advertising", "a welcome boost"), as measured on the news sets: applied
/// to every word, the rule dropped 12 BBC lead sentences.
/// </remarks>
internal static class Formulas
{
    // Case-folded, by language. Only words that are formulas wherever they stand; "good" and "evening" are not.
    private static readonly FrozenDictionary<Language, FrozenSet<string>> Words = new Dictionary<Language, FrozenSet<string>>
    {
        [Language.English] = Set("thank", "thanks", "welcome", "hello", "hi", "hey", "goodbye", "bye"),
        [Language.German] = Set("danke", "dank", "dankeschön", "bedanke", "willkommen", "hallo", "tschüss", "wiedersehen"),
        [Language.French] = Set("merci", "remercie", "remercions", "bienvenue", "bonjour", "bonsoir", "salut", "revoir"),
        [Language.Spanish] = Set("gracias", "agradezco", "bienvenido", "bienvenida", "bienvenidos", "bienvenidas", "hola", "adiós"),
        [Language.Italian] = Set("grazie", "ringrazio", "benvenuto", "benvenuta", "benvenuti", "benvenute", "ciao", "buongiorno", "buonasera", "arrivederci"),
        [Language.Portuguese] = Set("obrigado", "obrigada", "obrigados", "agradeço", "olá", "tchau"),
        [Language.Dutch] = Set("bedankt", "dank", "welkom", "hallo", "doei", "goedemorgen", "goedemiddag", "goedenavond"),
        [Language.Danish] = Set("tak", "velkommen", "hej", "farvel"),
        [Language.Norwegian] = Set("takk", "velkommen", "hei", "farvel"),
        [Language.Swedish] = Set("tack", "välkommen", "välkomna", "hej", "adjö"),
        [Language.Russian] = Set("спасибо", "благодарю", "здравствуйте", "привет", "пожаловать", "свидания"),
    }.ToFrozenDictionary();

    // A word of thanks that is a preposition before these words says why, not thanks: "thanks to the grant", "dank der
    // Förderung", "gracias a la lluvia", "grazie al sole".
    private static readonly FrozenDictionary<Language, FrozenSet<string>> Because = new Dictionary<Language, FrozenSet<string>>
    {
        [Language.English] = Set("to"),
        [Language.German] = Set("der", "des", "dem", "den", "einer", "eines", "seiner", "ihrer", "unserer"),
        [Language.Spanish] = Set("a", "al"),
        [Language.Italian] = Set("a", "al", "alla", "alle", "ai", "agli", "allo"),
    }.ToFrozenDictionary();

    // Greetings of two words, "good" and a time of day, and salutations that address only at a sentence's start
    // ("Dear readers,"): first word, then the words that may follow it (empty: the first word alone).
    private static readonly FrozenDictionary<Language, FrozenDictionary<string, FrozenSet<string>>> Openings = new Dictionary<Language, FrozenDictionary<string, FrozenSet<string>>>
    {
        [Language.English] = Openers(("good", ["morning", "afternoon", "evening"]), ("dear", []), ("greetings", [])),
        [Language.German] = Openers(("guten", ["morgen", "tag", "abend"])),
        [Language.Spanish] = Openers(("buenos", ["días", "dias"]), ("buenas", ["tardes", "noches"])),
        [Language.Portuguese] = Openers(("bom", ["dia"]), ("boa", ["tarde", "noite"])),
        [Language.Danish] = Openers(("god", ["morgen", "aften", "dag"])),
        [Language.Norwegian] = Openers(("god", ["morgen", "kveld", "dag"])),
        [Language.Swedish] = Openers(("god", ["morgon", "kväll", "dag"])),
        [Language.Russian] = Openers(("доброе", ["утро"]), ("добрый", ["день", "вечер"])),
    }.ToFrozenDictionary();

    /// <summary>
    /// Whether sentence <paramref name="i"/> holds a word of greeting, welcome, thanks or farewell in the document's
    /// language (not a preposition of cause: "thanks to the grant").
    /// </summary>
    public static bool IsFormula(Document document, int i)
    {
        if (!Words.TryGetValue(document.Language, out FrozenSet<string>? words))
            return false;
        FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<Token> tokens = document.GetTokens(i);
        for (int k = 0; k < tokens.Length; k++)
        {
            if (lookup.Contains(tokens[k].Span.Slice(document.Text)) && !SaysWhy(document, tokens, k))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether sentence <paramref name="i"/> opens with a formula: its first characters are a word of greeting, welcome,
    /// thanks or farewell ("Hello and welcome back.", "Thanks for reading."), a greeting of two words ("Good morning."),
    /// or a salutation ("Dear colleagues,"). A word joined by a hyphen ("Hi-tech", "Bye-election") or one in quotation
    /// marks (a speaker quoted in a report) does not open so.
    /// </summary>
    public static bool OpensWithFormula(Document document, int i)
    {
        ReadOnlySpan<Token> tokens = document.GetTokens(i);
        if (tokens.IsEmpty)
            return false;
        string text = document.Text;
        TextSpan first = tokens[0].Span;
        int start = Punctuation.SkipWhiteSpace(text, document.Sentences[i].Span.Start, first.Start);
        if (start != first.Start || first.End < text.Length && Punctuation.IsLineEndHyphen(text[first.End]))
            return false;
        ReadOnlySpan<char> word = first.Slice(text);
        if (Words.TryGetValue(document.Language, out FrozenSet<string>? words)
            && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && !SaysWhy(document, tokens, 0))
            return true;
        if (!Openings.TryGetValue(document.Language, out FrozenDictionary<string, FrozenSet<string>>? openings)
            || !openings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out FrozenSet<string>? next))
            return false;
        return next.Count == 0 || tokens.Length > 1 && next.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[1].Span.Slice(text));
    }

    /// <summary>Whether the word of thanks at token <paramref name="k"/> is a preposition of cause ("thanks to").</summary>
    private static bool SaysWhy(Document document, ReadOnlySpan<Token> tokens, int k) =>
        k + 1 < tokens.Length && Because.TryGetValue(document.Language, out FrozenSet<string>? because)
        && because.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tokens[k + 1].Span.Slice(document.Text));

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, FrozenSet<string>> Openers(params (string First, string[] Next)[] openers) =>
        openers.ToFrozenDictionary(o => o.First, o => Set(o.Next), StringComparer.OrdinalIgnoreCase);
}
