namespace Summarizer.Segmentation;

/// <summary>
/// Russian, Bulgarian, Kazakh, Polish and Slovak abbreviations, after pragmatic_segmenter and pySBD (both MIT),
/// abridged and with a few frequent additions.
/// </summary>
internal static class SlavicData
{
    /// <summary>
    /// Russian titles before a name (<c>проф. Иванов</c>, <c>акад. Павлов</c>, <c>доц. Смирнова</c>). Russian abbreviations
    /// end no sentence within a line anyway (<see cref="AbbreviationBoundary.Never"/>); listed so, they do not at a line
    /// end either. Not "г.", which is also "год" and "город" after a number, at many a sentence end.
    /// </summary>
    public static readonly string[] RussianPrepositive = ["проф", "акад", "доц"];

    public static readonly string[] RussianAbbreviations =
    [
        "вост.-европ", "зап.-европ", "адм.-терр", "иностр", "ежедн", "заруб", "просп", "акад", "дисс", "долл", "инст",
        "канд", "моск", "проф", "y.e", "авт", "вкз", "гос", "деп", "дол", "жен", "зап", "куб", "л.h", "л.н", "мин",
        "муж", "нед", "пгт", "пер", "руб", "сек", "спб", "стр", "тел", "тов", "тыс", "у.е", "вв", "гг", "гр", "ин", "кв",
        "кг", "пп", "пр", "см", "тт", "ул",
        // Not in the source lists.
        "т.е", "т.д", "т.п", "т.к", "т.н", "т.о", "т.ч", "и.о", "им", "англ", "лат", "греч", "нем", "франц", "др", "напр",
        "млн", "млрд", "коп", "доц", "ген", "полк", "обл", "пос", "дер", "рис", "табл", "гл", "ред", "изд", "стб", "ср",
        "г", "в", "д", "с", "ст", "т", "ч", "п", "ок", "прим",
    ];

    /// <summary>Russian "и т. д." (and so on), "и т. п." (and the like), "и др.", "и пр." (and others), spaced or not.</summary>
    public static readonly string[] RussianEnumerationEnds = ["и т. д", "и т.д", "и т. п", "и т.п", "и др", "и пр"];

    /// <summary>Bulgarian "и т.н." (and so on), "и др." (and others).</summary>
    public static readonly string[] BulgarianEnumerationEnds = ["и т. н", "и т.н", "и др"];

    public static readonly string[] BulgarianAbbreviations =
    [
        "бел.пр", "б.ред", "бел.а", "куб.м", "т.нар", "акад", "кв.м", "млрд", "напр", "полк", "проф", "табл", "p.s",
        "б.р", "бул", "вкл", "ген", "доц", "заб", "зам", "инж", "к.с", "кор", "куб", "м.г", "мин", "млн", "н.с", "рис",
        "сек", "срв", "стр", "т.г", "т.е", "т.н", "тел", "фиг", "хил", "щ.д", "ал", "бр", "вж", "вм", "вр", "гр", "дж",
        "дм", "др", "ем", "кв", "кг", "км", "лв", "мм", "пл", "св", "см", "сп", "ст", "ул", "ха", "чл",
        "в", "г", "л", "м", "р", "с", "т", "у", "ч",
    ];

    public static readonly string[] KazakhAbbreviations =
    [
        "авг", "акад", "акцион", "англ", "апр", "аум", "биікт", "биол", "геогр", "геол", "дек", "ж", "жж", "лат", "май",
        "мыс", "нояб", "обл", "окт", "пед", "сент", "тереңд", "тех", "төм", "февр", "хим", "экон", "янв", "т.б", "т.с.с",
        "б.з.б", "б.з.д", "ғ", "қ", "млн", "млрд", "трлн", "мм", "км", "см",
    ];

    public static readonly string[] PolishAbbreviations =
    [
        "ags", "alb", "ang", "aor", "awest", "bałt", "bojkow", "bret", "brus", "bsł", "bułg", "c.b.d.o", "c.b.d.u",
        "celt", "chorw", "cs", "czakaw", "czerw", "czes", "dłuż", "dor", "dubrow", "duń", "ekaw", "fiń", "franc", "gal",
        "germ", "głuż", "goc", "gr", "grudz", "hebr", "het", "hol", "ie", "ikaw", "irań", "irl", "islandz", "itd", "itp",
        "jekaw", "kajkaw", "kasz", "kirg", "kwiec", "łac", "lip", "listop", "lit", "łot", "lp", "maced", "mar", "młpol",
        "moraw", "n.e", "nb", "ngr", "niem", "nord", "norw", "np", "ok", "orm", "oset", "osk", "p.n", "p.n.e", "p.o",
        "pazdz", "pers", "pie", "podhal", "pol", "połab", "port", "prekm", "pskow", "psł", "rez", "rom", "rozdz", "rum",
        "rus", "rys", "sas", "sch", "scs", "serb", "sierp", "śl", "sła", "słe", "słi", "słow", "sp. z o.o", "śrirl",
        "stbułg", "stind", "stpol", "stpr", "str", "strus", "stwniem", "stycz", "sztokaw", "szwedz", "t", "tj", "tłum",
        "toch", "tur", "tzn", "ukr", "ul", "umbr", "wed", "węg", "wlkpol", "włos", "wrzes", "wyd", "zakarp",
        // Not in the source lists.
        "dr", "prof", "mgr", "inż", "hab", "im", "nr", "r", "w", "godz", "min", "tys", "mln", "mld", "zł", "gr", "ks",
        "św", "tzw", "wg", "ww", "zob", "por", "dot", "jw", "woj", "pow", "gm", "ds", "dn", "cd",
    ];

    /// <summary>
    /// Titles, ranks and the street, avenue, square and estate words ("ul. Długa", "al. Jerozolimskie", "pl. Bankowy"),
    /// all of which precede a name.
    /// </summary>
    public static readonly string[] PolishPrepositive =
        ["dr", "prof", "mgr", "inż", "hab", "ks", "św", "im", "ul", "al", "pl", "os", "gen", "płk", "ppłk", "mjr", "kpt"];

    /// <summary>Polish abbreviations that precede a number ("s. 12", "art. 5 ust. 2", "poz. 7", "rys. 3").</summary>
    public static readonly string[] PolishNumberAbbreviations = ["nr", "s", "str", "art", "ust", "pkt", "poz", "rozdz", "tab", "rys", "t"];

    public static readonly string[] SlovakAbbreviations =
    [
        "č", "no", "nr", "ing", "p", "red", "o.k", "a.d", "m.o", "pol.pr", "a.s.a.p", "p.n.l", "pp", "sl", "corp", "plgr",
        "tz", "rtg", "o.c.p", "c.k", "n.a", "a.m", "vz", "i.b", "ú.p.v.o", "bros", "rsdr", "doc", "tu", "ods", "n.w.a",
        "nár", "pedg", "paeddr", "rndr", "naprk", "a.g.p", "prof", "pr", "a.v", "por", "mvdr", "nešp", "u.s", "kt",
        "vyd", "e.t", "al", "ll.m", "o.f.i", "mr", "apod", "súkr", "stred", "s.e.g", "sr", "tvz", "ind", "var", "etc",
        "atd", "n.o", "s.a", "např", "a.i.i", "a.k.a", "konkr", "čsl", "odd", "ltd", "t.z", "o.z", "obv", "obr", "pok",
        "tel", "št", "skr", "phdr", "xx", "š.p", "ph.d", "m.n.m", "zz", "roz", "atď", "ev", "v.sp", "drsc", "mudr",
        "t.č", "el", "os", "co", "r.o", "str", "p.a", "zdravot", "prek", "gen", "viď", "dr", "cca", "p.s", "zák", "slov",
        "arm", "inc", "max", "d.c", "k.o", "a.r.k", "soc", "bc", "zs", "akad", "sz", "pozn", "tr", "nám", "kol", "csc",
        "ul", "sp", "o.i", "jr", "zb", "sv", "tj", "čs", "tzn", "príp", "iv", "hl", "st", "pod", "vi", "tis", "stor",
        "rozh", "mld", "mgr", "a.s", "phd", "z.z", "judr", "hod", "vs", "písm", "s.r.o", "min", "ml", "iii", "t.j",
        "spol", "mil", "ii", "napr", "resp", "tzv",
    ];

    public static readonly string[] SlovakPrepositive = ["st", "p", "dr", "mudr", "judr", "ing", "mgr", "bc", "drsc", "doc", "prof"];

    public static readonly string[] SlovakNumberAbbreviations = ["č", "no", "nr"];

    /// <summary>
    /// Pronouns, conjunctions, prepositions and sentence adverbs that start Russian sentences, so a capitalised one
    /// after "и т.д." or "т.п." starts the next sentence ("и т.д. Для нашего").
    /// </summary>
    public static readonly string[] RussianSentenceStarters =
    [
        "А", "Без", "В", "Вот", "Все", "Всё", "Да", "Для", "До", "Если", "Здесь", "И", "Из", "Как", "Когда", "Кто", "На",
        "Но", "Он", "Она", "Они", "Оно", "По", "Поэтому", "Потом", "После", "При", "С", "Так", "Там", "Теперь", "То",
        "Тут", "У", "Что", "Это", "Эти", "Этот", "Я", "Мы", "Вы", "Ты", "Мне", "Нам", "Их", "Его", "Ее", "Её",
    ];
}
