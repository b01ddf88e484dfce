namespace Summarizer.Segmentation;

/// <summary>German, Dutch and Danish abbreviations, after pragmatic_segmenter and pySBD (both MIT), abridged.</summary>
internal static class GermanicData
{
    public static readonly string[] GermanAbbreviations =
    [
        "adj", "adm", "adv", "art", "asst", "b.a", "b.s", "bldg", "brig", "bros", "bse", "buchst", "bzgl", "bzw", "c.-à-d",
        "ca", "capt", "chr", "cmdr", "co", "col", "comdr", "corp", "cpl", "d.h", "d.j", "dergl", "dgl", "dkr", "dr",
        "ens", "etc", "ev", "evtl", "ff", "g.g.a", "g.u", "gen", "ggf", "gov", "hon", "hosp", "i.f", "i.h.v", "ii", "iii",
        "insp", "iv", "ix", "jun", "k.o", "kath", "lfd", "lt", "ltd", "m.e", "maj", "med", "messrs", "mio", "mlle", "mm",
        "mme", "mr", "mrd", "mrs", "ms", "msgr", "mwst", "no", "nos", "nr", "o.ä", "op", "ord", "pfc", "ph", "pp", "prof",
        "pvt", "rep", "reps", "res", "rev", "rt", "s.p.a", "sa", "sen", "sens", "sfc", "sgt", "sog", "sogen", "spp", "sr",
        "st", "std", "str", "supt", "surg", "u.a", "u.e", "u.s.w", "u.u", "u.ä", "usf", "usw", "v", "vgl", "vi", "vii",
        "viii", "vs", "x", "xi", "xii", "xiii", "xiv", "xix", "xv", "xvi", "xvii", "xviii", "xx", "z.b", "z.t", "z.z",
        "z.zt", "zt", "zzt", "univ.-prof", "o.univ.-prof", "ao.univ.prof", "ass.prof", "hon.prof", "univ.-doz",
        "univ.ass", "stud.ass", "projektass", "ass", "di", "dipl.-ing", "mag",
        // Not in the source lists.
        "abs", "abt", "allg", "bd", "bsp", "bspw", "dipl", "dt", "ebd", "einschl", "engl", "entspr", "frz", "geb",
        "gegr", "gem", "gest", "hrsg", "inkl", "jh", "jhd", "kap", "lat", "max", "min", "mind", "nachm", "orig", "rd",
        "s", "tel", "u.ä", "urspr", "usw", "verh", "vorm", "z.t", "zzgl", "zit", "hl", "jan", "feb", "aug", "sep",
        "sept", "okt", "nov", "dez", "frl", "hr",
        "abschn", "anm", "aufl", "bearb", "betr", "ggfs", "hbf", "hrn", "insb", "jg", "kfm", "tsd", "verf", "ziff",
        "jmd", "vllt", "nachf", "stellv", "vors", "exkl",
    ];

    /// <summary>German abbreviations that precede a number ("Abb. 3", "Tab. 4", "Ziff. 2"); "Tab" is also a word.</summary>
    public static readonly string[] GermanNumberAbbreviations = ["abb", "tab", "nr", "bd", "kap", "art", "abs", "ziff", "abschn", "anm", "jg", "aufl", "fig"];

    public static readonly string[] GermanSentenceStarters =
    [
        "Am", "Auch", "Auf", "Bei", "Da", "Das", "Der", "Die", "Ein", "Eine", "Es", "Für", "Heute", "Ich", "Im", "In",
        "Ist", "Jetzt", "Mein", "Mit", "Nach", "So", "Und", "Warum", "Was", "Wenn", "Wer", "Wie", "Wir",
        // Pronouns, demonstratives, conjunctions and sentence adverbs, which follow no ordinal ("Seite 12. Dort").
        "Er", "Sie", "Ihr", "Du", "Man", "Dies", "Diese", "Dieser", "Dieses", "Dort", "Hier", "Dann", "Danach",
        "Dabei", "Damit", "Deshalb", "Daher", "Doch", "Aber", "Denn", "Oder", "Nun", "Als", "Ob", "Weil", "Obwohl",
        "Später", "Zudem", "Außerdem", "Trotzdem", "Dennoch", "Seit", "Bis", "Wo", "Wann", "Welche", "Welcher",
        "Sein", "Seine", "Ihre", "Unser", "Unsere", "Kein", "Keine",
    ];

    public static readonly string[] DutchAbbreviations =
    [
        "a.a", "a.d.h.v", "aanv", "adv", "afd", "afl", "al", "alg", "arr", "art", "bijv", "bijz", "bl", "blz", "bv",
        "c.q", "ca", "cf", "co", "d.d", "d.i", "d.m.v", "d.w.z", "dhr", "dr", "drs", "e.a", "e.d", "e.v", "enz", "etc",
        "evt", "fa", "fig", "g.v", "gem", "i.c", "i.e", "i.h.a", "i.o.v", "i.p.v", "i.s.m", "i.v.m", "incl", "ing", "ir",
        "jl", "jr", "k.b", "m.a.w", "m.b.t", "m.b.v", "m.i.v", "m.m.v", "max", "mevr", "mgr", "min", "mr", "ms", "mw",
        "n.a.v", "n.b", "n.chr", "nl", "no", "nr", "o.a", "o.b.v", "o.i.d", "o.m", "o.t.t", "ong", "p", "p.m", "pag",
        "plv", "pp", "pr", "prof", "red", "resp", "s", "sr", "st", "t.a.v", "t.b.v", "t.o.v", "t.w.v", "tel", "tgv",
        "v", "v.chr", "v.d", "v.l.n.r", "v.s", "vb", "vgl", "vnl", "vol", "vs", "w.o", "zgn", "zg", "z.g", "zn",
    ];

    /// <summary>
    /// German titles before a name (<c>Dr. Müller</c>, <c>Prof. Weber</c>, <c>Hr. Schmidt</c>). German abbreviations end
    /// no sentence within a line anyway (<see cref="AbbreviationBoundary.Never"/>); listed so, they do not at a line end
    /// either. "Fr." is left out: it is also Freitag, and Franken after a sum.
    /// </summary>
    public static readonly string[] GermanPrepositive = ["dr", "prof", "hr", "hrn"];

    /// <summary>
    /// Dutch titles before a name (<c>dhr. Jansen</c>, <c>mevr. De Vries</c>, <c>ir. Smit</c>), with the English ones
    /// Dutch text also uses: a capitalized word after them is the name, not a new sentence.
    /// </summary>
    public static readonly string[] DutchPrepositive =
        [.. EnglishData.Prepositive, "dhr", "mevr", "mw", "mej", "drs", "ir", "ing", "ds", "mgr"];

    /// <summary>Dutch abbreviations that precede a number ("blz. 4", "hfst. 2", "tab. 3").</summary>
    public static readonly string[] DutchNumberAbbreviations = ["nr", "no", "blz", "p", "pp", "pag", "art", "fig", "tab", "hfst", "vol"];

    public static readonly string[] DanishAbbreviations =
    [
        "adm", "adr", "afd", "afs", "al", "alm", "ang", "ank", "anm", "ann", "ansvh", "apr", "arr", "ass", "att", "aud",
        "aug", "aut", "bd", "bdt", "bet", "bhk", "bio", "biol", "bk", "bl.a", "bot", "br", "bto", "ca", "cal", "cirk",
        "cit", "co", "cpr-nr", "cvr-nr", "d.d", "d.e", "d.m", "d.s", "d.s.s", "d.y", "d.å", "d.æ", "dav", "dec", "def",
        "dep", "diam", "dir", "disp", "distr", "dobb", "dr", "ds", "dvs", "e.b", "e.kr", "e.l", "e.o", "e.v.t", "eftf",
        "eftm", "egl", "eks", "eksam", "ekskl", "eksp", "ekspl", "el", "emer", "endv", "eng", "enk", "etc", "eur",
        "evt", "exam", "f", "f.eks", "f.kr", "f.m", "f.n", "f.o", "f.o.m", "f.s.v", "f.t", "f.v.t", "f.å", "fa", "fakt",
        "feb", "fec", "ff", "fg", "fhv", "fig", "fl", "flg", "fm", "fmd", "forb", "foreg", "foren", "forf", "forh",
        "fork", "form", "forr", "fors", "forsk", "forts", "fp", "fr", "frk", "fuldm", "fung", "fys", "fær", "g", "g.d",
        "g.m", "gd", "gdr", "gg", "gh", "gl", "gn", "gns", "gr", "grdl", "gross", "h.a", "h.c", "hdl", "henh", "henv",
        "hf", "hft", "hhv", "hort", "hosp", "hpl", "hr", "hrs", "hum", "i.e", "ib", "ibid", "ifm", "ill", "indb",
        "indreg", "ing", "inkl", "insp", "instr", "isl", "istf", "jan", "jf", "jfr", "jnr", "jr", "jul", "jun", "jur",
        "jvf", "kal", "kap", "kat", "kbh", "kem", "kgl", "kin", "kl", "kld", "km/t", "knsp", "komm", "kons", "korr", "kp",
        "kr", "kst", "kt", "ktr", "kv", "kvt", "l", "l.c", "lab", "lat", "lb", "lb.nr", "lejl", "lgd", "lic", "lign",
        "lin", "ling.merc", "litt", "lok", "lrs", "ltr", "m", "m.a.o", "m.fl.st", "m.m", "maks", "mar", "mat",
        "matr.nr", "md", "mdl", "mdr", "mdtl", "medd", "medflg", "medl", "merc", "mezz", "mf", "mfl", "mgl", "mhp",
        "mht", "mia", "mio", "ml", "mods", "modsv", "modt", "mr", "mrk", "mrs", "ms", "mul", "mv", "mvh", "n", "n.br",
        "n.f", "nat", "ned", "nedenn", "nedenst", "nederl", "nkr", "nl", "no", "nord", "nov", "nr", "nto", "nuv", "o",
        "o.a", "o.fl.st", "o.g", "o.h", "o.m.a", "obj", "obl", "obs", "odont", "oecon", "off", "ofl", "okt", "omg",
        "omr", "omtr", "op.cit", "opg", "opl", "opr", "org", "orig", "osfr", "osv", "ovenn", "ovenst", "overs", "ovf",
        "oz", "p", "p.a", "p.b.v", "p.c", "p.m.v", "p.p", "p.s", "p.t", "p.v.a", "p.v.c", "par", "partc", "pct", "pd",
        "pens", "perf", "pers", "pg", "pga", "pgl", "ph", "ph.d", "pharm", "phil", "pinx", "pk", "pkt", "pl", "pluskv",
        "polit", "polyt", "pos", "pp", "pr", "prc", "priv", "prod", "prof", "pron", "præd", "præf", "præp", "præs",
        "præt", "psych", "pt", "pæd", "q.e.d", "rad", "red", "ref", "reg", "regn", "rel", "rep", "repr", "rk", "russ",
        "s", "s.br", "s.d", "s.e", "s.f", "s.m.b.a", "s.u", "s.å", "sb", "sc", "scient", "sek", "sekr", "sem", "sen",
        "sep", "sept", "sg", "sign", "sj", "skr", "skt", "slutn", "sml", "smp", "sms", "smst", "soc", "sort", "sp",
        "spec", "spm", "spr", "spsk", "st", "stk", "str", "stud", "subj", "subst", "suff", "sup", "suppl", "sv", "såk",
        "sædv", "sø", "t", "t.h", "t.o.m", "t.v", "tab", "td", "tdl", "tdr", "techn", "tekn", "temp", "th", "tidl",
        "tilf", "tilh", "till", "tilsv", "tjg", "tlf", "tlgr", "tr", "trp", "tv", "ty", "u", "u.p", "u.st", "u.å",
        "uafh", "ubf", "ubøj", "udb", "udbet", "udd", "udg", "uds", "ugtl", "ulin", "ult", "undt", "univ", "v.f", "vb",
        "vbsb", "vedk", "vedl", "vedr", "vejl", "vh", "vol", "vs", "vsa", "vær", "zool", "årg", "årh", "årl", "ø.f",
        "øv", "øvr",
    ];

    public static readonly string[] DanishPrepositive = ["adm", "skt", "dr", "hr", "fru", "st"];

    public static readonly string[] DanishNumberAbbreviations = ["nr", "s", "d", "kl"]; // "d. 5. maj": den

    /// <summary>Swedish abbreviations; multi-period ones ("t.ex.", "bl.a.") are found by their form.</summary>
    public static readonly string[] SwedishAbbreviations =
    [
        "kl", "ca", "nr", "st", "tel", "osv", "dvs", "resp", "ang", "inkl", "exkl", "kap", "jfr", "obs", "enl", "prof",
        "dr", "doc", "milj", "mkr", "jan", "feb", "aug", "sept", "okt", "nov", "dec", "ff", "sid", "tab", "fig",
    ];

    /// <summary>Swedish abbreviations that precede a number ("kl. 9", "s. 12", "nr 3").</summary>
    public static readonly string[] SwedishNumberAbbreviations = ["kl", "nr", "s", "sid", "kap", "tab", "fig"];

    /// <summary>Norwegian (Bokmål) abbreviations; multi-period ones ("f.eks.", "bl.a.") are found by their form.</summary>
    public static readonly string[] NorwegianAbbreviations =
    [
        "kl", "ca", "nr", "st", "tlf", "osv", "dvs", "pga", "mht", "iht", "ifm", "evt", "jf", "inkl", "ekskl", "mill",
        "mrd", "prof", "dr", "ang", "vedr", "forts", "red", "jan", "feb", "aug", "sep", "okt", "nov", "des", "kap",
        "tab", "fig",
    ];

    /// <summary>Pronouns, determiners and conjunctions that start Norwegian sentences and follow no ordinal ("side 12. Den").</summary>
    public static readonly string[] NorwegianSentenceStarters =
    [
        "De", "Den", "Der", "Det", "Dette", "Disse", "Du", "En", "Et", "Han", "Hun", "Hva", "Hvem", "Hvor", "Hvordan",
        "Hvorfor", "Jeg", "Vi", "Men", "Og", "Så", "Nå", "Her", "Da", "Etter", "Mange", "Alle",
    ];

    /// <summary>Norwegian abbreviations that precede a number ("kl. 10", "s. 12").</summary>
    public static readonly string[] NorwegianNumberAbbreviations = ["kl", "nr", "s", "kap", "tab", "fig"];

    public static readonly string[] DanishSentenceStarters =
    [
        "At", "De", "Dem", "Den", "Der", "Det", "Du", "En", "Et", "For", "Få", "Gjorde", "Han", "Hun", "Hvad", "Hvem",
        "Hvilke", "Hvor", "Hvordan", "Hvorfor", "Hvorledes", "Hvornår", "I", "Jeg", "Mange", "Vi", "Være",
    ];
}
