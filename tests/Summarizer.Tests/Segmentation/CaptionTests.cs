using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// Photo captions in text saved from a news page: a line that ends in a photo credit, stands right above a credit line,
/// or is labelled as a caption is not content, so a summary does not choose it; the article's own sentences, including
/// ones that mention photos, credits or agencies, stay content.
/// </summary>
public class CaptionTests
{
    private static readonly RuleBasedSentenceSplitter Splitter = new(new SentenceSplitterOptions());

    private static (string Text, bool NotContent)[] Split(string text) =>
        Splitter.Split(text).Select(s => (s.GetText(text), s.IsHeading)).ToArray();

    private const string Lead =
        "Residents of Port Allan voted on Tuesday to keep the town's ferry running for at least another ten years.";

    private const string Body =
        "The ferry has crossed the bay since 1923 and carries about 400 passengers a day in summer, the operator said.";

    [TestCase("The ferry leaves the harbour at dawn. Photo: Tom Reid/Coastal Press")]
    [TestCase("The ferry leaves the harbour at dawn.Credit Tom Reid for The Coastal Press")]
    [TestCase("The ferry leaves the harbour at dawn.CreditCreditTom Reid/The Coastal Press")]
    [TestCase("The ferry leaves the harbour at dawn. Passengers wait on the slipway. Photograph: Tom Reid/Coastal Press")]
    [TestCase("The ferry leaves the harbour at dawn. Photo by Tom Reid")]
    [TestCase("The ferry leaves the harbour at dawn. Photo credit: Coastal Press")]
    [TestCase("Die Fähre verlässt den Hafen im Morgengrauen. Foto: dpa")]
    [TestCase("Le ferry quitte le port à l'aube. Crédit photo : AFP")]
    [TestCase("Crowds gathered at the slipway as the result was read out. (Reuters)")]
    [TestCase("Image caption: The ferry leaves the harbour at dawn.")]
    [TestCase("Image caption, The ferry leaves the harbour at dawn.")]
    public void ALineEndingInACreditOrLabelledAsACaptionIsNotContent(string caption)
    {
        var sentences = Split(Lead + "\n" + caption + "\n" + Body + "\n");
        Assert.That(sentences.First().NotContent, Is.False, "the lead");
        Assert.That(sentences.Last().NotContent, Is.False, "the paragraph after the caption");
        Assert.That(sentences.Skip(1).SkipLast(1).All(s => s.NotContent), Is.True, string.Join(" | ", sentences.Select(s => s.Text)));
    }

    [Test]
    public void ACreditLineMarksTheCaptionRightAboveIt()
    {
        var sentences = Split(Lead + "\nThe ferry leaves the harbour at dawn.\nPhoto by Tom Reid/Coastal Press\n" + Body);
        Assert.That(sentences.Select(s => s.NotContent), Is.EqualTo(new[] { false, true, true, false }));
    }

    [Test]
    public void ACreditBelowABlankLineOrALongParagraphMarksNothingAbove()
    {
        // After a blank line the credit belongs to a photo with no caption; above it, four sentences are a paragraph.
        const string paragraph = "The vote was close. Turnout was high. The count ran past midnight. The result was announced at one.";
        foreach (string text in new[] { Lead + "\n\nPhoto: Tom Reid/Coastal Press\n" + Body, paragraph + "\nPhoto: Tom Reid/Coastal Press\n" + Body })
        {
            var sentences = Split(text);
            Assert.That(sentences.Where(s => !s.Text.StartsWith("Photo", StringComparison.Ordinal)).All(s => !s.NotContent), Is.True, text);
        }
    }

    [TestCase("Credit Suisse shares fell by four per cent in early trading.")]
    [TestCase("Photographs of the old ferry hang in the waiting room.")]
    [TestCase("Photo sessions with the crew were arranged for the last sailing.")]
    [TestCase("Pictures From the Last Sailing")]
    [TestCase("The operator's statement was reported by Reuters and the AP.")]
    [TestCase("Image quality on the harbour webcam has improved since May.")]
    public void ArticleSentencesThatMentionPhotosOrCreditsStayContent(string line)
    {
        // Each stands on a line of its own or ends a line after an article sentence; none is a credit, so nothing above
        // or before it is a caption.
        foreach (string text in new[] { Lead + "\n" + line + "\n" + Body, Lead + " " + line + "\n" + Body })
        {
            var sentences = Split(text);
            Assert.That(sentences.Where(s => s.Text != line).All(s => !s.NotContent), Is.True, text);
        }
    }

    [TestCase("The ferry leaves the harbour at dawn.", "Image caption: The ferry leaves the harbour at dawn")]
    [TestCase("The ferry leaves the harbour at dawn", "Image caption, The ferry leaves the harbour at dawn.")]
    [TestCase("The ferry leaves the harbour at dawn.", "The ferry leaves the harbour at dawn. Photo: Tom Reid/Coastal Press")]
    [TestCase("The ferry leaves the harbour at dawn. Passengers wait on the slipway.",
        "The ferry leaves the harbour at dawn. Passengers wait on the slipway. Photograph: Tom Reid/Coastal Press")]
    public void APicturesAlternativeTextRepeatingItsCaptionIsNotContent(string alternativeText, string caption)
    {
        // Text copied from a page keeps a picture's caption twice: the image's alternative text, then the printed caption
        // with its label or credit. The copy without either is the same caption.
        foreach (string gap in new[] { "\n", "\n\n" })
        {
            string text = Lead + "\n\n" + alternativeText + gap + caption + "\n\n" + Body + "\n";
            var sentences = Split(text);
            Assert.That(sentences.Where(s => s.NotContent).Select(s => s.Text), Has.None.EqualTo(Lead).And.None.EqualTo(Body));
            Assert.That(sentences.Where(s => !s.NotContent).Select(s => s.Text), Is.EqualTo(new[] { Lead, Body }), text);
        }
    }

    [Test]
    public void ASentenceLikeACaptionButNotTheSameStaysContent()
    {
        // An article may describe what its picture shows in other words; only a word-for-word copy is the caption.
        const string text = Lead + "\nThe ferry left the harbour at dawn on the day of the vote.\n"
            + "Image caption: The ferry leaves the harbour at dawn\n" + Body + "\n";
        var sentences = Split(text);
        Assert.That(sentences.Where(s => !s.NotContent).Select(s => s.Text),
            Is.EqualTo(new[] { Lead, "The ferry left the harbour at dawn on the day of the vote.", Body }));
    }

    [Test]
    public void ASummaryOfCopiedPageTextSkipsAPicturesAlternativeText()
    {
        // The alternative text stands where a summary looks first: high on the page, right under the headline.
        string text = "Harbour town votes to keep its ferry\n\nThe ferry has carried islanders to the mainland for a century.\n"
            + "Image caption: The ferry has carried islanders to the mainland for a century\n\n" + Lead + "\n" + Body + "\n"
            + "Council leader Ross Findlay said the result would be respected, but warned that fares may rise.\n";
        Summary summary = TextSummarizer.Default.Summarize(text, SummaryLength.Sentences(2));
        Assert.That(summary.Sentences.Select(s => s.Text), Has.None.Contains("century"));
    }

    [Test]
    public void ASummaryOfSavedPageTextSkipsTheCaptions()
    {
        string text = "Harbour town votes to keep its ferry\n\n" + Lead + "\n"
            + "The ferry leaves the harbour at dawn. Photo: Tom Reid/Coastal Press\n" + Body + "\n"
            + "Council leader Ross Findlay said the result would be respected, but warned that fares may rise.\n"
            + "A crowd gathered at the slipway for the count.\nPhoto by Ann Kerr/Coastal Press\n"
            + "The council will now seek a grant from the national transport fund to pay for a new vessel.\n";
        Summary summary = TextSummarizer.Default.Summarize(text, SummaryLength.Sentences(4));
        Assert.That(summary.Sentences.Select(s => s.Text), Has.None.Contains("dawn").And.None.Contains("slipway").And.None.Contains("Photo"));
    }
}
