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

    // A news report written one sentence a line, as many sites and text extractors write paragraphs.
    private static readonly string[] FerryReport =
    [
        "A new electric ferry between Portmoral and the island of Inish Caw entered service on Monday, cutting the crossing to 25 minutes.",
        "The vessel, named Grainne, replaces a diesel boat that had run the route since 1988.",
        "Harbour Board chair Declan Ruane said the ferry would save about 400 tonnes of fuel a year.",
        "It was built at the Ferguson yard in Appledore and delivered in March after sea trials off Lundy.",
        "Islanders had campaigned for a faster service since the old boat broke down twice last winter.",
        "Siobhan Keane, who runs the island's shop, said deliveries had sometimes been stranded for days.",
        "The county council and the Marine Transition Fund paid most of the cost of 11 million euros.",
        "Charging points at both piers take power from a wind farm near Kilcarra.",
        "A full charge takes 40 minutes, and the ferry makes six return crossings a day.",
        "Fares stay at the old prices until the end of the year, according to the Harbour Board.",
        "Tourism Minister Aoife Brennan attended the first sailing with pupils from Inish Caw National School.",
        "She said the route could become a model for the other island services on the west coast.",
        "Operators in Galway and Donegal have asked to see the running costs after the first summer.",
        "The old diesel boat, the Saint Brendan, will be kept in reserve at Portmoral for the first year.",
        "Engineers from Volvo Penta will stay on the island during the summer to train the crew.",
        "Some fishermen in Portmoral worry that the new pier extension will narrow the harbour mouth.",
        "The Harbour Board said dredging planned for September would widen the channel by four metres.",
        "Bookings for the August bank holiday have already filled the first two sailings.",
        "A second electric vessel for the Clare Island route is due in 2027.",
        "The crossing times will be reviewed in October, when the winter timetable begins.",
        "Passengers on Monday said the ferry was quieter and steadier than the old boat.",
        "The Grainne can carry 120 passengers and four cars.",
    ];

    // Opinions about one thing name it again and again, and few other things.
    private static readonly string[] LanternReviews =
    [
        "The Lumo lantern is bright enough to read by in the tent.",
        "My Lumo lasted three nights on one charge.",
        "The handle feels a bit flimsy but has not broken yet.",
        "I like that the Lumo charges from a phone cable.",
        "The red light mode is great for not waking the kids.",
        "It is lighter than the lantern I had before.",
        "The Lumo survived being dropped on rocks at the campsite.",
        "Battery life is shorter in the cold, which I expected.",
        "The dimmer button is hard to find in the dark.",
        "We took two Lumo lanterns to the Lake District and both were fine.",
        "The light is a little blue for my taste.",
        "Mine arrived with a scratch on the base.",
        "The hook at the top makes it easy to hang from the tent roof.",
        "It is waterproof enough for rain but I would not drop it in a lake.",
        "The charge indicator is handy before a trip.",
        "For the price the Lumo is very good value.",
        "My son uses it as a night light at home now.",
        "The case gets warm on the brightest setting.",
        "I wish it came with a carry bag.",
        "Setting it to flash by accident is easy and annoying.",
        "Overall I would buy the Lumo again.",
        "It packs down small in a rucksack.",
    ];

    [Test]
    public void AReportWrittenOneSentenceALineIsProse()
    {
        Summary summary = Pipeline.Summarize(string.Join("\n", FerryReport), SummaryLength.Sentences(3));
        Assert.Multiple(() =>
        {
            Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join("\n", FerryReport))), Is.EqualTo(TextLayout.Prose));
            Assert.That(summary.Layout, Is.EqualTo(TextLayout.Prose));
            Assert.That(summary.Sentences.Select(s => s.Text), Does.Contain(FerryReport[0]), "the lead of a report is kept");
        });
    }

    [Test]
    public void OpinionsThatKeepNamingTheirSubjectAreStillAList()
    {
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(string.Join("\n", LanternReviews))), Is.EqualTo(TextLayout.LineList));
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
