using Summarizer.Layout;
using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Weighting;

namespace Summarizer.Tests;

public class SummarizerSettingsTests
{
    private const string Harbour =
        "The harbour board approved a new breakwater on Monday after two winters of storm damage. " +
        "Engineers say the wall will cut wave height inside the harbour by half. " +
        "Fishing crews had asked for the work since the old pier collapsed. " +
        "The board will pay for it from port fees over ten years. " +
        "Construction starts in spring and should take eighteen months.";

    [Test]
    public void SettingsBuildTheSamePipelineAsTheBuilderCallsTheyStandFor()
    {
        SummarizerPipeline fromSettings = new SummarizerPipelineBuilder()
            .UseSettings(new SummarizerSettings { Language = Language.English, Algorithm = "textrank" }).Build();
        SummarizerPipeline fromCalls = new SummarizerPipelineBuilder().UseLanguage(Language.English).UseAlgorithm("textrank").Build();

        Assert.Multiple(() =>
        {
            Assert.That(fromSettings.Ranker, Is.TypeOf<TextRankRanker>());
            Assert.That(Texts(fromSettings.Summarize(Harbour, SummaryLength.Sentences(2))), Is.EqualTo(Texts(fromCalls.Summarize(Harbour, SummaryLength.Sentences(2)))));
        });
    }

    [Test]
    public void NoLanguageMeansDetectionAndGermanTextIsReadAsGerman()
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseSettings(new SummarizerSettings { Language = null }).Build();
        Summary summary = pipeline.Summarize("Der Stadtrat hat am Montag den Bau einer neuen Brücke beschlossen. Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern. Die Kosten trägt das Land zur Hälfte.", SummaryLength.Sentences(1));

        Assert.Multiple(() =>
        {
            Assert.That(pipeline.DetectsLanguage, Is.True);
            Assert.That(summary.Language, Is.EqualTo(Language.German));
        });
    }

    [Test]
    public void LayoutAppliesToTheDefaultMethodOnly()
    {
        SummarizerPipeline defaultMethod = new SummarizerPipelineBuilder().UseSettings(new SummarizerSettings { Layout = LayoutMode.LineList }).Build();
        SummarizerPipeline lexRank = new SummarizerPipelineBuilder().UseSettings(new SummarizerSettings { Algorithm = "lexrank", Layout = LayoutMode.LineList }).Build();

        Assert.Multiple(() =>
        {
            Assert.That(defaultMethod.LineLists.Layout, Is.EqualTo(LayoutMode.LineList));
            Assert.That(defaultMethod.Summarize(Harbour, SummaryLength.Sentences(1)).Layout, Is.EqualTo(TextLayout.LineList));
            Assert.That(lexRank.LineLists.Layout, Is.EqualTo(LayoutMode.Prose), "the classic methods rank every text as published");
        });
    }

    [Test]
    public void DefaultLengthReachesThePipeline()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new SummarizerPipelineBuilder().Build().DefaultLength, Is.EqualTo(SummaryLength.Sentences(3)));
            Assert.That(new SummarizerPipelineBuilder().UseSettings(new SummarizerSettings { DefaultLength = SummaryLength.Words(40) }).Build().DefaultLength,
                Is.EqualTo(SummaryLength.Words(40)));
        });
    }

    [Test]
    public void TextSummarizerUsesThePipelinesDefaultLengthWhenGivenNone()
    {
        SummarizerPipeline twoSentences = new SummarizerPipelineBuilder().UseSettings(new SummarizerSettings { DefaultLength = SummaryLength.Sentences(2) }).Build();
        Assert.Multiple(() =>
        {
            Assert.That(TextSummarizer.Summarize(Harbour, pipeline: twoSentences).Sentences, Has.Count.EqualTo(2));
            Assert.That(TextSummarizer.Summarize(Harbour).Sentences, Has.Count.EqualTo(3));
        });
    }

    [Test]
    public void AnIdfModelOfAnotherLanguageIsRefusedAtBuild()
    {
        IdfModel german = IdfModel.Fit(["Der Hund schläft.", "Die Katze schläft nicht."], Language.German);
        var builder = new SummarizerPipelineBuilder().UseSettings(new SummarizerSettings { Language = Language.English, Idf = german });

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => builder.Build());
        Assert.That(error!.Message, Does.Contain("fitted for German"));
        Assert.That(new SummarizerPipelineBuilder().UseSettings(new SummarizerSettings { Language = Language.German, Idf = german }).Build().Vectorizer.Options.Idf,
            Is.SameAs(german));
    }

    [Test]
    public void InvalidSettingsAreRefusedWithTheirName()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Assert.Throws<ArgumentException>(() => new SummarizerPipelineBuilder().UseSettings(new SummarizerSettings { Algorithm = "bm25" }))!.Message,
                Does.Contain("Unknown algorithm 'bm25'"));
            Assert.Throws<ArgumentOutOfRangeException>(() => new SummarizerPipelineBuilder().UseSettings(new SummarizerSettings { Layout = (LayoutMode)5 }));
            Assert.Throws<ArgumentNullException>(() => new SummarizerPipelineBuilder().UseSettings(null!));
        });
    }

    [TestCase("auto", true, null)]
    [TestCase("AUTO", true, null)]
    [TestCase("de", true, Language.German)]
    [TestCase("German", true, Language.German)]
    [TestCase("xx", false, null)]
    [TestCase(null, false, null)]
    public void LanguagesParseOneWayEverywhere(string? value, bool known, Language? expected)
    {
        Assert.That(SummarizerSettings.TryParseLanguage(value, out Language? language), Is.EqualTo(known));
        Assert.That(language, Is.EqualTo(expected));
    }

    private static string[] Texts(Summary summary) => summary.Sentences.Select(s => s.Text).ToArray();
}
