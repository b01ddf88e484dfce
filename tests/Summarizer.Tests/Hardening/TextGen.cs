using CsCheck;

namespace Summarizer.Tests.Hardening;

/// <summary>
/// CsCheck generators of hostile text: words of many scripts, combining marks, emoji and ZWJ sequences, unpaired
/// surrogates, control and format characters, very long tokens, runs of punctuation and whitespace, and the sentence
/// terminators of many scripts. A small shared vocabulary makes sentences overlap, so the rankers have real work.
/// </summary>
internal static class TextGen
{
    private const string Latin = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâäöüßçñøåœÉÖÜİıŞşĞğŁłŻż";
    private const string Cyrillic = "абвгдежзийклмнопрстуфхцчшщъыьэюяАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯёЁ";
    private const string Greek = "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώςΐ";
    private const string Arabic = "ابتثجحخدذرزسشصضطظعغفقكلمنهويةىءآأإ";
    private const string Hebrew = "אבגדהוזחטיכלמנסעפצקרשתךםןףץ";
    private const string Cjk = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小心多天而能好都然没日于起还发成事只作当想看文无开手ひらがなカタカナ";
    private const string Devanagari = "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहािीुूेैोौंः्";
    private const string Combining = "\u0300\u0301\u0302\u0303\u0308\u0327\u0323\u064B\u05B0\u093C\u20DD\u0345";

    private static readonly string[] Shared =
    [
        "river", "council", "flood", "barrier", "Fluss", "rivière", "река", "совет", "ποταμός", "نهر", "נהר", "河流", "नदी",
        "the", "and", "der", "и", "και", "في", "Mr.", "Dr.", "e.g.", "U.S.", "3.14", "1,200", "1.", "2.", "a)", "(i)", "don't",
        "http://example.com/a.b?c=d", "mail@example.org", "<p>", "</b>", "&lt;b&gt;", "A.", "I.", "p.m.", "No.",
    ];

    private static readonly string[] Emoji = ["😀", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈", "❤️", "🇩🇪", "1️⃣", "🤷‍♀️", "𝔘𝔫𝔦", "𠀋"];

    private static readonly string[] Broken = ["\uD800", "\uDFFF", "\uDC00", "a\uD83D", "\uDE00b", "\uD83D\uD83D", "\uFFFD", "\uFFFF", "\uFEFF"];

    private static readonly string[] Controls =
        ["\0", "\u0001", "\u0007", "\b", "\u001B", "\u007F", "\u0085", "\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202E", "\u2066", "\u00AD", "\u061C"];

    private static readonly string[] Spaces =
        [" ", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "\n\n", "\u00A0", "\u2028", "\u2029", "\u3000", "\v", "\f", "\u2009", " \n \n "];

    private static readonly string[] Terminators =
        [".", ".", ".", "?", "!", "...", "…", "。", "！", "？", "।", "॥", "؟", "۔", "։", "።", "။", ";", "?!", "!!!", "‼", "⁇", "．", "｡", ". . .", ".”", ".\"", "!)", "?»", "。」", ":"];

    private const string PunctuationChars = "\"'()[]{}«»“”„‘’「」『』-–—,:;/\\*#@&%$^~|<>=+_.!?…·•";

    private static Gen<string> Word(string alphabet, int max = 12) => Gen.String[Gen.Char[alphabet], 1, max];

    /// <summary>One piece of text; pieces are concatenated into a document.</summary>
    public static readonly Gen<string> Piece = Gen.Frequency(
        (30, Gen.OneOf(Shared)),
        (12, Word(Latin)),
        (4, Word(Cyrillic)),
        (3, Word(Greek)),
        (3, Word(Arabic)),
        (2, Word(Hebrew)),
        (3, Word(Cjk, 6)),
        (3, Word(Devanagari)),
        (2, Gen.Select(Word(Latin, 5), Gen.String[Gen.Char[Combining], 1, 4], static (w, m) => w + m)),
        (2, Gen.String[Gen.Char[Combining], 1, 6]),
        (3, Gen.OneOf(Emoji)),
        (2, Gen.OneOf(Broken)),
        (2, Gen.OneOf(Controls)),
        (45, Gen.OneOf(Spaces)),
        (14, Gen.OneOf(Terminators)),
        (3, Gen.String[Gen.Char[PunctuationChars], 1, 12]),
        (1, Gen.Select(Gen.Int[200, 3000], Gen.Char[Latin + Cyrillic + Cjk], static (n, c) => new string(c, n))),
        (1, Gen.Select(Word(Latin, 8), Gen.Int[2, 40], static (w, n) => string.Concat(Enumerable.Repeat(w + ".", n)))));

    /// <summary>A document of up to <paramref name="maxPieces"/> pieces.</summary>
    public static Gen<string> Document(int maxPieces = 400) => Piece.Array[0, maxPieces].Select(static parts => string.Concat(parts));

    /// <summary>Any summary length: sentences, ratio, words or characters.</summary>
    public static readonly Gen<SummaryLength> Length = Gen.Frequency(
        (3, Gen.Int[1, 12].Select(SummaryLength.Sentences)),
        (2, Gen.Int[1, 100].Select(static p => SummaryLength.Ratio(p / 100.0))),
        (2, Gen.Int[1, 300].Select(SummaryLength.Words)),
        (2, Gen.Int[1, 3000].Select(SummaryLength.Characters)));
}
