using Summarizer.Keywords;
using Summarizer.Text;
using Summarizer.Analysis;
using Summarizer.Segmentation;

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
        Assert.That(all.Select(k => k.Phrase), Does.Contain("Machine learning models improve search engines"), "as written: its only occurrence opens a sentence");
        Assert.That(all.Select(k => k.Phrase), Does.Contain("Engineers study machine learning"));
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
        Assert.That(keywords.Select(k => k.Phrase), Is.EquivalentTo(new[] { "Apples", "pears", "plums" }), "each as most often written");
    }

    [Test]
    public void HyphenatedWordsStayTogether()
    {
        const string text = "High-speed trains are fast. High-speed trains are new. Trains are fast.";
        IReadOnlyList<Keyword> keywords = Extract(text, options: new KeywordOptions { KeywordFraction = 1 });
        Keyword phrase = keywords.Single(k => k.Phrase == "High-speed trains");
        Assert.That(phrase.Occurrences.Select(o => text.Substring(o.Start, o.Length)), Is.EqualTo(new[] { "High-speed trains", "High-speed trains" }));
    }

    private static IReadOnlyList<Keyword> Extract(string text, Language language, double fraction = 1.0 / 3, int count = 50) =>
        new KeywordExtractor(new KeywordOptions { KeywordFraction = fraction })
            .Extract(new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, language).Analyze(text), count);

    [TestCase(Language.German, "Der Rat sagt, dass die Brücke teuer wird. Es ist klar, dass die Brücke lang ist, dass die Kosten steigen und dass die Stadt zahlt.", "dass")]
    [TestCase(Language.French, "Le conseil a voté pour le pont. Le maire a dit que le pont a coûté cher et que la ville a payé le pont.", "a")]
    [TestCase(Language.Spanish, "El puente y la plaza y el parque son nuevos. La ciudad y la región pagan el puente y la plaza.", "y")]
    [TestCase(Language.English, "The bridge is what they said it would be. They said that the bridge would be what the city wanted.", "what")]
    [TestCase(Language.Russian, "Мэр сказал, что мост будет готов. Жители думают, что мост и дорога будут готовы, что мост нужен.", "что")]
    public void StopWordsAreNeverKeywords(Language language, string text, string stopWord)
    {
        // With every content word a keyword, a stop word could only appear if it were taken for a content word.
        IReadOnlyList<Keyword> all = Extract(text, language, fraction: 1);
        Assert.That(all, Is.Not.Empty);
        var stopWords = LanguageResources.StopWords(language, StopWordList.Extended);
        foreach (string word in all.SelectMany(k => k.Phrase.Split(' ')))
        {
            string folded = word.ToLowerInvariant();
            Assert.That(folded, Is.Not.EqualTo(stopWord), $"{language}: {string.Join(" | ", all.Select(k => k.Phrase))}");
            Assert.That(stopWords.Contains(folded) || stopWords.Contains(folded.Replace("ss", "ß", StringComparison.Ordinal)), Is.False, word);
        }
    }

    [Test]
    public void InflectedFormsAreOneKeywordInTheirMostFrequentForm()
    {
        // Russian: "строительства" (genitive, twice) and "строительство" (nominative, once) share the stem строительств.
        const string text = "Мэр говорит: строительства. Мэр говорит: строительство. Мэр говорит: строительства.";
        IReadOnlyList<Keyword> all = Extract(text, Language.Russian, fraction: 1);
        Keyword building = all.Single(k => k.Phrase.StartsWith("строительств", StringComparison.Ordinal));
        Assert.That(building.Phrase, Is.EqualTo("строительства"));
        Assert.That(building.Occurrences, Has.Count.EqualTo(3));

        // English: "Rivers flood" (twice) and "river floods" (once) are the same two words.
        IReadOnlyList<Keyword> english = Extract("Rivers flood. Rivers flood. The river floods.", Language.English, fraction: 1);
        Assert.That(english.Select(k => k.Phrase), Is.EqualTo(new[] { "Rivers flood" }));
        Assert.That(english[0].Occurrences, Has.Count.EqualTo(3));
    }

    [TestCase('\u2011')]
    [TestCase('\u2010')]
    [TestCase('-')]
    public void AWordWithHyphensIsOneWord(char hyphen)
    {
        string text = $"The high{hyphen}level plan has levels. Levels matter in any plan. Level plans and levels of plans. The high{hyphen}level view.";
        foreach (double fraction in new[] { 1.0 / 3, 0.5, 1 })
        {
            IReadOnlyList<Keyword> keywords = Extract(text, Language.English, fraction);
            foreach (Keyword keyword in keywords)
            {
                foreach (TextSpan span in keyword.Occurrences)
                {
                    Assert.That(span.Start == 0 || text[span.Start - 1] != hyphen, $"'{keyword.Phrase}' starts inside a hyphenated word");
                    Assert.That(span.End == text.Length || text[span.End] != hyphen, $"'{keyword.Phrase}' ends inside a hyphenated word");
                }
            }
        }

        Assert.That(Extract(text, Language.English, 1).Select(k => k.Phrase), Has.Some.StartsWith($"high{hyphen}level"));
    }

    [Test]
    public void KeyphrasesKeepTheirCaseAsWritten()
    {
        const string text = "Engineers at Google Research, a lab, built the parser. The parser is from Google Research, not from NASA. Google Research and NASA share the parser.";
        IReadOnlyList<Keyword> all = Extract(text, Language.English, fraction: 1);
        Assert.That(all.Select(k => k.Phrase), Does.Contain("Google Research").And.Contain("NASA").And.Contain("parser"));
        foreach (Keyword keyword in all)
            Assert.That(keyword.Occurrences.Select(o => text.Substring(o.Start, o.Length)), Does.Contain(keyword.Phrase), "the phrase is one of its occurrences as written");
    }

    [Test]
    public void ChineseKeywordsAreWordsNotSingleCharacters()
    {
        const string text = "市政府决定在河上建设一座新的大桥。市长表示，大桥的建设需要两年时间。许多市民希望大桥可以缓解交通拥堵。批评者认为大桥的费用太高。市政府将与省政府共同承担大桥的费用。";
        IReadOnlyList<Keyword> keywords = Extract(text, Language.Chinese, count: 10);
        Assert.That(keywords, Is.Not.Empty);
        Assert.That(keywords.Select(k => k.Phrase), Has.All.Length.GreaterThanOrEqualTo(2), string.Join(" | ", keywords.Select(k => k.Phrase)));
        Assert.That(keywords.Select(k => k.Phrase), Has.Some.Contains("大桥"));
        Assert.That(keywords.Select(k => k.Phrase), Has.None.EqualTo("的").And.None.EqualTo("大"));
        foreach (Keyword keyword in keywords)
        {
            foreach (TextSpan span in keyword.Occurrences)
                Assert.That(text.Substring(span.Start, span.Length), Is.EqualTo(keyword.Phrase));
        }
    }

    [Test]
    public void TheMiddleOfAChainIsTheKeyword()
    {
        // alpha - beta - gamma: PageRank favours beta, the only vertex with two neighbours; a third of 3 vertices is 1.
        IReadOnlyList<Keyword> keywords = Extract("Alpha beta gamma.");
        Assert.That(keywords.Select(k => k.Phrase), Is.EqualTo(new[] { "beta" }));

        // A window of 3 links alpha and gamma too: a triangle, all equal, and the first word wins the tie.
        IReadOnlyList<Keyword> triangle = Extract("Alpha beta gamma.", options: new KeywordOptions { WindowSize = 3 });
        Assert.That(triangle.Select(k => k.Phrase), Is.EqualTo(new[] { "Alpha" }));
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
