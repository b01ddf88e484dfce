using System.Globalization;
using CsCheck;
using Summarizer.Text;
using Summarizer.Analysis;

namespace Summarizer.Tests.Hardening;

/// <summary>Results do not depend on the current culture: the whole summary, the language and the keywords are identical.</summary>
[NonParallelizable]
public class CultureInvarianceTests
{
    private static readonly string[] Cultures = ["tr-TR", "de-DE", ""];

    private static IEnumerable<string> Texts()
    {
        foreach (string text in SampleTexts.All)
            yield return text;
        var pcg = new PCG(3, 11);
        for (int i = 0; i < 20; i++)
            yield return TextGen.Document(300).Generate(pcg, null, out _);
    }

    /// <summary>Everything a pipeline built and run under <paramref name="culture"/> reports about the texts.</summary>
    private static string[] RunUnder(string culture, Func<SummarizerPipeline> build)
    {
        CultureInfo savedCulture = CultureInfo.CurrentCulture, savedUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            SummarizerPipeline pipeline = build(); // built here too, so no cache filled under another culture is reused
            return Texts().Select(text =>
            {
                Document document = pipeline.Analyze(text);
                Summary summary = pipeline.Summarize(document, SummaryLength.Sentences(3));
                string sentences = string.Join("|", summary.Sentences.Select(s => s.Text));
                return $"{SummaryInvariants.Describe(summary)} {sentences} {SummaryInvariants.Describe(pipeline.ExtractKeywords(document, 8))} "
                    + string.Join(",", pipeline.Score(document).Select(s => BitConverter.DoubleToInt64Bits(s)));
            }).ToArray();
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUi;
        }
    }

    private static IEnumerable<TestCaseData> Pipelines()
    {
        yield return new TestCaseData(new Func<SummarizerPipeline>(() => new SummarizerPipelineBuilder().Build())).SetName("Default");
        yield return new TestCaseData(new Func<SummarizerPipeline>(() => new SummarizerPipelineBuilder().UseLanguageDetection().Build())).SetName("LanguageDetection");
        yield return new TestCaseData(new Func<SummarizerPipeline>(() => new SummarizerPipelineBuilder().UseLanguage(Language.Turkish).UseTextRank().Build())).SetName("TurkishTextRank");
        yield return new TestCaseData(new Func<SummarizerPipeline>(() => new SummarizerPipelineBuilder().UseLanguage(Language.German).UseRanker(new Summarizer.Ranking.EdmundsonRanker()).Build())).SetName("GermanEdmundson");
    }

    [TestCaseSource(nameof(Pipelines))]
    public void ResultsAreIdenticalUnderTurkishGermanAndInvariantCultures(Func<SummarizerPipeline> build)
    {
        string[] invariant = RunUnder("", build);
        foreach (string culture in Cultures)
            Assert.That(RunUnder(culture, build), Is.EqualTo(invariant), culture);
    }

    [Test]
    public void DetectedLanguageIsTheSameUnderEveryCulture()
    {
        foreach (string culture in Cultures)
        {
            CultureInfo saved = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Assert.That(LanguageDetector.Detect(SampleTexts.German), Is.EqualTo(Language.German), culture);
                Assert.That(LanguageDetector.Detect(SampleTexts.HarborCity), Is.EqualTo(Language.English), culture);
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
        }
    }
}
