namespace Summarizer.Segmentation;

/// <summary>Abbreviations of the languages that need only a few, after pySBD (MIT).</summary>
internal static class OtherLanguagesData
{
    public static readonly string[] ArabicAbbreviations =
    [
        "ا", "ا. د", "ا.د", "ا.ش.ا", "إلخ", "ت.ب", "ج.ب", "جم", "ج.م.ع", "س.ت", "سم", "ص.ب", "كج", "كلم", "م", "م.ب", "ه", "د",
    ];

    public static readonly string[] GreekAbbreviations = ["κ", "κκ", "π.χ", "δηλ", "βλ", "κλπ", "κ.λπ", "κ.ά", "σελ", "αρ", "τηλ", "χλμ", "εκ", "δρ"];
}
