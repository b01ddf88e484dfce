using Summarizer.Text;
using Summarizer.Layout;

namespace Summarizer.Tests.Text;

public class LayoutDetectorTests
{
    private static readonly SummarizerPipeline Pipeline = new SummarizerPipelineBuilder().Build();

    [Test]
    public void OneRemarkALineIsALineList()
    {
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(TestTexts.KettleReviewList)), Is.EqualTo(TextLayout.LineList));
    }

    [Test]
    public void WindowsLineEndingsAreLineBreaksToo()
    {
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join("\r\n", TestTexts.KettleReviews) + "\r\n")), Is.EqualTo(TextLayout.LineList));
    }

    [Test]
    public void TheSameSentencesAsOneParagraphAreProse()
    {
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join(" ", TestTexts.KettleReviews))), Is.EqualTo(TextLayout.Prose));
    }

    [Test]
    public void ParagraphsSeparatedByBlankLinesAreProse()
    {
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join("\n\n", TestTexts.KettleReviews))), Is.EqualTo(TextLayout.Prose));
    }

    [Test]
    public void LinesOfTwoSentencesEachAreProse()
    {
        string text = string.Join("\n", TestTexts.KettleReviews.Chunk(2).Select(pair => string.Join(" ", pair)).Concat(TestTexts.KettleReviews.Chunk(2).Select(pair => string.Join(" ", pair))));
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(text)), Is.EqualTo(TextLayout.Prose));
    }

    [Test]
    public void HardWrappedProseIsProse()
    {
        // The same remarks run together and wrapped at 50 columns: more than 20 lines, but sentences run over line ends.
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (string word in string.Join(" ", TestTexts.KettleReviews).Split(' '))
        {
            if (line.Length + word.Length + 1 > 50)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            line.Append(line.Length == 0 ? "" : " ").Append(word);
        }

        lines.Add(line.ToString());
        Assume.That(lines, Has.Count.GreaterThanOrEqualTo(LayoutDetector.MinLines));
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join("\n", lines))), Is.EqualTo(TextLayout.Prose));
    }

    [Test]
    public void AListNeedsAtLeastMinLinesLines()
    {
        Assert.Multiple(() =>
        {
            Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join("\n", TestTexts.KettleReviews.Take(LayoutDetector.MinLines - 1)))), Is.EqualTo(TextLayout.Prose));
            Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join("\n", TestTexts.KettleReviews.Take(LayoutDetector.MinLines)))), Is.EqualTo(TextLayout.LineList));
        });
    }

    [Test]
    public void EmptyTextIsProse()
    {
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze("")), Is.EqualTo(TextLayout.Prose));
    }

    [Test]
    public void NullDocumentIsRejected()
    {
        Assert.Throws<ArgumentNullException>(() => LayoutDetector.Detect(null!));
    }
}
