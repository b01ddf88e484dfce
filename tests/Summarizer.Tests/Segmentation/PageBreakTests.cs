using Summarizer.Segmentation;
using Summarizer.Text;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// Text copied from a PDF or a printed page breaks a sentence at the end of a page: the two pieces, on either side of
/// the page number or running header, are not content, so a summary never quotes half a sentence.
/// </summary>
public class PageBreakTests
{
    private const string Report = """
        The trust commissioned an underwater survey of the north wall in November, after a fisherman reported water passing through the masonry at low tide.
        Divers inspected the full length of the wall over four days and photographed every course below the waterline.

        The survey found that the lime mortar had been washed out from behind the three lowest courses along about sixty metres of the

        12                                    Harbour Trust Annual Report 2024

        wall. In several places the blocks were resting on loose rubble rather than on bedded mortar, and two blocks had moved.
        The trust will ask the heritage fund for most of the cost of the repair, which it puts at about one point two million pounds.
        """;

    private static Sentence[] Split(string text) =>
        new RuleBasedSentenceSplitter(new SentenceSplitterOptions { KeepQuotationsWhole = false }).Split(text).ToArray();

    [TestCase("\n")]
    [TestCase("\r\n")]
    [TestCase("form feed")]
    public void BothPiecesOfASentenceBrokenByAPageAreNotContent(string newline)
    {
        string text = newline == "form feed"
            ? Report.Replace("\n\n12 ", "\n\f12 ", StringComparison.Ordinal)
            : Report.ReplaceLineEndings(newline);
        Sentence[] sentences = Split(text);
        Sentence broken = sentences.Single(s => s.GetText(text).EndsWith("sixty metres of the", StringComparison.Ordinal));
        Sentence rest = sentences.Single(s => s.GetText(text) == "wall.");
        Assert.That(broken.IsHeading && rest.IsHeading, Is.True, "neither piece is a summary candidate");
        Assert.That(sentences.Single(s => s.GetText(text).StartsWith("In several places", StringComparison.Ordinal)).IsHeading, Is.False);

        string[] summary = TextSummarizer.Default.Summarize(text, SummaryLength.Sentences(4)).Sentences.Select(s => s.Text).ToArray();
        Assert.That(summary, Has.All.Match(@"^[A-Z].*[.!?]$"), string.Join(" | ", summary));
    }

    [Test]
    public void AHeadingOrAWholeParagraphBeforeLowerCaseIsLeftAsItIs()
    {
        // A sentence that ends with punctuation, and a heading, are whole whatever follows; a text written in lower
        // case throughout says nothing by its case.
        const string text = """
            The ferry timetable changes on Monday.

            summer hours

            boats leave every hour from seven, and the last one returns at ten.
            """;
        Assert.That(Split(text).Where(s => !s.IsHeading).Select(s => s.GetText(text)),
            Is.EqualTo(new[] { "The ferry timetable changes on Monday.", "boats leave every hour from seven, and the last one returns at ten." }));

        const string lower = "we got to the harbour at nine in the morning and waited on the quay with the others for a long time and\n\n"
            + "then the ferry came. it was late again. nobody minded much.";
        Assert.That(Split(lower).Where(s => s.IsHeading), Is.Empty);
    }
}
