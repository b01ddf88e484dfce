using Summarizer.Text;
using Summarizer.Analysis;

namespace Summarizer.Tests.Multilingual;

/// <summary>
/// Summaries of the German, Russian, Chinese and Arabic test articles through <see cref="TextSummarizer.Summarize"/>,
/// with the language detected and with it given explicitly.
/// </summary>
public class MultilingualSummaryTests
{
    private const string Terminators = ".!?。！？؟";

    private static readonly SummarizerPipeline Detecting = new SummarizerPipelineBuilder().UseLanguageDetection().Build();

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (MultilingualArticle article in MultilingualArticles.All)
        {
            yield return new TestCaseData(article, true).SetArgDisplayNames(article.Name, "detected");
            yield return new TestCaseData(article, false).SetArgDisplayNames(article.Name, "given");
        }
    }

    private static Summary Summarize(MultilingualArticle article, bool detect)
    {
        SummarizerPipeline pipeline = detect ? Detecting : new SummarizerPipelineBuilder().UseLanguage(article.Language).Build();
        return TextSummarizer.Summarize(article.Text, SummaryLength.Sentences(3), pipeline);
    }

    [TestCaseSource(nameof(Cases))]
    public void SummaryIsThreeWholeSentencesInTheArticlesLanguage(MultilingualArticle article, bool detect)
    {
        Summary summary = Summarize(article, detect);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Language, Is.EqualTo(article.Language));
            Assert.That(summary.DocumentSentenceCount, Is.EqualTo(article.SentenceCount), "the article is split into the sentences it was written as");
            Assert.That(summary.Sentences, Has.Count.EqualTo(3));
            foreach (ScoredSentence sentence in summary.Sentences)
            {
                Assert.That(article.Text.Substring(sentence.Span.Start, sentence.Span.Length), Is.EqualTo(sentence.Text), "verbatim at its span");
                Assert.That(IsWholeSentence(article.Text, sentence.Span), $"a whole sentence: {sentence.Text}");
            }
        });
    }

    [TestCaseSource(nameof(Cases))]
    public void SummaryKeepsTheCoreSentencesAndLeavesOutTheDigressions(MultilingualArticle article, bool detect)
    {
        string[] chosen = Summarize(article, detect).Sentences.Select(s => s.Text).ToArray();
        Assert.Multiple(() =>
        {
            foreach (string central in article.Central)
                Assert.That(chosen, Does.Contain(central), "a sentence that states the story");
            foreach (string digression in article.Digressions)
                Assert.That(chosen, Does.Not.Contain(digression), "an off-topic aside");
        });
    }

    [Test]
    public void TheTestArticlesAreRecognisedByTheDetectorItself()
    {
        foreach (MultilingualArticle article in MultilingualArticles.All)
            Assert.That(LanguageDetector.Detect(article.Text), Is.EqualTo(article.Language), article.Name);
    }

    /// <summary>Whether <paramref name="span"/> ends with a terminator and starts the text or follows one (after whitespace).</summary>
    private static bool IsWholeSentence(string text, TextSpan span)
    {
        if (span.Length == 0 || !Terminators.Contains(text[span.End - 1], StringComparison.Ordinal))
            return false;
        int before = span.Start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
            before--;
        return before < 0 || Terminators.Contains(text[before], StringComparison.Ordinal);
    }
}
