using System.Collections.Frozen;

namespace Summarizer.Segmentation;

/// <summary>The language profiles the splitter knows, by ISO 639-1 code; each is built on first use.</summary>
internal static class LanguageProfiles
{
    private static readonly FrozenDictionary<string, Lazy<LanguageProfile>> Profiles = new Dictionary<string, Lazy<LanguageProfile>>
    {
        ["en"] = new(CreateEnglish),
        ["de"] = new(() => new LanguageProfile("de", GermanicData.GermanAbbreviations, GermanicData.GermanPrepositive, numberAbbreviations: GermanicData.GermanNumberAbbreviations,
            sentenceStarters: GermanicData.GermanSentenceStarters)
        {
            AbbreviatedCompoundEndings = ["str"], // "Goethestr. 12": Straße
            AbbreviationBoundary = AbbreviationBoundary.Never,
            OrdinalNumbers = true,
            SingleLowercaseLetterAbbreviations = true,
        }),
        ["nl"] = new(() => new LanguageProfile("nl", GermanicData.DutchAbbreviations, GermanicData.DutchPrepositive, GermanicData.DutchNumberAbbreviations)
        {
            AbbreviatedCompoundEndings = ["str"], // "Kerkstr. 3": straat
        }),
        ["da"] = new(() => new LanguageProfile("da", GermanicData.DanishAbbreviations, GermanicData.DanishPrepositive,
            GermanicData.DanishNumberAbbreviations, GermanicData.DanishSentenceStarters) { OrdinalNumbers = true }),
        ["sv"] = new(() => new LanguageProfile("sv", GermanicData.SwedishAbbreviations, EnglishData.Prepositive, GermanicData.SwedishNumberAbbreviations)),
        // Norwegian writes ordinals with a period, as Danish does ("5. mai").
        ["no"] = new(() => new LanguageProfile("no", GermanicData.NorwegianAbbreviations, EnglishData.Prepositive, GermanicData.NorwegianNumberAbbreviations,
            GermanicData.NorwegianSentenceStarters)
        {
            OrdinalNumbers = true,
        }),
        ["pt"] = new(() => new LanguageProfile("pt", RomanceData.PortugueseAbbreviations, RomanceData.PortuguesePrepositive, RomanceData.PortugueseNumberAbbreviations)),
        ["es"] = new(() => new LanguageProfile("es", RomanceData.SpanishAbbreviations, RomanceData.SpanishPrepositive, RomanceData.SpanishNumberAbbreviations)),
        ["it"] = new(() => new LanguageProfile("it", RomanceData.ItalianAbbreviations, RomanceData.ItalianPrepositive, RomanceData.ItalianNumberAbbreviations)),
        ["fr"] = new(() => new LanguageProfile("fr", RomanceData.FrenchAbbreviations, RomanceData.FrenchPrepositive, RomanceData.FrenchNumberAbbreviations)),
        // In Russian, Bulgarian and Slovak an abbreviation does not end a sentence ("в 1898 г. В 1854 году").
        // "и т. д." (etc.) and "и др." (and others) close a list, so they end one before a capital ("и т. д. В той").
        ["ru"] = new(() => new LanguageProfile("ru", SlavicData.RussianAbbreviations, SlavicData.RussianPrepositive, sentenceStarters: SlavicData.RussianSentenceStarters)
        {
            AbbreviationBoundary = AbbreviationBoundary.Never,
            EnumerationEnds = SlavicData.RussianEnumerationEnds,
        }),
        ["bg"] = new(() => new LanguageProfile("bg", SlavicData.BulgarianAbbreviations)
        {
            AbbreviationBoundary = AbbreviationBoundary.Never,
            EnumerationEnds = SlavicData.BulgarianEnumerationEnds,
        }),
        ["kk"] = new(() => new LanguageProfile("kk", SlavicData.KazakhAbbreviations) { DashContinuesQuestion = true, QuestionBeforeLowercaseEnds = true }),
        ["pl"] = new(() => new LanguageProfile("pl", SlavicData.PolishAbbreviations, SlavicData.PolishPrepositive, SlavicData.PolishNumberAbbreviations)),
        ["sk"] = new(() => new LanguageProfile("sk", SlavicData.SlovakAbbreviations, SlavicData.SlovakPrepositive, SlavicData.SlovakNumberAbbreviations)
        {
            AbbreviationBoundary = AbbreviationBoundary.Never,
            AlphabeticalLists = false,
            OrdinalNumbers = true,
            RomanOrdinals = true,
        }),
        // Greek writes its question mark as ';' (U+037E GREEK QUESTION MARK is normalised to it).
        ["el"] = new(() => new LanguageProfile("el", OtherLanguagesData.GreekAbbreviations) { ExtraTerminators = ";", LowercaseContinues = false }),
        // Armenian ends sentences with the full stop '։' (often typed as ':'); '.' is an abbreviation mark.
        ["hy"] = new(() => new LanguageProfile("hy", []) { ExtraTerminators = ":", LatinTerminators = false }),
        ["ar"] = new(() => new LanguageProfile("ar", OtherLanguagesData.ArabicAbbreviations)
        {
            AbbreviationBoundary = AbbreviationBoundary.Never,
            ExtraTerminators = ":\u060C",
            ArabicCommaRule = true,
            LowercaseContinues = false,
        }),
        ["fa"] = new(() => new LanguageProfile("fa", []) { ExtraTerminators = ":", LowercaseContinues = false }),
        ["ca"] = new(() => new LanguageProfile("ca", RomanceData.CatalanAbbreviations, RomanceData.CatalanPrepositive, RomanceData.CatalanNumberAbbreviations)),
        ["ro"] = new(() => new LanguageProfile("ro", RomanceData.RomanianAbbreviations, RomanceData.RomanianPrepositive, RomanceData.RomanianNumberAbbreviations)),
        // Finnish writes ordinals with a period too ("5. toukokuuta"), before lower-case words, where any period runs on.
        ["fi"] = new(() => new LanguageProfile("fi", OtherLanguagesData.FinnishAbbreviations, OtherLanguagesData.FinnishPrepositive,
            OtherLanguagesData.FinnishNumberAbbreviations)),
        // Hungarian writes ordinals with a period too ("a 2. világháború"), but also ends dates with one ("március 15."),
        // often at a sentence end: an ordinal runs on only before a lower-case word, as anywhere.
        ["hu"] = new(() => new LanguageProfile("hu", OtherLanguagesData.HungarianAbbreviations, OtherLanguagesData.HungarianPrepositive,
            OtherLanguagesData.HungarianNumberAbbreviations)),
        // Turkish writes ordinals with a period, as German does ("19. yüzyıl", "5. madde").
        ["tr"] = new(() => new LanguageProfile("tr", OtherLanguagesData.TurkishAbbreviations, OtherLanguagesData.TurkishPrepositive,
            OtherLanguagesData.TurkishNumberAbbreviations) { OrdinalNumbers = true }),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<LanguageProfile> Generic = new(() => new LanguageProfile("", EnglishData.Abbreviations,
        EnglishData.Prepositive, EnglishData.NumberAbbreviations));

    /// <summary>The codes with a dedicated profile, in ordinal order: a frozen dictionary's key order is unspecified.</summary>
    public static IReadOnlyCollection<string> Codes { get; } = Profiles.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The profile for <paramref name="code"/> ("en", "de-AT": the region is ignored); codes without one get
    /// language-neutral rules (every script's terminators, the common Latin abbreviations).
    /// </summary>
    public static LanguageProfile Get(string code)
    {
        int dash = code.AsSpan().IndexOfAny('-', '_');
        string primary = dash < 0 ? code : code[..dash];
        return Profiles.TryGetValue(primary, out Lazy<LanguageProfile>? profile) ? profile.Value : Generic.Value;
    }

    private static LanguageProfile CreateEnglish() =>
        new("en", EnglishData.Abbreviations, EnglishData.Prepositive, EnglishData.NumberAbbreviations, EnglishData.SentenceStarters)
        {
            MinWordBeforeLowercaseEnd = 4,
            ReportingClause = new ReportingClause(EnglishData.ReportingVerbs, EnglishData.SubjectPronouns),
            LowercaseSentenceStarters = EnglishData.LowercaseSentenceStarters,
            LowercaseWriterWords = EnglishData.LowercaseWriterWords,
            TimeZones = EnglishData.TimeZones,
        };
}
