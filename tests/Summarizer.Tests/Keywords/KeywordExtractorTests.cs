using Summarizer.Keywords;
using Summarizer.Text;

namespace Summarizer.Tests.Keywords;

public class KeywordExtractorTests
{
    private const string Text = """
        Machine learning helps search engines. Search engines use machine learning.
        Machine learning models improve search engines. Engineers study machine learning. Cooks bake bread.
        """;

    private static Document Analyze(string text) =>
        new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English).Analyze(text);

    private static IReadOnlyList<Keyword> Extract(string text, int count = 10, KeywordOptions? options = null) =>
        new KeywordExtractor(options).Extract(Analyze(text), count);

    [Test]
    public void AdjacentKeywordsMergeIntoPhrases()
    {
        // machine and learning are always neighbours and learning links to search, engines, models and study: both are
        // among the top third of the 12 words, adjacent everywhere, so every occurrence is the phrase.
        IReadOnlyList<Keyword> keywords = Extract(Text);
        Assert.That(keywords[0].Phrase, Is.EqualTo("machine learning"));
        Assert.That(keywords[0].Occurrences, Has.Count.EqualTo(4));
        Assert.That(keywords.Select(k => k.Phrase), Has.None.EqualTo("machine").And.None.EqualTo("learning"));

        // With every word a keyword, runs grow to the next stop word or punctuation.
        IReadOnlyList<Keyword> all = Extract(Text, 20, new KeywordOptions { KeywordFraction = 1 });
        Assert.That(all.Select(k => k.Phrase), Does.Contain("machine learning models improve search engines"));
        Assert.That(all.Select(k => k.Phrase), Does.Contain("engineers study machine learning"));
    }

    [Test]
    public void UrlsEmailAddressesMentionsAndNumbersAreNotKeyphrases()
    {
        const string text = """
            Solar panels power https://solar.example.org today. Write to panels@solar.example.org about solar panels.
            Ask @solarpanels about 2024 solar panels. Solar panels at https://solar.example.org cost 2024 dollars.
            """;
        IReadOnlyList<Keyword> all = Extract(text, 50, new KeywordOptions { KeywordFraction = 1 });
        Assert.That(all.Select(k => k.Phrase), Does.Contain("solar panels"));
        Assert.That(all.Select(k => k.Phrase), Has.None.Contains("example").And.None.Contains("@").And.None.Contains("2024"));
    }

    [Test]
    public void SpansPointToTheOccurrences()
    {
        IReadOnlyList<Keyword> keywords = Extract(Text);
        Assert.That(keywords, Is.Not.Empty);
        foreach (Keyword keyword in keywords)
        {
            Assert.That(keyword.Occurrences, Is.Not.Empty);
            Assert.That(keyword.Occurrences.Select(o => o.Start), Is.Ordered.Ascending);
            foreach (TextSpan span in keyword.Occurrences)
                Assert.That(Text.Substring(span.Start, span.Length), Is.EqualTo(keyword.Phrase).IgnoreCase, keyword.Phrase);
        }

        var allSpans = keywords.SelectMany(k => k.Occurrences).OrderBy(s => s.Start).ToArray();
        for (int i = 1; i < allSpans.Length; i++)
            Assert.That(allSpans[i].Start, Is.GreaterThanOrEqualTo(allSpans[i - 1].End), "occurrences never overlap");
    }

    [Test]
    public void PunctuationAndStopWordsBreakPhrases()
    {
        IReadOnlyList<Keyword> keywords = Extract("Apples, pears and plums. Apples, pears and plums. Pears and plums.", options: new KeywordOptions { KeywordFraction = 1 });
        Assert.That(keywords.Select(k => k.Phrase), Is.EquivalentTo(new[] { "apples", "pears", "plums" }));
    }

    [Test]
    public void HyphenatedWordsStayTogether()
    {
        const string text = "High-speed trains are fast. High-speed trains are new. Trains are fast.";
        IReadOnlyList<Keyword> keywords = Extract(text, options: new KeywordOptions { KeywordFraction = 1 });
        Keyword phrase = keywords.Single(k => k.Phrase == "high-speed trains");
        Assert.That(phrase.Occurrences.Select(o => text.Substring(o.Start, o.Length)), Is.EqualTo(new[] { "High-speed trains", "High-speed trains" }));
    }

    [Test]
    public void TheMiddleOfAChainIsTheKeyword()
    {
        // alpha - beta - gamma: PageRank favours beta, the only vertex with two neighbours; a third of 3 vertices is 1.
        IReadOnlyList<Keyword> keywords = Extract("Alpha beta gamma.");
        Assert.That(keywords.Select(k => k.Phrase), Is.EqualTo(new[] { "beta" }));

        // A window of 3 links alpha and gamma too: a triangle, all equal, and the first word wins the tie.
        IReadOnlyList<Keyword> triangle = Extract("Alpha beta gamma.", options: new KeywordOptions { WindowSize = 3 });
        Assert.That(triangle.Select(k => k.Phrase), Is.EqualTo(new[] { "alpha" }));
    }

    [Test]
    public void PhrasesRankByScoreAndTheResultIsRepeatable()
    {
        IReadOnlyList<Keyword> first = Extract(Text, 3), second = Extract(Text, 3);
        Assert.That(first.Select(k => k.Score), Is.Ordered.Descending);
        Assert.That(first.Select(k => (k.Phrase, k.Score)), Is.EqualTo(second.Select(k => (k.Phrase, k.Score))));
        Assert.That(first, Has.Count.EqualTo(3));
        Assert.That(Extract(Text, 2).Select(k => k.Phrase), Is.EqualTo(first.Take(2).Select(k => k.Phrase)));
    }

    [Test]
    public void EmptyInputsGiveNoKeywords()
    {
        Assert.That(Extract(""), Is.Empty);
        Assert.That(Extract("It is not."), Is.Empty);
        Assert.That(Extract(Text, 0), Is.Empty);
    }

    [Test]
    public void PipelineExtractsFromTextOrDocument()
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().Build();
        var fromText = pipeline.ExtractKeywords(Text, 2);
        var fromDocument = pipeline.ExtractKeywords(pipeline.Analyze(Text), 2);
        Assert.That(fromText.Select(k => k.Phrase), Is.EqualTo(fromDocument.Select(k => k.Phrase)));
        Assert.That(fromText, Has.Count.EqualTo(2));
        Assert.That(() => pipeline.ExtractKeywords(Text, -1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [TestCase(1)]
    [TestCase(11)]
    public void RejectsWindowSizeOutOfRange(int size) =>
        Assert.That(() => new KeywordExtractor(new KeywordOptions { WindowSize = size }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("WindowSize"));

    [TestCase(0.0)]
    [TestCase(1.5)]
    public void RejectsKeywordFractionOutOfRange(double fraction) =>
        Assert.That(() => new KeywordExtractor(new KeywordOptions { KeywordFraction = fraction }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("KeywordFraction"));

    [Test]
    public void TheBuilderValidatesKeywordOptions() =>
        Assert.That(() => new SummarizerPipelineBuilder().UseKeywords(new KeywordOptions { Damping = 1 }).Build(),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("Damping"));
}
