using System.Security.Cryptography;
using System.Text;
using Summarizer.Text;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Text;

/// <summary>
/// Pins the analyzer's output (every token's span, term and kind, and the vocabulary in order) over a varied
/// multilingual set of texts, so changes made for speed are checked to leave results byte for byte the same.
/// </summary>
public class AnalysisIdentityTests
{
    private static readonly (Language Language, string Text)[] Samples =
    [
        (Language.English, "The Runners are RUNNING to the track. Visit https://Example.com/Path?q=1 or WWW.Example.org, mail Jane.Doe@Example.COM, ping @WHO and #Brexit #the."),
        (Language.English, "Don’t stop: state-of-the-art part‑of‑speech tagging costs $1.13bn (£600m), 76% more in 2004; 3rd-quarter 3D models won. İstanbul, ΣΟΦΙΑ, Straße, ǅemal, café naïve résumé."),
        (Language.English, "It's the user's choice -- well-known, self‑made x-ray. A B C d e f. Running runs ran; generously generous generation's. 12,000 words and 1e10 and v2 and ABC123."),
        (Language.French, "L'homme qu'il a vu aujourd’hui n'est pas là. Les élèves d'aujourd'hui étudient l'économie européenne."),
        (Language.German, "Die Straßenbahn fährt über die Brücke. GROẞE Häuser und schöne Gärten wurden gebaut."),
        (Language.Russian, "Москва — столица России. Большие города растут быстро, а ЛЮДИ переезжают."),
        (Language.Turkish, "İstanbul'da IŞIK yanıyor. Çocuklar okula gidiyorlar ve öğretmenler bekliyor."),
        (Language.Spanish, "Los niños jugaban en el parque. ¿Dónde están las llaves? ¡Aquí están!"),
        (Language.Arabic, "ذهب الطالب إلى المدرسة. الكتابُ مفيدٌ جداً والمكتبة كبيرة."),
        (Language.Chinese, "今天天气很好。我们去公园散步吧！北京是中国的首都。"),
        (Language.Japanese, "今日は良い天気です。東京は日本の首都です。"),
        (Language.Dutch, "De kinderen speelden in de tuin. Fietsen is gezond."),
    ];

    private static string Dump(TextAnalyzer analyzer, string text)
    {
        Document document = analyzer.Analyze(text);
        var builder = new StringBuilder();
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            builder.Append('|');
            foreach (Token token in document.GetTokens(s))
                builder.Append(token.Span.Start).Append(',').Append(token.Span.Length).Append(',').Append((int)token.Kind).Append(',')
                    .Append(token.IsStopWord ? "-" : document.Vocabulary[token.TermId]).Append(';');
        }

        builder.Append("||");
        for (int id = 0; id < document.Vocabulary.Count; id++)
            builder.Append(document.Vocabulary[id]).Append(';');
        return builder.ToString();
    }

    private static string DumpAll(Func<Language, TextAnalyzer> analyzerFor)
    {
        var builder = new StringBuilder();
        foreach ((Language language, string text) in Samples)
            builder.Append(Dump(analyzerFor(language), text)).Append('\n');
        return builder.ToString();
    }

    private static TextAnalyzer Fresh(Language language) => new(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, language);

    [Test]
    public void OutputMatchesTheRecordedDigest()
    {
        string dump = DumpAll(Fresh);
        string digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(dump)));
        Assert.That(digest, Is.EqualTo(ExpectedDigest), dump);
    }

    [Test]
    public void WarmCachesGiveTheSameOutputAsColdOnes()
    {
        var shared = new Dictionary<Language, TextAnalyzer>();
        TextAnalyzer Shared(Language language) => shared.TryGetValue(language, out TextAnalyzer? a) ? a : shared[language] = Fresh(language);
        string cold = DumpAll(Fresh);
        DumpAll(Shared);
        Assert.That(DumpAll(Shared), Is.EqualTo(cold));
    }

    private const string ExpectedDigest = "0443144547AB560A92434FC3E5F084B5EC0C7DFB569DE73042DDF1437B16BE8E";
}
