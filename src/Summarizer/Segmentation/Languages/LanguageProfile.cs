using System.Collections.Frozen;

namespace Summarizer.Segmentation;

/// <summary>What a known abbreviation's period means when the next word starts with a capital letter.</summary>
internal enum AbbreviationBoundary
{
    /// <summary>
    /// The sentence ends (English and most languages: "Pitt, Briggs &amp; Co. It closed."), unless the
    /// abbreviation is prepositive (a title such as Mr. or Dr. that precedes a name).
    /// </summary>
    BeforeCapital,

    /// <summary>The sentence never ends after a known abbreviation (German capitalises every noun).</summary>
    Never,
}

/// <summary>
/// The language-dependent data of the rule-based splitter: abbreviations, extra terminators and a few
/// switches. Immutable; the lookups accept spans so that checking a word allocates nothing.
/// </summary>
internal sealed class LanguageProfile
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _prepositive;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _numberAbbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceStarters;

    public LanguageProfile(
        string code,
        IEnumerable<string> abbreviations,
        IEnumerable<string>? prepositive = null,
        IEnumerable<string>? numberAbbreviations = null,
        IEnumerable<string>? sentenceStarters = null)
    {
        Code = code;
        // Prepositive abbreviations are abbreviations too. Number abbreviations are not, unless listed as well: some
        // are also words ("Tab. 4" is a table, "the tab. The bill"), and they are only known as abbreviations before
        // a number.
        var all = new HashSet<string>(abbreviations, StringComparer.OrdinalIgnoreCase);
        all.UnionWith(prepositive ?? []);
        _abbreviations = all.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _prepositive = (prepositive ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _numberAbbreviations = (numberAbbreviations ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _sentenceStarters = (sentenceStarters ?? []).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The ISO 639-1 code.</summary>
    public string Code { get; }

    /// <summary>What a known abbreviation before a capitalised word means.</summary>
    public AbbreviationBoundary AbbreviationBoundary { get; init; } = AbbreviationBoundary.BeforeCapital;

    /// <summary>
    /// Whether a period after an ordinary word followed by a lower-case word continues the sentence
    /// (true: it is most likely an abbreviation we do not know; false: the language's gold standard
    /// ends the sentence there, as Greek's does).
    /// </summary>
    public bool LowercaseContinues { get; init; } = true;

    /// <summary>
    /// Even where <see cref="LowercaseContinues"/>, a period after a lower-case word of at least this many letters
    /// that is no known abbreviation ends the sentence before a lower-case word: web text starts sentences in lower
    /// case ("did a great job. i was very pleased"), and abbreviations are short truncations. English ones beyond the
    /// list have at most three letters ("a min. may", "2 hrs. later"); languages that truncate words freely
    /// ("meteor.", "idraul.", "aanw.": up to six letters) need seven.
    /// </summary>
    public int MinWordBeforeLowercaseEnd { get; init; } = 7;

    /// <summary>
    /// Words that only a writer who ignores capitals writes: the English pronoun I in lower case before a verb or in a
    /// contraction ("i think", "i'm"). When a text holds one of them, or starts with a word in lower case, its writer
    /// starts sentences in lower case too, so a period after an ordinary word ends the sentence before a lower-case
    /// word whatever that word's length ("call them at noon. they left"). Empty: no such cue.
    /// </summary>
    public IEnumerable<string> LowercaseWriterWords
    {
        init
        {
            _lowercaseWriterWords = value.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
            HasLowercaseWriterCue = _lowercaseWriterWords.Set.Count > 0;
        }
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lowercaseWriterWords =
        FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the language has <see cref="LowercaseWriterWords"/>.</summary>
    public bool HasLowercaseWriterCue { get; private init; }

    /// <summary>Whether <paramref name="words"/> (one word, or two joined by a space) is one of the <see cref="LowercaseWriterWords"/>.</summary>
    public bool IsLowercaseWriterWord(ReadOnlySpan<char> words) => _lowercaseWriterWords.Contains(words);

    /// <summary>Whether <c>. ? !</c> end sentences (Armenian uses <c>։</c> and <c>:</c> instead of the period).</summary>
    public bool LatinTerminators { get; init; } = true;

    /// <summary>
    /// Whether a one- or two-digit number followed by a period is an ordinal that never ends the sentence
    /// (German and Danish "am 12. Juni").
    /// </summary>
    public bool OrdinalNumbers { get; init; }

    /// <summary>Whether a Roman numeral followed by a period is an ordinal that never ends the sentence (Slovak "XII. pluk").</summary>
    public bool RomanOrdinals { get; init; }

    /// <summary>Whether a single lower-case letter with a period is an abbreviation ("z. B.").</summary>
    public bool SingleLowercaseLetterAbbreviations { get; init; }

    /// <summary>
    /// Characters that end a sentence in this language only, when followed by whitespace or the end of the
    /// line: Greek <c>;</c> (the question mark), Armenian and Arabic <c>:</c>, the Arabic comma.
    /// </summary>
    public string ExtraTerminators
    {
        get;
        init
        {
            field = value;
            Candidates = System.Buffers.SearchValues.Create(ScannedMarks + value);
        }
    } = "";

    /// <summary>
    /// The characters the scanner stops at: every terminator, the extra ones, closing double quotes, emoji, and the eyes
    /// of a text emoticon (":)", ";-)", "=D").
    /// </summary>
    public System.Buffers.SearchValues<char> Candidates { get; private set; } = System.Buffers.SearchValues.Create(ScannedMarks);

    private static readonly string ScannedMarks = Punctuation.Terminators + "\"\u201D" + Emoji.Starts + Emoji.EmoticonEyes;

    /// <summary>Whether an Arabic comma ends the sentence unless the next word is followed by one too.</summary>
    public bool ArabicCommaRule { get; init; }

    /// <summary>Whether a dash after <c>?</c> or <c>!</c> continues the sentence (Kazakh dialogue: "Не? — деді ол").</summary>
    public bool DashContinuesQuestion { get; init; }

    /// <summary>Whether <c>?</c> before a lower-case word ends the sentence (Kazakh: "– кім? не?").</summary>
    public bool QuestionBeforeLowercaseEnds { get; init; }

    /// <summary>
    /// Verbs of saying ("said", "asked") and the subject pronouns that precede them. When set, a question or
    /// exclamation mark before a lower-case word ends the sentence unless a reporting clause follows ("Leave me
    /// alone! he yelled") or the mark closes a one-word exclamation ("but, alas! the door was locked"); web text
    /// starts sentences in lower case ("where did you grow up? india?"). Without them a lower-case word continues.
    /// </summary>
    public ReportingClause? ReportingClause { get; init; }

    /// <summary>
    /// Abbreviations that close an enumeration, as written before their final period ("и т. д", "и др"): they stand
    /// last in their phrase and never before a word they qualify, so they end the sentence before a capital even
    /// where <see cref="AbbreviationBoundary"/> is <see cref="AbbreviationBoundary.Never"/>.
    /// </summary>
    public IReadOnlyList<string> EnumerationEnds { get; init; } = [];

    /// <summary>Whether the text before the period at <paramref name="period"/> ends with one of the <see cref="EnumerationEnds"/>, as a whole word.</summary>
    public bool EndsEnumeration(string text, int start, int period)
    {
        ReadOnlySpan<char> before = text.AsSpan(start, period - start);
        foreach (string phrase in EnumerationEnds)
        {
            if (before.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (before.Length == phrase.Length || !char.IsLetter(before[^(phrase.Length + 1)])))
                return true;
        }

        return false;
    }

    /// <summary>Whether alphabetical list markers ("a. b. c.") are recognised.</summary>
    public bool AlphabeticalLists { get; init; } = true;

    /// <summary>Whether <paramref name="word"/> (letters and inner periods, without the final period) is a known abbreviation.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) => _abbreviations.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a title or other abbreviation that precedes a name.</summary>
    public bool IsPrepositive(ReadOnlySpan<char> word) => _prepositive.Contains(word);

    /// <summary>Whether <paramref name="word"/> is an abbreviation that precedes a number ("No. 5", "p. 55", "Tab. 4").</summary>
    public bool IsNumberAbbreviation(ReadOnlySpan<char> word) => _numberAbbreviations.Contains(word);

    /// <summary>
    /// Endings that abbreviate the last part of a compound, as written before their period: German and Dutch street
    /// names ("Goethestr. 12", "Kerkstr. 3"), which no word of those languages ends in.
    /// </summary>
    public IReadOnlyList<string> AbbreviatedCompoundEndings { get; init; } = [];

    /// <summary>
    /// Whether <paramref name="word"/> is a compound whose last part is abbreviated: it ends in one of the
    /// <see cref="AbbreviatedCompoundEndings"/> after at least two lower-case letters of the compound's first part.
    /// </summary>
    public bool EndsInAbbreviatedCompound(ReadOnlySpan<char> word)
    {
        foreach (string ending in AbbreviatedCompoundEndings)
        {
            if (word.Length >= ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal)
                && char.IsLower(word[^(ending.Length + 1)]) && char.IsLower(word[^(ending.Length + 2)]))
                return true;
        }

        return false;
    }

    /// <summary>
    /// Pronouns and determiners that, written in lower case after a period, start a sentence in web text ("a great
    /// job. i was", "oh. my bad"), even after a word too short for <see cref="MinWordBeforeLowercaseEnd"/>. Units
    /// and other abbreviations are followed by prepositions and nouns instead ("5 min. to soften", "-5 deg. in").
    /// </summary>
    public IEnumerable<string> LowercaseSentenceStarters
    {
        init => _lowercaseStarters = value.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lowercaseStarters =
        FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Time zones that follow a time ("8 p.m. Eastern", "9 a.m. GMT"), so that the time does not end the sentence before them.</summary>
    public IEnumerable<string> TimeZones
    {
        init => _timeZones = value.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _timeZones =
        FrozenSet<string>.Empty.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="word"/> is one of the <see cref="TimeZones"/>.</summary>
    public bool IsTimeZone(ReadOnlySpan<char> word) => _timeZones.Contains(word);

    /// <summary>Whether <paramref name="word"/> is one of the <see cref="LowercaseSentenceStarters"/>.</summary>
    public bool IsLowercaseSentenceStarter(ReadOnlySpan<char> word) => _lowercaseStarters.Contains(word);

    /// <summary>Whether <paramref name="word"/> (case-sensitive) usually starts a sentence ("The", "He").</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _sentenceStarters.Contains(word);
}
