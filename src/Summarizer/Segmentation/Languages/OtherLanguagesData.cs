namespace Summarizer.Segmentation;

/// <summary>Abbreviations of the languages that need only a few: Arabic and Greek after pySBD (MIT); Turkish, Finnish
/// and Hungarian from the common abbreviations of their style guides.</summary>
internal static class OtherLanguagesData
{
    public static readonly string[] ArabicAbbreviations =
    [
        "ا", "ا. د", "ا.د", "ا.ش.ا", "إلخ", "ت.ب", "ج.ب", "جم", "ج.م.ع", "س.ت", "سم", "ص.ب", "كج", "كلم", "م", "م.ب", "ه", "د",
    ];

    public static readonly string[] GreekAbbreviations = ["κ", "κκ", "π.χ", "δηλ", "βλ", "κλπ", "κ.λπ", "κ.ά", "σελ", "αρ", "τηλ", "χλμ", "εκ", "δρ"];

    /// <summary>
    /// Turkish titles before a name ("Doç. Dr. Ayşe Kaya", "Av. Zeynep Arslan", "Sn. Valilik") and the parts of an address,
    /// which run on into the next capitalized word ("Atatürk Cad. No. 12", "Cumhuriyet Mah. Gül Sok.").
    /// </summary>
    public static readonly string[] TurkishPrepositive =
    [
        "dr", "prof", "doç", "yrd", "av", "op", "uzm", "sn", "öğr", "gör", "arş", "müh", "ecz", "dt", "hz", "alb", "gen",
        "org", "korg", "tümg", "tuğg", "bnb", "yzb", "ütğm", "tğm", "cad", "sok", "mah", "blv", "apt",
    ];

    /// <summary>Turkish abbreviations that precede a number ("No. 12", "s. 45", "md. 5").</summary>
    public static readonly string[] TurkishNumberAbbreviations = ["no", "s", "c", "sy", "md"];

    public static readonly string[] TurkishAbbreviations =
    [
        "vb", "vs", "bkz", "örn", "ör", "yy", "vd", "krş", "çev", "haz", "ltd", "şti", "a.ş", "tel", "fak", "üniv", "böl",
        "m.ö", "m.s", "bşk", "gn", "md", "yard", "kr", "dk", "no", "s", "c", "sy",
    ];

    /// <summary>
    /// Finnish abbreviations that run on into a capitalized word ("mm. Nokia ja Kone", "vrt. Taulukko 2", "prof. Virtanen").
    /// </summary>
    public static readonly string[] FinnishPrepositive = ["mm", "esim", "ks", "vrt", "prof", "dos", "tri", "ns"];

    /// <summary>Finnish abbreviations that precede a number ("klo 14.30" without a period, "n. 40", "s. 12", "nro 5").</summary>
    public static readonly string[] FinnishNumberAbbreviations = ["n", "noin", "klo", "s", "nro", "puh", "v"];

    public static readonly string[] FinnishAbbreviations = ["ts", "yms", "jne", "ym", "huom", "ko", "os", "ed", "eKr", "jKr", "em", "vs", "oy", "ry", "mrd", "milj"];

    /// <summary>Hungarian titles before a name ("ifj. Nagy János", "özv. Szabó Jánosné", "dr. Kiss Anna") and "for example".</summary>
    public static readonly string[] HungarianPrepositive = ["ifj", "id", "özv", "dr", "prof", "gr", "br", "pl", "ld", "vö", "ún"];

    /// <summary>Hungarian abbreviations that precede a number ("Kossuth u. 12.", "kb. 20 perc", "sz. 4", "old. 45").</summary>
    public static readonly string[] HungarianNumberAbbreviations = ["u", "krt", "kb", "sz", "old", "o", "évf", "ker", "em", "db", "hrsz"];

    public static readonly string[] HungarianAbbreviations =
    [
        "stb", "ill", "ún", "vö", "ld", "ford", "szerk", "kiad", "ép", "fszt", "jan", "febr", "márc", "ápr", "máj", "jún",
        "júl", "aug", "szept", "okt", "nov", "dec", "u", "krt", "kb", "sz", "old", "évf", "ker", "em", "db",
    ];
}
