using System.Text;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;
using Summarizer.Text;

namespace Summarizer.Analysis;

/// <summary>
/// Stop lists, stemmers and elided articles per <see cref="Language"/>, taken from Lucene.Net.Analysis.Common
/// rather than maintained here (only the Italian and Catalan articles, which Lucene keeps private, are copied).
/// </summary>
internal static class LanguageResources
{
    /// <summary>Snowball's English stop list (about 170 words): loaded once, never modified.</summary>
    private static readonly Lazy<CharArraySet> SnowballEnglishStopWords = new(() => WordlistLoader.GetSnowballWordSet(
        IOUtils.GetDecodingReader(typeof(SnowballFilter), "english_stop.txt", Encoding.UTF8), LuceneVersion.LUCENE_48));

    /// <summary>
    /// German's stop list is spelled as before the 1996 reform ("daß"); current German writes "dass". Both spellings
    /// of each word with ß are stop words.
    /// </summary>
    private static readonly Lazy<CharArraySet> GermanStopWords = new(() =>
    {
        CharArraySet old = Lucene.Net.Analysis.De.GermanAnalyzer.DefaultStopSet;
        var words = new CharArraySet(LuceneVersion.LUCENE_48, old, false);
        foreach (string word in old)
        {
            if (word.Contains('ß'))
                words.Add(word.Replace("ß", "ss", StringComparison.Ordinal));
        }

        return words.AsReadOnly();
    });

    /// <summary>Italian articles and prepositions written elided before a vowel (<c>l'uomo</c>, <c>dell'anno</c>), as in Lucene's ItalianAnalyzer.</summary>
    private static readonly Lazy<CharArraySet> ItalianArticles = new(() => new CharArraySet(LuceneVersion.LUCENE_48,
        ["c", "l", "all", "dall", "dell", "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "m", "t", "s", "v", "d"], true));

    /// <summary>Catalan elided articles and pronouns (<c>l'home</c>, <c>d'aigua</c>), as in Lucene's CatalanAnalyzer.</summary>
    private static readonly Lazy<CharArraySet> CatalanArticles = new(() => new CharArraySet(LuceneVersion.LUCENE_48,
        ["d", "l", "m", "n", "s", "t"], true));

    public static bool IsDefined(Language language) => language is >= Language.None and <= Language.Japanese;

    /// <summary>The language's stop words (lower case); empty for <see cref="Language.None"/>.</summary>
    public static CharArraySet StopWords(Language language) => language switch
    {
        Language.None => CharArraySet.Empty,
        Language.English => Lucene.Net.Analysis.En.EnglishAnalyzer.DefaultStopSet,
        Language.Armenian => Lucene.Net.Analysis.Hy.ArmenianAnalyzer.DefaultStopSet,
        Language.Basque => Lucene.Net.Analysis.Eu.BasqueAnalyzer.DefaultStopSet,
        Language.Catalan => Lucene.Net.Analysis.Ca.CatalanAnalyzer.DefaultStopSet,
        Language.Danish => Lucene.Net.Analysis.Da.DanishAnalyzer.DefaultStopSet,
        Language.Dutch => Lucene.Net.Analysis.Nl.DutchAnalyzer.DefaultStopSet,
        Language.Finnish => Lucene.Net.Analysis.Fi.FinnishAnalyzer.DefaultStopSet,
        Language.French => Lucene.Net.Analysis.Fr.FrenchAnalyzer.DefaultStopSet,
        Language.German => GermanStopWords.Value,
        Language.Hungarian => Lucene.Net.Analysis.Hu.HungarianAnalyzer.DefaultStopSet,
        Language.Irish => Lucene.Net.Analysis.Ga.IrishAnalyzer.DefaultStopSet,
        Language.Italian => Lucene.Net.Analysis.It.ItalianAnalyzer.DefaultStopSet,
        Language.Norwegian => Lucene.Net.Analysis.No.NorwegianAnalyzer.DefaultStopSet,
        Language.Portuguese => Lucene.Net.Analysis.Pt.PortugueseAnalyzer.DefaultStopSet,
        Language.Romanian => Lucene.Net.Analysis.Ro.RomanianAnalyzer.DefaultStopSet,
        Language.Russian => Lucene.Net.Analysis.Ru.RussianAnalyzer.DefaultStopSet,
        Language.Spanish => Lucene.Net.Analysis.Es.SpanishAnalyzer.DefaultStopSet,
        Language.Swedish => Lucene.Net.Analysis.Sv.SwedishAnalyzer.DefaultStopSet,
        Language.Turkish => Lucene.Net.Analysis.Tr.TurkishAnalyzer.DefaultStopSet,
        Language.Arabic => Lucene.Net.Analysis.Ar.ArabicAnalyzer.DefaultStopSet,
        // One-character terms: the frequent function characters get a low IDF anyway, and a list would also drop
        // content characters that share them.
        Language.Chinese or Language.Japanese => CharArraySet.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    /// <summary>The language's stop words from <paramref name="list"/>: Snowball's longer list replaces Lucene's for English.</summary>
    public static CharArraySet StopWords(Language language, StopWordList list) =>
        list == StopWordList.Extended && language == Language.English ? SnowballEnglishStopWords.Value : StopWords(language);

    /// <summary>
    /// The articles a word of <paramref name="language"/> may start with, elided before an apostrophe (French
    /// <c>l'homme</c>, <c>qu'il</c>); null for languages without elision.
    /// </summary>
    public static CharArraySet? ElidedArticles(Language language) => language switch
    {
        Language.French => Lucene.Net.Analysis.Fr.FrenchAnalyzer.DEFAULT_ARTICLES,
        Language.Italian => ItalianArticles.Value,
        Language.Catalan => CatalanArticles.Value,
        _ => null,
    };

    /// <summary>A new stemmer (stemmers keep state, so each caller needs its own), or null for no stemming.</summary>
    public static WordStemmer? CreateStemmer(Language language) => language switch
    {
        Language.None or Language.Chinese or Language.Japanese => null,
        Language.Arabic => new ArabicWordStemmer(),
        _ => new SnowballWordStemmer(CreateSnowballProgram(language)),
    };

    private static SnowballProgram CreateSnowballProgram(Language language) => language switch
    {
        Language.English => new EnglishStemmer(),
        Language.Armenian => new ArmenianStemmer(),
        Language.Basque => new BasqueStemmer(),
        Language.Catalan => new CatalanStemmer(),
        Language.Danish => new DanishStemmer(),
        Language.Dutch => new DutchStemmer(),
        Language.Finnish => new FinnishStemmer(),
        Language.French => new FrenchStemmer(),
        Language.German => new GermanStemmer(),
        Language.Hungarian => new HungarianStemmer(),
        Language.Irish => new IrishStemmer(),
        Language.Italian => new ItalianStemmer(),
        Language.Norwegian => new NorwegianStemmer(),
        Language.Portuguese => new PortugueseStemmer(),
        Language.Romanian => new RomanianStemmer(),
        Language.Russian => new RussianStemmer(),
        Language.Spanish => new SpanishStemmer(),
        Language.Swedish => new SwedishStemmer(),
        Language.Turkish => new TurkishStemmer(),
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };
}
