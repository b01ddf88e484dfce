using Summarizer.Ranking;
using Summarizer.Tests.Text;
using Summarizer.Text;
using Summarizer.Layout;
using Summarizer.Analysis;

namespace Summarizer.Tests;

public class LineListTests
{
    private static readonly string Reviews = TestTexts.KettleReviewList;
    private static readonly string[] OffTopicOpeners = TestTexts.OffTopicOpeners;

    [Test]
    public void TheDefaultSummarizesAListByWhatManyLinesSay()
    {
        Summary summary = new SummarizerPipelineBuilder().Build().Summarize(Reviews, SummaryLength.Sentences(3));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Layout, Is.EqualTo(TextLayout.LineList));
            Assert.That(summary.Sentences, Has.Count.EqualTo(3));
            Assert.That(summary.Sentences.Select(s => s.Text), Has.None.AnyOf(OffTopicOpeners));
            // Most remarks say it boils quickly: the top line says so, and so do most of the chosen ones.
            Assert.That(summary.ByRank[0].Text, Does.Contain("boil").IgnoreCase);
            Assert.That(summary.Sentences.Count(s => s.Text.Contains("boil", StringComparison.OrdinalIgnoreCase)), Is.GreaterThanOrEqualTo(2));
        });
    }

    [Test]
    public void WithDetectionOffTheListIsSummarizedAsProseWithItsLead()
    {
        Summary summary = new SummarizerPipelineBuilder().UseLineLists(LineListOptions.Disabled).Build().Summarize(Reviews, SummaryLength.Sentences(3));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Layout, Is.EqualTo(TextLayout.Prose));
            Assert.That(summary.Sentences.Select(s => s.Text), Has.Some.AnyOf(OffTopicOpeners));
        });
    }

    [Test]
    public void ANamedMethodRanksAListAsPublished()
    {
        foreach (string name in SummarizerAlgorithms.Names.Where(n => n != "default"))
        {
            Summary summary = new SummarizerPipelineBuilder().UseAlgorithm(name).Build().Summarize(Reviews, SummaryLength.Sentences(3));
            Assert.That(summary.Layout, Is.EqualTo(TextLayout.Prose), name);
        }
    }

    [Test]
    public void DetectionAlwaysTreatsProseAsAList()
    {
        string prose = string.Join(" ", TestTexts.KettleReviews);
        var pipeline = new SummarizerPipelineBuilder().UseLineLists(new LineListOptions { Layout = LayoutMode.LineList }).Build();
        Summary summary = pipeline.Summarize(prose, SummaryLength.Sentences(3));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Layout, Is.EqualTo(TextLayout.LineList));
            Assert.That(summary.Sentences.Select(s => s.Text), Has.None.AnyOf(OffTopicOpeners));
            Assert.That(summary.ByRank[0].Text, Does.Contain("boil").IgnoreCase);
        });
    }

    [Test]
    public void ScoresOfAListMatchTheSummary()
    {
        var pipeline = new SummarizerPipelineBuilder().Build();
        Document document = pipeline.Analyze(Reviews);
        IReadOnlyList<double> scores = pipeline.Score(document);
        Summary summary = pipeline.Summarize(document, SummaryLength.Sentences(3));
        Assert.That(scores, Has.Count.EqualTo(document.Sentences.Count));
        foreach (ScoredSentence sentence in summary.Sentences)
            Assert.That(sentence.Score, Is.EqualTo(scores[sentence.Index]));
    }

    [Test]
    public void TheListRankerCanBeChosen()
    {
        var options = new LineListOptions { Ranker = new LexRankRanker(), StopWords = StopWordList.Default };
        Summary summary = new SummarizerPipelineBuilder().UseLineLists(options).Build().Summarize(Reviews, SummaryLength.Sentences(3));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Layout, Is.EqualTo(TextLayout.LineList));
            Assert.That(summary.Sentences.Select(s => s.Text), Has.None.AnyOf(OffTopicOpeners));
        });
    }

    [Test]
    public void AListInAnotherLanguageIsDetectedToo()
    {
        string[] bewertungen =
        [
            "Ich habe den Wasserkocher meiner Schwester geschenkt.",
            "Der Paketdienst kam wegen des Schnees zwei Tage zu spät.",
            "Mein Nachbar hat das ältere Modell in Rot.",
            "Der Wasserkocher kocht das Wasser sehr schnell.",
            "Ein voller Krug kocht in etwa zwei Minuten.",
            "Das Wasser kocht schnell und er schaltet sich selbst ab.",
            "Der Griff bleibt kühl, während das Wasser kocht.",
            "Er ist leiser als mein alter Wasserkocher.",
            "Der Deckel lässt sich etwas schwer öffnen.",
            "Kocht schnell und sieht auf der Arbeitsplatte gut aus.",
            "Das Kabel ist für meine Küche etwas kurz.",
            "Er kocht jeden Morgen schnell und leise.",
            "Den Filter zu reinigen dauert eine Minute.",
            "Nach sechs Monaten kocht er immer noch schnell.",
            "Das blaue Licht ist hübsch, wenn das Wasser kocht.",
            "Der Preis war angemessen.",
            "Bei unserem harten Wasser setzt sich schnell Kalk ab.",
            "Er kocht schnell, aber außen wird er warm.",
            "Der Karton war verbeult.",
            "Ein schneller Wasserkocher, der leise kocht.",
            "Sehr schneller Wasserkocher, das Wasser kocht im Nu.",
        ];
        Summary summary = new SummarizerPipelineBuilder().UseLanguageDetection().Build().Summarize(string.Join("\n", bewertungen), SummaryLength.Sentences(2));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Language, Is.EqualTo(Language.German));
            Assert.That(summary.Layout, Is.EqualTo(TextLayout.LineList));
            Assert.That(summary.Sentences.Select(s => s.Text), Has.None.AnyOf(bewertungen[..3]));
            Assert.That(summary.ByRank[0].Text, Does.Contain("kocht"));
        });
    }

    [Test]
    public void InvalidOptionsAreRejectedWhenThePipelineIsBuilt()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentNullException>(() => new SummarizerPipelineBuilder().UseLineLists(null!));
            Assert.Throws<ArgumentOutOfRangeException>(() => new SummarizerPipelineBuilder().UseLineLists(new LineListOptions { Layout = (LayoutMode)7 }).Build());
            Assert.Throws<ArgumentNullException>(() => new SummarizerPipelineBuilder().UseLineLists(new LineListOptions { Ranker = null! }).Build());
        });
    }
}
