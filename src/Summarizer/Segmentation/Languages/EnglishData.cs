namespace Summarizer.Segmentation;

/// <summary>
/// English abbreviations, after the lists of pragmatic_segmenter and pySBD (both MIT), without the entries
/// that are also common words ("is", "me", "man", "may", "miss"), plus a few frequent ones they lack.
/// </summary>
internal static class EnglishData
{
    public static readonly string[] Abbreviations =
    [
        "dr.philos", "dr.phil", "d.phil", "attys", "calif", "comdr", "mssrs", "penna", "usafa", "alta", "ariz", "assn",
        "asst", "bldg", "blvd", "brig", "bros", "capt", "cmdr", "colo", "conn", "corp", "cres", "dept", "dist", "expy",
        "hosp", "hway", "insp", "kans", "mich", "minn", "mlle", "mont", "msgr", "nebr", "okla", "penn", "ph.d", "prof",
        "reps", "sask", "sens", "sept", "supt", "surg", "tenn", "univ", "wisc", "adj", "adm", "adv", "ala", "apr", "ark",
        "art", "aug", "ave", "bld", "btw", "cal", "col", "cpl", "dak", "dec", "det", "drs", "e.g", "ens", "esp", "esq",
        "etc", "exp", "ext", "feb", "fed", "fla", "fwy", "gen", "gov", "hon", "hwy", "i.e", "ida", "inc", "jan", "jul",
        "jun", "kan", "ltd", "maj", "mar", "med", "mex", "mfg", "mme", "mrs", "mtn", "neb", "nev", "nos", "nov", "oct",
        "ont", "ord", "pde", "pfc", "plz", "pvt", "que", "ref", "rep", "res", "rev", "sec", "sen", "sep", "sfc", "sgt",
        "tce", "tex", "u.s", "viz", "wis", "wyo", "yuk", "fig", "al", "cl", "co", "ct", "dr", "ft", "fy", "ga", "hr",
        "ia", "jr", "ky", "lt", "md", "mm", "mo", "mr", "ms", "mt", "no", "nr", "op", "pd", "ph", "pl", "pp", "rd", "rs",
        "rt", "sr", "st", "ut", "va", "vs", "vt", "wy", "p", "v",
        // Not in the source lists.
        "approx", "assoc", "ca", "cf", "ch", "chap", "est", "eq", "eqs", "figs", "govt", "hrs", "mins", "mos", "mr",
        "pt", "pts", "sq", "vol", "vols", "yr", "yrs", "wk", "oz", "lb", "lbs", "tbsp", "tsp", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "a.m", "p.m", "b.c", "a.d", "u.k", "u.n", "e.u", "u.s.a", "plc",
        "inc", "dept", "para", "pres", "mssrs", "messrs", "pg", "pgs", "cie", "ave", "rm", "ste",
        // circa, before a year ("c. 753 B.C.").
        "c",
        // Four letters or more, so not left to the rule that a longer word's period ends a sentence before a
        // lower-case word ("misc. items", "incl. tax", "cont. on page 5").
        "misc", "natl", "intl", "mgmt", "abbr", "excl", "incl", "orig", "resp", "ibid", "cont", "prev", "transl", "publ",
    ];

    /// <summary>Titles and other abbreviations that precede a name, so never end a sentence.</summary>
    public static readonly string[] Prepositive =
    [
        "adm", "attys", "brig", "capt", "cmdr", "col", "cpl", "det", "dr", "gen", "gov", "lt", "maj", "mr", "mrs", "ms",
        "mt", "messrs", "mssrs", "prof", "ph", "rep", "reps", "rev", "sen", "sens", "sgt", "st", "supt", "v", "vs", "fig",
        "mme", "mlle", "hon", "pres", "insp", "cf", "viz", "e.g", "i.e",
        // Titles of clergy, envoys, lawyers and ranks, and the gender-neutral "Mx.".
        "fr", "msgr", "amb", "atty", "mx", "rt", "pvt", "lieut", "cdr", "comdr",
    ];

    /// <summary>
    /// Abbreviations that precede a number ("No. 5", "pp. 10-12", "Rm. 204", "Ste. 300"); "tab", "tbl" (table) and
    /// "sect" are words as well, so they are abbreviations only here.
    /// </summary>
    public static readonly string[] NumberAbbreviations =
        ["art", "ext", "no", "nos", "p", "pp", "vol", "ch", "sec", "para", "eq", "pg", "fig", "rm", "ste", "tab", "tbl", "sect"];

    /// <summary>
    /// Closed-class words (determiners, pronouns, conjunctions, prepositions, auxiliaries and sentence adverbs) that
    /// start sentences but not names, so a capitalised one after "U.S.", "B.C.", "p.m." or "I." starts a new
    /// sentence ("I live in the U.S. How about you?", "in 753 B.C. It grew") where a proper noun continues the
    /// name ("the U.S. Army"). Words that also begin names or abbreviations ("May", "Will", "No.") are left out.
    /// </summary>
    public static readonly string[] SentenceStarters =
    [
        "A", "An", "The", "This", "That", "These", "Those", "Some", "Many", "Most", "Much", "Several", "All", "Both",
        "Each", "Every", "Any", "Other", "Another", "Such", "More", "Millions", "Few", "Neither", "Either",
        "I", "You", "He", "She", "It", "We", "They", "His", "Her", "Its", "Our", "Their", "My", "Your", "Everyone",
        "Nobody", "Someone", "Something", "Nothing", "Everything",
        "There", "Here", "Then", "Now", "Today", "Yesterday", "Tomorrow", "Last", "Next", "Still", "Also", "Even", "Only", "Yet", "So",
        "Thus", "Hence", "Therefore", "However", "Meanwhile", "Instead", "Later", "Earlier", "Once", "Soon", "Finally",
        "Indeed", "Perhaps", "Maybe", "Sometimes", "Often",
        "And", "But", "Or", "Nor", "If", "When", "While", "Although", "Though", "Because", "Since", "As", "After",
        "Before", "Until", "Unless", "Whether",
        "What", "Where", "Who", "Whom", "Whose", "Why", "How", "Which",
        "In", "On", "At", "By", "For", "From", "With", "Without", "Of", "To", "Into", "During", "Under", "Over", "Among",
        "Between", "Through", "Despite", "According",
        "Being", "Did", "Do", "Does", "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Can", "Could", "Would",
        "Should", "Might", "Must", "Let", "Please", "Yes", "Not",
    ];

    /// <summary>Time zones written after a time ("at 8 p.m. Eastern", "at 9 a.m. GMT").</summary>
    public static readonly string[] TimeZones =
    [
        "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "AKST", "AKDT", "HST", "AST", "ADT",
        "NST", "GMT", "UTC", "BST", "WET", "CET", "CEST", "EET", "EEST", "IST", "JST", "KST", "AEST", "AEDT", "NZST", "NZDT",
        "Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Greenwich",
    ];

    /// <summary>Verbs that report speech after a quotation or exclamation ("he yelled", "said the Hatter").</summary>
    public static readonly string[] ReportingVerbs =
    [
        "said", "says", "asked", "asks", "cried", "cries", "shouted", "shouts", "yelled", "yells", "replied", "replies",
        "answered", "whispered", "exclaimed", "screamed", "called", "added", "continued", "thought", "wondered",
        "muttered", "murmured", "laughed", "sighed", "begged", "demanded", "insisted", "repeated", "explained",
    ];

    /// <summary>Subject pronouns that open a reporting clause ("he said").</summary>
    public static readonly string[] SubjectPronouns = ["he", "she", "they", "i", "we", "you", "it"];

    /// <summary>Pronouns, determiners and question words that start sentences written in lower case ("job. i was").</summary>
    public static readonly string[] LowercaseSentenceStarters =
    [
        "i", "we", "they", "he", "she", "you", "it", "my", "our", "your", "the", "this", "these", "those", "there",
        "what", "why", "how", "when", "where",
    ];

    /// <summary>
    /// The pronoun I written in lower case before a common verb or in a contraction: a writer who does not capitalise.
    /// A lone "i" before other words is as often a variable or an index ("where i is the row", "for each i in").
    /// </summary>
    public static readonly string[] LowercaseWriterWords =
    [
        "i'm", "i've", "i'll", "i'd", "i\u2019m", "i\u2019ve", "i\u2019ll", "i\u2019d", "i am", "i was", "i have", "i had", "i will",
        "i would", "i can", "i could", "i think", "i know", "i want", "i need", "i got", "i do", "i did", "i just", "i dont",
        "i don't", "i really", "i love", "i like", "i hope", "i guess", "i feel", "i went",
    ];
}
