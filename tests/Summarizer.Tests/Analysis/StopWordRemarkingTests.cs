using CsCheck;
using Summarizer.Analysis;
using Summarizer.Layout;
using Summarizer.Segmentation;
using Summarizer.Tests.Hardening;
using Summarizer.Text;

namespace Summarizer.Tests.Analysis;

/// <summary>
/// A line list ranked with a longer stop list is not analysed twice: its tokens are re-marked. The result must be exactly
/// what a second analysis would give, token for token and term for term.
/// </summary>
public class StopWordRemarkingTests
{
    private static readonly SentenceSplitter Splitter = RuleBasedSentenceSplitter.Instance;

    private static void AssertSameAsFreshAnalysis(string text, Language language)
    {
        AssertSameAsFreshAnalysis(text, language, StopWordList.Default, StopWordList.Extended);
        AssertSameAsFreshAnalysis(text, language, StopWordList.Extended, StopWordList.Default);
    }

    private static void AssertSameAsFreshAnalysis(string text, Language language, StopWordList from, StopWordList to)
    {
        var first = new TextAnalyzer(Splitter, WordTokenizer.Instance, language, from);
        var target = new TextAnalyzer(Splitter, WordTokenizer.Instance, language, to);
        Document remarked = first.WithStopWordsOf(first.Analyze(text), target) ?? throw new AssertionException("no re-marking");
        Document fresh = target.Analyze(text);

        Assert.That(remarked.Tokens.ToArray(), Is.EqualTo(fresh.Tokens.ToArray()), text);
        Assert.That(Enumerable.Range(0, remarked.Vocabulary.Count).Select(i => remarked.Vocabulary[i]),
            Is.EqualTo(Enumerable.Range(0, fresh.Vocabulary.Count).Select(i => fresh.Vocabulary[i])), text);
        Assert.That(remarked.Sentences, Is.EqualTo(fresh.Sentences));
    }

    [TestCase("The kettle is quiet and boils fast.\nIt was his first shop, and he would not sell it.")]
    [TestCase("We couldn't have done it without them.\nWhy would anyone do that?")]
    [TestCase("#The #Kettle is here; #Should we buy it? #Very much so.")]
    [TestCase("Hyphen-ated words and a word broken across lines: infor-\nmation, through-\nout and your-\nselves.")]
    [TestCase("Mail ourselves@example.org or see www.example.org/about; 42 of them said so at 10:30.")]
    [TestCase("")]
    [TestCase("Such things will happen into the night; these are their words, then there.")]
    public void EnglishTextGivesWhatASecondAnalysisGives(string text) => AssertSameAsFreshAnalysis(text, Language.English);

    [Test]
    public void TheKettleReviewsAndTheSampleTextsGiveWhatASecondAnalysisGives()
    {
        AssertSameAsFreshAnalysis(TestTexts.KettleReviewList, Language.English);
        foreach (string text in SampleTexts.All)
            AssertSameAsFreshAnalysis(text, Language.English);
    }

    [Test]
    public void GeneratedHostileTextGivesWhatASecondAnalysisGives() =>
        TextGen.Document().Sample(text => AssertSameAsFreshAnalysis(text, Language.English), iter: 300, seed: "0N0XIzNsQ0O2");

    [Test]
    public void AnotherAnalyzersDocumentIsAnalysedAgain()
    {
        var first = new TextAnalyzer(Splitter, WordTokenizer.Instance, Language.English, StopWordList.Default);
        var other = new TextAnalyzer(Splitter, WordTokenizer.Instance, Language.English, StopWordList.Default);
        var target = new TextAnalyzer(Splitter, WordTokenizer.Instance, Language.English, StopWordList.Extended);

        var german = new TextAnalyzer(Splitter, WordTokenizer.Instance, Language.German, StopWordList.Extended);
        Assert.Multiple(() =>
        {
            Assert.That(first.WithStopWordsOf(other.Analyze("A kettle."), target), Is.Null, "made by another analyzer");
            Assert.That(first.WithStopWordsOf(first.Analyze("A kettle."), german), Is.Null, "another language stems otherwise");
        });
    }

    [Test]
    public void AListKeepsTheNonContentMarksOfItsDocument()
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseLineLists(new LineListOptions { Layout = LayoutMode.LineList }).Build();
        Document document = pipeline.Analyze(TestTexts.KettleReviewList);
        Document marked = document.MarkNonContent([document.Sentences[3].Span]); // the best line: "The kettle boils water very quickly."

        Summary summary = pipeline.Summarize(marked, SummaryLength.Sentences(3));
        Assert.That(summary.Sentences.Select(s => s.Index), Does.Not.Contain(3));
    }
}
