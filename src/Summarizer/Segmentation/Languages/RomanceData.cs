namespace Summarizer.Segmentation;

/// <summary>Spanish, Italian and French abbreviations, after pragmatic_segmenter and pySBD (both MIT), abridged.</summary>
internal static class RomanceData
{
    public static readonly string[] SpanishAbbreviations =
    [
        "a.c", "a/c", "abr", "adj", "admón", "afmo", "ago", "almte", "ap", "apdo", "arq", "art", "atte", "av", "avda",
        "bco", "bibl", "bs. as", "c", "c.f", "c.g", "c/c", "c/u", "cap", "cc.aa", "cdad", "cm", "co", "cra", "cta", "cv",
        "d.e.p", "da", "dcha", "dcho", "dep", "dic", "dicc", "dir", "dn", "doc", "dom", "dpto", "dr", "dra", "dto", "ee",
        "ej", "entlo", "esq", "etc", "excmo", "ext", "f.c", "fca", "fdo", "febr", "ff. aa", "ff.cc", "fig", "fil", "fra",
        "g.p", "g/p", "gob", "gr", "gral", "grs", "hnos", "hs", "igl", "iltre", "imp", "impr", "impto", "incl", "ing",
        "inst", "izdo", "izq", "izqdo", "j.c", "jue", "jul", "jun", "kg", "km", "lcdo", "ldo", "let", "lic", "ltd", "lun",
        "mar", "may", "mg", "min", "mié", "mm", "máx", "mín", "mt", "n. del t", "n.b", "no", "nov", "ntra. sra", "núm",
        "oct", "p", "p.a", "p.d", "p.ej", "p.v.p", "párrf", "ppal", "prev", "prof", "prov", "ptas", "pts", "pza", "pág",
        "págs", "párr", "q.e.g.e", "q.e.p.d", "q.e.s.m", "reg", "rep", "rr. hh", "rte", "s", "s. a", "s.a.r", "s.e",
        "s.l", "s.r.c", "s.r.l", "s.s.s", "s/n", "sdad", "seg", "sept", "sig", "sr", "sra", "sres", "srta", "sta", "sto",
        "sáb", "t.v.e", "tamb", "tel", "tfno", "ud", "uu", "uds", "univ", "v.b", "v.e", "vd", "vds", "vid", "vie", "vol",
        "vs", "vto", "ph", "ph.d", "sras", "srs", "dña", "ene", "feb", "abr", "jul", "sep", "oct", "dic", "nos", "pp",
    ];

    public static readonly string[] SpanishPrepositive = ["dr", "dra", "ee", "lic", "mt", "ph", "ph.d", "prof", "sr", "sra", "srta", "sres", "sras", "srs", "dn", "dña", "excmo"];

    public static readonly string[] SpanishNumberAbbreviations = ["cra", "ext", "no", "nos", "p", "pp", "tel", "núm", "art", "pág", "págs", "vol"];

    /// <summary>
    /// Portuguese abbreviations, of both spellings (Brazil and Portugal); months and weekdays that are also words
    /// ("mar", "dom", "ver") are left out.
    /// </summary>
    public static readonly string[] PortugueseAbbreviations =
    [
        "sr", "sra", "srta", "srs", "sras", "dr", "dra", "drs", "dras", "prof", "profa", "profs", "eng", "arq", "av",
        "gov", "dep", "sen", "pres", "exmo", "exma", "ilmo", "ilma", "sto", "sta", "pe", "cia", "ltda", "etc", "aprox",
        "ex", "tel", "jan", "fev", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez", "séc", "min", "máx",
        "obs", "ref", "vs", "cf", "id", "ibid", "op", "cit", "trad", "org", "coord", "ed",
    ];

    /// <summary>Portuguese titles and address words that precede a name ("Sra. Costa", "Av. Paulista").</summary>
    public static readonly string[] PortuguesePrepositive =
        ["sr", "sra", "srta", "srs", "sras", "dr", "dra", "drs", "dras", "prof", "profa", "eng", "arq", "av", "gov", "dep", "sen", "pres", "exmo", "exma", "ilmo", "ilma", "sto", "sta", "pe"];

    /// <summary>Portuguese abbreviations that precede a number ("pág. 12", "art. 5", "n. 3").</summary>
    public static readonly string[] PortugueseNumberAbbreviations = ["pág", "págs", "p", "pp", "cap", "art", "fig", "tab", "vol", "n", "nº", "núm"];

    public static readonly string[] ItalianAbbreviations =
    [
        "a.c", "a.d", "accad", "agg", "ago", "all", "amm", "apr", "arch", "art", "artt", "ass", "assoc", "avv", "c.a",
        "c.d", "c.so", "ca", "cap", "capp", "cass", "cfr", "cit", "civ", "cod", "col", "coop", "cost", "d.c", "d.l",
        "d.lgs", "dic", "dir", "dl", "dott", "dott.ssa", "ecc", "ed", "egr", "es", "fasc", "feb", "fig", "fraz", "gen",
        "gent", "geom", "giu", "ibid", "ing", "int", "ist", "l", "lett", "loc", "lug", "mag", "magg", "mar", "mons",
        "n", "nn", "no", "nov", "num", "on", "op.cit", "ord", "ott", "p", "p.es", "p.za", "pag", "pagg", "pen", "pp",
        "proc", "prof", "prof.ssa", "prov", "rag", "reg", "rel", "s", "s.n.c", "s.p.a", "s.r.l", "sant", "serg", "set",
        "sez", "sig", "sig.na", "sig.ra", "sigg", "soc", "spett", "spett.le", "ss", "str", "tab", "tav", "tel", "ten",
        "trib", "univ", "v", "v.le", "vd", "vol", "voll", "vs", "mr", "mrs", "dr", "sen", "on", "etc", "ca", "amm",
        "psicol", "sociol", "filos", "giur", "ital", "lat", "ingl", "franc", "ted", "sec", "secc",
    ];

    public static readonly string[] ItalianPrepositive =
    [
        "arch", "avv", "dir", "dott", "dott.ssa", "egr", "gent", "geom", "ing", "mons", "on", "prof", "prof.ssa", "rag", "sig",
        "sig.na", "sig.ra", "sigg", "spett", "spett.le", "sen", "gen", "col", "magg", "ten", "serg", "mr", "mrs", "dr",
    ];

    public static readonly string[] ItalianNumberAbbreviations = ["art", "artt", "cap", "capp", "n", "nn", "no", "num", "p", "pag", "pagg", "pp", "vol", "voll", "fig", "tab", "tav"];

    public static readonly string[] FrenchAbbreviations =
    [
        "a.c.n", "a.m", "al", "ann", "apr", "art", "auj", "av", "b.p", "boul", "c.-à-d", "c.n", "c.n.s", "c.p.i",
        "c.q.f.d", "c.s", "ca", "cf", "ch.-l", "chap", "co", "contr", "dir", "e.g", "e.v", "env", "etc", "ex", "fasc",
        "fig", "fr", "fém", "hab", "i.e", "ibid", "id", "inf", "l.d", "lib", "ll.aa", "ll.aa.ii", "ll.aa.rr", "ll.aa.ss",
        "ll.ee", "ll.mm", "ll.mm.ii.rr", "loc.cit", "ltd", "masc", "mm", "ms", "n.b", "n.d", "n.d.a", "n.d.l.r", "n.d.t",
        "n.p.a.i", "n.s", "n/réf", "nn.ss", "p.c.c", "p.ex", "p.j", "p.s", "pl", "pp", "r.-v", "r.a.s", "r.i.p", "r.p",
        "s.a", "s.a.i", "s.a.r", "s.a.s", "s.e", "s.m", "s.m.i.r", "s.s", "sec", "sect", "sing", "sq", "sqq", "ss",
        "suiv", "sup", "suppl", "t.s.v.p", "tél", "vb", "vol", "vs", "x.o", "z.i", "éd",
        // Not in the source lists.
        "m", "mm", "mme", "mmes", "mlle", "mlles", "mgr", "dr", "pr", "st", "ste", "janv", "févr", "avr", "juil",
        "sept", "oct", "nov", "déc", "env", "no", "p", "t", "vol",
    ];

    // "av." and "apr." stand before "J.-C." (avant, après Jésus-Christ) or a street name (avenue), and "Mr." before a
    // name, all in the same sentence.
    public static readonly string[] FrenchPrepositive = ["m", "mm", "mme", "mmes", "mlle", "mlles", "mgr", "dr", "pr", "st", "ste", "av", "apr", "mr"];

    public static readonly string[] FrenchNumberAbbreviations = ["art", "no", "p", "pp", "t", "vol", "chap"];

    /// <summary>Catalan titles and address parts before a name ("Sr. Puig", "c. de Balmes", "pl. Major", "St. Jordi").</summary>
    public static readonly string[] CatalanPrepositive = ["sr", "sra", "srta", "srs", "dr", "dra", "prof", "c", "av", "pl", "pg", "st", "sta", "mn"];

    /// <summary>Catalan abbreviations that precede a number ("núm. 12", "pàg. 4").</summary>
    public static readonly string[] CatalanNumberAbbreviations = ["núm", "pàg", "p", "pp", "vol", "tel", "art", "cap"];

    public static readonly string[] CatalanAbbreviations = ["etc", "aprox", "ex", "p.ex", "vg", "op", "cit", "ca", "segl", "s", "aC", "dC", "ptes", "tel"];

    /// <summary>Romanian titles and address parts before a name ("Dl. Popescu", "Dna. Ionescu", "str. Lipscani").</summary>
    public static readonly string[] RomanianPrepositive =
        ["dl", "dna", "dra", "dlui", "dnei", "dșoara", "prof", "dr", "ing", "conf", "lect", "av", "sf", "str", "bd", "bdul", "cal", "jud", "mun"];

    /// <summary>Romanian abbreviations that precede a number ("nr. 5", "art. 3", "aprox. 10").</summary>
    public static readonly string[] RomanianNumberAbbreviations = ["nr", "p", "pag", "vol", "art", "alin", "cca", "aprox", "tel"];

    public static readonly string[] RomanianAbbreviations = ["etc", "ex", "ș.a", "ș.a.m.d", "d.p.d.v", "i.e", "a.c", "î.e.n", "e.n", "sec", "mil"];
}
