using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// An encyclopedia article or a paper copied whole ends with its references, further reading and links: entries that
/// split into short sentences sharing the article's words ("The Lighthouses of the North Coast."), which are no part
/// of what the article says.
/// </summary>
public class BackMatterTests
{
    private static readonly SummarizerPipeline Pipeline = new SummarizerPipelineBuilder().Build();

    private static (string Text, bool IsHeading)[] Split(string text, string language = "en") =>
        new RuleBasedSentenceSplitter(new SentenceSplitterOptions { Language = language }).Split(text).Select(s => (s.GetText(text), s.IsHeading)).ToArray();

    private const string Body = """
        Skerry Point Lighthouse
        From the free encyclopedia
        Skerry Point Lighthouse is a disused lighthouse on the north coast of the island of Fenn, built in 1854 to mark the reef at the mouth of the sound.[1] It was designed by the engineer Agnes Brodie and lit by an oil lamp until 1921.[2]

        History
        The lighthouse was built after the loss of the steamer Hesper on the reef in 1851, when eleven of her crew drowned.[3] The keepers lived in two cottages below the tower with their families, and supplies came by boat once a fortnight. In 1921 the lamp was replaced by an electric light, and in 1968 the station was automated and the keepers left.[4]

        The tower
        The tower is of granite, thirty metres tall, and painted white with a red band below the lantern.[5] A spiral stair of one hundred and twelve steps climbs to the lantern room, whose original lens was removed to a museum in 1990.

        Today
        The light was switched off in 2004, when a buoy with a solar lamp took its place on the reef.[6] The island trust now opens the tower to visitors in the summer months.
        """;

    private const string References = """
        See also
        List of lighthouses of the north coast

        References
        ^ "Skerry Point Lighthouse". Northern Lights Register. Retrieved 12 March 2024.
        ^ Brodie, A. (1856). Account of the Works at Skerry Point. Edinburgh: Coast Board. p. 14.
        ^ Maclean, D. (1998). The Lighthouses of the North Coast. Fenn: Island Press. pp. 40–45. ISBN 978-0-00-000001-7.
        ^ "Automation of the northern lights". The Coast Gazette. 2 May 1968. p. 3.

        External links
        Island trust: Skerry Point
        """;

    [Test]
    public void EverythingAfterAReferencesHeadingIsNotContent()
    {
        var sentences = Split(Body + "\n" + References);
        int references = Array.FindIndex(sentences, s => s.Text == "References");
        Assert.That(references, Is.GreaterThan(0));
        Assert.That(sentences.Skip(references + 1), Has.All.Matches<(string Text, bool IsHeading)>(s => s.IsHeading), "the reference list's entries");
        Assert.That(sentences, Does.Contain(("The Lighthouses of the North Coast.", true)));
        Assert.That(sentences, Does.Contain(("The keepers lived in two cottages below the tower with their families, and supplies came by boat once a fortnight.", false)));
    }

    [Test]
    public void TheSummaryOfAnArticleWithReferencesComesFromItsBody()
    {
        string article = Body + "\n" + References;
        foreach (int n in new[] { 3, 5, 8 })
        {
            Summary summary = Pipeline.Summarize(article, SummaryLength.Sentences(n));
            Assert.That(summary.Sentences.Select(s => s.Text), Has.All.Matches<string>(t => Body.Contains(t, StringComparison.Ordinal)), $"{n} sentences");
        }
    }

    [TestCase("References[edit]")]
    [TestCase("References:")]
    [TestCase("Bibliography")]
    [TestCase("Further reading")]
    public void OtherWaysToHeadTheReferences(string heading)
    {
        string text = Body + "\n" + References.Replace("References\n", heading + "\n", StringComparison.Ordinal).Replace("See also\nList of lighthouses of the north coast\n", "", StringComparison.Ordinal);
        var sentences = Split(text);
        Assert.That(sentences, Does.Contain(("The Lighthouses of the North Coast.", true)), heading);
    }

    [Test]
    public void AGermanArticlesEinzelnachweise()
    {
        const string text = """
            Der Leuchtturm Skerry Point steht an der Nordküste der Insel Fenn und wurde 1854 errichtet.[1] Er markiert das Riff an der Einfahrt des Sundes.
            Die Wärter lebten mit ihren Familien in zwei Häusern unterhalb des Turms.[2] Vorräte kamen alle zwei Wochen mit dem Boot.
            Seit 2004 ist das Licht gelöscht, und eine Boje mit Solarlampe ersetzt es.

            Einzelnachweise
            ↑ Brodie, A.: Bericht über die Arbeiten. Edinburgh 1856. S. 14.
            ↑ Maclean, D.: Die Leuchttürme der Nordküste. Fenn 1998. S. 40.
            """;
        var sentences = Split(text, "de");
        Assert.That(sentences.Where(s => s.Text.Contains("Leuchttürme der Nordküste", StringComparison.Ordinal)), Has.All.Matches<(string Text, bool IsHeading)>(s => s.IsHeading));
        Assert.That(sentences, Does.Contain(("Vorräte kamen alle zwei Wochen mit dem Boot.", false)));
    }

    [Test]
    public void ReferenceLinesWithABackLinkCaretAreNotContentWithoutAHeading()
    {
        string text = Body + "\n" + References.Replace("References\n", "Quellenangaben und Belege\n", StringComparison.Ordinal);
        var sentences = Split(text);
        Assert.That(sentences.Where(s => s.Text.StartsWith("^ ", StringComparison.Ordinal)), Has.All.Matches<(string Text, bool IsHeading)>(s => s.IsHeading));
        Assert.That(sentences, Does.Contain(("The Lighthouses of the North Coast.", true)), "the rest of a caret line");
        Assert.That(sentences, Does.Contain(("The island trust now opens the tower to visitors in the summer months.", false)));
    }

    [Test]
    public void ASeeAlsoHeadingEarlyInTheTextDoesNotEndIt()
    {
        // A page's "see also" box between its first paragraphs: the article goes on below it.
        string text = Body.Replace("\nHistory\n", "\nSee also\nList of lighthouses of the north coast\n\nHistory\n", StringComparison.Ordinal);
        var sentences = Split(text);
        Assert.That(sentences, Does.Contain(("The keepers lived in two cottages below the tower with their families, and supplies came by boat once a fortnight.", false)));
        Assert.That(sentences, Does.Contain(("The island trust now opens the tower to visitors in the summer months.", false)));
    }

    [Test]
    public void ACaretInsideProseIsNoBackLink()
    {
        const string text = "The area grows as x ^ 2 when the side doubles.\n^ This line starts with a caret.\nThe volume grows faster still.";
        var sentences = Split(text);
        Assert.That(sentences, Does.Contain(("^ This line starts with a caret.", false)), "one caret line is no reference list");
    }
}
