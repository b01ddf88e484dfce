using System.Globalization;
using Summarizer.Text;

namespace Summarizer.Tests.Text;

public class TextAnalyzerTests
{
    private static readonly TextAnalyzer English = new(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);

    private static string?[] Terms(Document document, int sentence) =>
        document.GetTokens(sentence).ToArray().Select(t => t.IsStopWord ? null : document.Vocabulary[t.TermId]).ToArray();

    [Test]
    public void FoldsCaseRemovesStopWordsAndStems()
    {
        // Lucene's English stop set is the short classic list (the, to, is, ...), not every function word.
        Document document = English.Analyze("The Runners are running to the RUNNING track.");
        Assert.That(Terms(document, 0), Is.EqualTo(new[] { null, "runner", null, "run", null, null, "run", "track" }));
    }

    [Test]
    public void SameStemGetsSameTermIdAcrossSentences()
    {
        Document document = English.Analyze("Flooding hit the city. The city flooded again.");
        int flood0 = document.GetTokens(0)[0].TermId;
        int flood1 = document.GetTokens(1)[2].TermId;
        Assert.That(flood0, Is.EqualTo(flood1));
        Assert.That(document.Vocabulary[flood0], Is.EqualTo("flood"));
    }

    [Test]
    public void TokensPointIntoTheOriginalText()
    {
        const string text = "  Mr. Smith   arrived.\n\nHe left.";
        Document document = English.Analyze(text);
        Assert.That(document.Sentences, Has.Count.EqualTo(2));
        foreach (Token token in document.Tokens)
            Assert.That(text.Substring(token.Span.Start, token.Span.Length), Does.Match(@"^\w+$"));
        Assert.That(document.GetText(0), Is.EqualTo("Mr. Smith   arrived."));
    }

    [Test]
    public void LanguageNoneOnlyFoldsCase()
    {
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.None);
        Document document = analyzer.Analyze("The Runners ran.");
        Assert.That(Terms(document, 0), Is.EqualTo(new[] { "the", "runners", "ran" }));
    }

    [Test]
    public void GermanUsesGermanStopWordsAndStemmer()
    {
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.German);
        Document document = analyzer.Analyze("Die Häuser und das Haus.");
        string?[] terms = Terms(document, 0);
        Assert.That(terms[0], Is.Null);
        Assert.That(terms[1], Is.EqualTo(terms[4]), "Häuser and Haus share a stem");
    }

    [Test]
    public void ResultDoesNotDependOnCurrentCulture()
    {
        const string text = "ISTANBUL Is Inside India. Istanbul is big.";
        string?[] Analyze() => Terms(English.Analyze(text), 0);
        string?[] invariant = Analyze();
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.That(Analyze(), Is.EqualTo(invariant));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.That(invariant[0], Is.EqualTo("istanbul"));
    }

    [Test]
    public void RejectsUndefinedLanguage() =>
        Assert.That(() => new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, (Language)999),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("language"));

    [Test]
    public void CancellationIsHonoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(() => English.Analyze("One. Two.", cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void TheExtendedStopListAlsoRemovesEnglishFunctionWords()
    {
        const string text = "Its owners were all very pleased with the boat.";
        var extended = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English, StopWordList.Extended);
        Assert.That(extended.StopWords, Is.EqualTo(StopWordList.Extended));
        Assert.That(Terms(English.Analyze(text), 0), Is.EqualTo(new[] { "it", "owner", "were", "all", "veri", "pleas", null, null, "boat" }));
        Assert.That(Terms(extended.Analyze(text), 0), Is.EqualTo(new[] { null, "owner", null, null, null, "pleas", null, null, "boat" }));
    }

    [Test]
    public void TheExtendedStopListIsTheDefaultOneOutsideEnglish()
    {
        const string text = "Les propriétaires du bateau étaient très contents.";
        var extended = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.French, StopWordList.Extended);
        var standard = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.French);
        Assert.That(Terms(extended.Analyze(text), 0), Is.EqualTo(Terms(standard.Analyze(text), 0)));
    }

    [Test]
    public void RejectsAnUnknownStopList() =>
        Assert.That(() => new SummarizerPipelineBuilder().UseStopWords((StopWordList)7).Build(),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("stopWords"));

    [TestCase(-1)]
    [TestCase(2)]
    public void SentenceIndexOutOfRangeThrowsNamingTheParameter(int index)
    {
        Document document = English.Analyze("One sentence. Two sentences.");
        Assert.That(() => document.GetText(index), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("sentenceIndex"));
        Assert.That(() => document.GetTokens(index).Length, Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("sentenceIndex"));
    }
}
