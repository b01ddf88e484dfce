using Summarizer.Text;
using Summarizer.Layout;

namespace Summarizer.Tests.Text;

public class LayoutDetectorTests
{
    private static readonly SummarizerPipeline Pipeline = new SummarizerPipelineBuilder().Build();

    /// <summary>Twenty-four short customer remarks about a kettle, one a line.</summary>
    internal static readonly string[] KettleReviews =
    [
        "I bought this kettle as a present for my sister last spring.",
        "The delivery van came two days late because of the snow.",
        "My neighbour has the older model in red.",
        "The kettle boils water very quickly.",
        "It boils a full jug in about two minutes.",
        "Water boils quickly and the switch clicks off on its own.",
        "The handle stays cool while the water boils.",
        "It is quiet compared with my old kettle.",
        "The kettle is quiet and boils fast.",
        "The lid is a little stiff to open.",
        "Boils quickly, looks smart on the counter.",
        "The water window makes it easy to see how much is left.",
        "The cord is rather short for my kitchen.",
        "It boils water quickly and quietly every morning.",
        "Cleaning the filter takes a minute.",
        "After six months it still boils water quickly.",
        "The blue light is a nice touch when it boils.",
        "The base turns all the way round, handy for left-handed people.",
        "Very fast kettle, water boils in no time.",
        "The price was fair for what you get.",
        "Limescale builds up fast in our hard water.",
        "It boils quickly but the outside gets warm.",
        "The box it came in was dented.",
        "A quick kettle that boils quietly.",
    ];

    /// <summary>The remarks one a line: a line list.</summary>
    internal static readonly string KettleReviewList = string.Join("\n", KettleReviews);

    /// <summary>The opening remarks are about the purchase, not the kettle: a lead the prose settings would favour.</summary>
    internal static readonly string[] OffTopicOpeners = KettleReviews[..3];

    [Test]
    public void OneRemarkALineIsALineList()
    {
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(KettleReviewList)), Is.EqualTo(TextLayout.LineList));
    }

    [Test]
    public void WindowsLineEndingsAreLineBreaksToo()
    {
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join("\r\n", KettleReviews) + "\r\n")), Is.EqualTo(TextLayout.LineList));
    }

    [Test]
    public void TheSameSentencesAsOneParagraphAreProse()
    {
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join(" ", KettleReviews))), Is.EqualTo(TextLayout.Prose));
    }

    [Test]
    public void ParagraphsSeparatedByBlankLinesAreProse()
    {
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join("\n\n", KettleReviews))), Is.EqualTo(TextLayout.Prose));
    }

    [Test]
    public void LinesOfTwoSentencesEachAreProse()
    {
        string text = string.Join("\n", KettleReviews.Chunk(2).Select(pair => string.Join(" ", pair)).Concat(KettleReviews.Chunk(2).Select(pair => string.Join(" ", pair))));
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(text)), Is.EqualTo(TextLayout.Prose));
    }

    [Test]
    public void HardWrappedProseIsProse()
    {
        // The same remarks run together and wrapped at 50 columns: more than 20 lines, but sentences run over line ends.
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        foreach (string word in string.Join(" ", KettleReviews).Split(' '))
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
            Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join("\n", KettleReviews.Take(LayoutDetector.MinLines - 1)))), Is.EqualTo(TextLayout.Prose));
            Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join("\n", KettleReviews.Take(LayoutDetector.MinLines)))), Is.EqualTo(TextLayout.LineList));
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
