namespace Summarizer.Segmentation;

/// <summary>
/// Photo captions in text saved from a news page. A caption is written in sentences like the article's, but a news
/// page credits every photo, and the credit comes with its caption: after its last sentence on the same line ("A water
/// main break in Manhattan.CreditChang W. Lee/The New York Times", "... at dawn. Photo: Tom Reid/Coastal Press") or on
/// the line right below it ("Photo by James Martin/CNET"). A line that ends in a credit, or stands right above a line
/// that is one, is a caption, and so is a line labelled as one ("Image caption: ..."); the splitter marks its
/// sentences as not content, as it does headings.
/// </summary>
internal static class Captions
{
    // A credit is a name and an agency or publication: "Credit Ashraf Shazly/Agence France-Presse — Getty Images" has seven.
    private const int MaxCreditWords = 12;

    // "Credit" names its credit outright, so a capital after a space is enough ("Credit Ashraf Shazly").
    private static readonly string[] CreditWords = ["Credit", "Credits", "Crédit", "Crédits", "Crédito", "Créditos"];

    // These also open ordinary sentences and headings ("Pictures From the Scene"), so the name must follow a colon or
    // "by", run on without a space as pages print them, or carry a name/agency slash ("Photo Tom Reid/Coastal Press").
    private static readonly string[] PhotoWords =
        ["Photo", "Photos", "Photograph", "Photographs", "Picture", "Pictures", "Image", "Images", "Illustration", "Foto", "Fotos", "Bild"];

    private static readonly string[] ByWords = ["by", "von", "par", "por", "di"];

    // Agencies credited alone, in parentheses at the end of a caption: "... foreign tourists. (Reuters)".
    private static readonly string[] Agencies =
        ["Reuters", "AP", "AFP", "EPA", "PA", "Getty Images", "Associated Press", "AP Photo", "Bloomberg", "dpa"];

    private static readonly string[] CaptionLabels = ["Image caption", "Media caption", "Caption", "Bildunterschrift", "Légende"];

    /// <summary>
    /// Whether <paramref name="sentence"/> is a photo credit: a credit label and then a name ("Photo: Tom Reid/Coastal
    /// Press", "Photo by James Martin/CNET", "CreditKirsten Luce for The New York Times" as pages run them together), or
    /// a news agency alone in parentheses. A credit ends with its name: a sentence ending in a period, question or
    /// exclamation mark is not one ("Credit Suisse shares fell.").
    /// </summary>
    public static bool IsCredit(ReadOnlySpan<char> sentence)
    {
        // Asked of every sentence: its last and first characters rule out nearly all before anything else.
        if (sentence.Length < 4 || Punctuation.IsLatinTerminator(sentence[^1]) || sentence[0] is not ('(' or 'C' or 'P' or 'I' or 'F' or 'B'))
            return false;
        if (sentence[0] == '(')
            return sentence[^1] == ')' && IsOneOf(sentence[1..^1].Trim(), Agencies);
        if (UnpunctuatedRuns.CountWords(sentence) > MaxCreditWords)
            return false;

        foreach (string label in CreditWords)
        {
            if (sentence.StartsWith(label, StringComparison.Ordinal) && NameFollows(sentence[label.Length..], spaceAndCapital: true))
                return true;
        }

        bool slash = sentence.Contains('/');
        foreach (string label in PhotoWords)
        {
            if (sentence.StartsWith(label, StringComparison.Ordinal) && NameFollows(sentence[label.Length..], spaceAndCapital: slash))
                return true;
        }

        return false;
    }

    /// <summary>Whether a line opens with a caption label and a colon or comma ("Image caption: The ferry leaves ...").</summary>
    public static bool StartsWithCaptionLabel(ReadOnlySpan<char> line)
    {
        // Asked of every sentence: the first two letters of the labels rule out nearly all.
        if (line.Length < 8 || (line[0], line[1]) is not (('I', 'm') or ('M', 'e') or ('C', 'a') or ('B', 'i') or ('L', 'é')))
            return false;
        foreach (string label in CaptionLabels)
        {
            if (line.StartsWith(label, StringComparison.Ordinal) && line[label.Length..].TrimStart(' ') is [':' or ',', ..])
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether a name follows a credit label: run on without a space ("CreditChang W. Lee"), after a colon ("Photo: ",
    /// "Crédit photo : "), after "by" or its like ("Photo by "), or, when <paramref name="spaceAndCapital"/>, after a
    /// space alone. A second label word may come first ("Photo credit: ", "Crédit photo : ").
    /// </summary>
    private static bool NameFollows(ReadOnlySpan<char> rest, bool spaceAndCapital, bool secondLabel = true)
    {
        if (rest.IsEmpty)
            return false;
        if (char.IsUpper(rest[0]))
            return true;
        ReadOnlySpan<char> next = rest.TrimStart(" \u00A0");
        if (next is [':', ..])
        {
            next = next[1..].TrimStart(" \u00A0");
            return next.Length > 0 && (char.IsUpper(next[0]) || next.StartsWith("dpa", StringComparison.Ordinal));
        }

        if (next.Length == rest.Length || next.IsEmpty)
            return false; // the label was the start of a longer word: "Photography", "Pictured"
        if (secondLabel && (StartsWithWord(next, "credit") || StartsWithWord(next, "photo")))
            return NameFollows(next[(next.IndexOfAny(' ', ':') is var cut and >= 0 ? cut : next.Length)..], spaceAndCapital, secondLabel: false);
        foreach (string by in ByWords)
        {
            if (StartsWithWord(next, by))
                return next.Length > by.Length + 1 && char.IsUpper(next[by.Length + 1]);
        }

        return spaceAndCapital && char.IsUpper(next[0]);
    }

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="word"/> (in any case) as a whole word.</summary>
    private static bool StartsWithWord(ReadOnlySpan<char> text, string word) =>
        text.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[word.Length]));

    private static bool IsOneOf(ReadOnlySpan<char> text, string[] values)
    {
        foreach (string value in values)
        {
            if (text.Equals(value, StringComparison.Ordinal))
                return true;
        }

        return false;
    }
}
