using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// An e-mail or newsletter copied as text: the sender's signature, the earlier message a reply quotes and a mailing
/// list's footer come after the message and are not content.
/// </summary>
public class MailFurnitureTests
{
    private static readonly SummarizerPipeline Pipeline = new SummarizerPipelineBuilder().Build();

    private static (string Text, bool IsHeading)[] Split(string text, string language = "en") =>
        new RuleBasedSentenceSplitter(new SentenceSplitterOptions { Language = language }).Split(text).Select(s => (s.GetText(text), s.IsHeading)).ToArray();

    private static string[] Content(string text, string language = "en") => Split(text, language).Where(s => !s.IsHeading).Select(s => s.Text).ToArray();

    private const string Message = """
        Hello everyone,

        The boatyard has agreed to lift all the club's dinghies out of the water on the last Saturday of October, a week earlier than last year. Owners who cannot be there should leave their keys with the harbour office by Thursday.

        The yard will charge the same rate as last year for winter storage, and the trailers will be parked along the north fence. Please label each trailer with the boat's name.

        Best wishes,
        Iona
        """;

    private const string Reply = """

        --
        Iona Baird
        Secretary, Loch Fenn Sailing Club
        Tel. 01234 987654

        This message is confidential and meant only for the people it is addressed to. If it reached you in error, please tell the sender and delete it.

        On Tue, 14 Oct 2025 at 09:41, Callum Reid <callum@fennsailing.example> wrote:
        > Iona, has the boatyard given us a date for the lift-out yet? Several owners
        > want to book their trailers and I would rather tell them something definite
        > before the committee meets next week.
        """;

    [Test]
    public void ASignatureADisclaimerAndTheQuotedMessageAreNotContent()
    {
        string[] content = Content(Message + Reply);
        Assert.That(content, Does.Contain("Please label each trailer with the boat's name."));
        Assert.That(content, Has.None.Contains("confidential"));
        Assert.That(content, Has.None.Contains("Iona, has the boatyard given us a date"));
        Assert.That(content, Has.None.Contains("Secretary, Loch Fenn"));
    }

    [Test]
    public void TheSummaryOfAReplyComesFromItsMessage()
    {
        Summary summary = Pipeline.Summarize(Message + Reply, SummaryLength.Sentences(3));
        Assert.That(summary.Sentences.Select(s => s.Text), Has.All.Matches<string>(t => Message.Contains(t, StringComparison.Ordinal)));
    }

    [Test]
    public void TheStandardSignatureDelimiterCountsAnywhereAfterTheMessage()
    {
        // "-- " with its space, above a long signature and a long quoted message: the delimiter is in the first half.
        string quoted = string.Concat(Enumerable.Repeat("> The committee will meet in the clubhouse at seven, and the agenda is attached to this message.\n", 12));
        string text = Message + "\n-- \nIona Baird\nLoch Fenn Sailing Club\n\n" + quoted;
        string[] content = Content(text);
        Assert.That(content, Does.Contain("Please label each trailer with the boat's name."));
        Assert.That(content, Has.None.Contains("agenda is attached"));
    }

    [Test]
    public void AnOutlookReplysOriginalMessage()
    {
        string text = Message + """

            -----Original Message-----
            From: Callum Reid
            Sent: 14 October 2025 09:41
            To: Iona Baird
            Subject: Lift-out date

            Iona, has the boatyard given us a date for the lift-out yet? Several owners want to book their trailers.
            """;
        string[] content = Content(text);
        Assert.That(content, Does.Contain("Please label each trailer with the boat's name."));
        Assert.That(content, Has.None.Contains("Several owners want to book"));
    }

    [Test]
    public void AGermanReplysAttribution()
    {
        const string text = """
            Hallo zusammen,

            die Werft holt alle Jollen des Vereins am letzten Samstag im Oktober aus dem Wasser. Wer nicht dabei sein kann, gibt seinen Schlüssel bis Donnerstag im Hafenbüro ab.

            Viele Grüße
            Iona

            Am 14.10.2025 um 09:41 schrieb Callum Reid <callum@fennsailing.example>:
            > Gibt es schon einen Termin für das Auskranen? Mehrere Eigner wollen ihre Trailer buchen.
            """;
        string[] content = Content(text, "de");
        Assert.That(content, Does.Contain("Wer nicht dabei sein kann, gibt seinen Schlüssel bis Donnerstag im Hafenbüro ab."));
        Assert.That(content, Has.None.Contains("Mehrere Eigner"));
    }

    [Test]
    public void ANewslettersFooterIsNotContent()
    {
        const string text = """
            View this email in your browser

            THE HARBOUR LETTER
            Number 48, October 2025

            The club's dinghies come out of the water on the last Saturday of October, a week earlier than last year. Owners who cannot be there should leave their keys at the harbour office.

            The new pontoon at the east quay is finished, and visiting boats can now stay for up to three nights. The harbour master asks visitors to call on channel twelve before they come in.

            The winter talks start in November with a talk on the wrecks of the sound by the diver Morag Innes.

            That is all for this month. See you on the water!

            You are receiving this email because you joined the Harbour Letter at the club's open day.
            Unsubscribe | Update your preferences
            Copyright 2025 Loch Fenn Sailing Club. All rights reserved.
            """;
        string[] content = Content(text);
        Assert.That(content, Does.Contain("The harbour master asks visitors to call on channel twelve before they come in."));
        Assert.That(content, Has.None.Contains("You are receiving this email"));
        Assert.That(content, Has.None.Contains("All rights reserved"));
    }

    [Test]
    public void AnArticleQuotingWhatSomeoneWroteKeepsItsEnd()
    {
        // "wrote:" at a line's end, but no time and no address: an article's quotation, not a reply's attribution.
        const string text = """
            The harbour board has delayed the dredging of the east channel until the spring, citing the cost of fuel.
            The decision angered the fishermen's association, whose boats ground on the bar at low water.
            On its website the association wrote:
            "Every month of delay costs our members a week of fishing, and the board knows it."
            The board will meet the association on Friday to discuss a partial dredge before the winter.
            """;
        string[] content = Content(text);
        Assert.That(content, Does.Contain("The board will meet the association on Friday to discuss a partial dredge before the winter."));
    }

    [Test]
    public void AnArticleAboutUnsubscribingKeepsItsEnd()
    {
        const string text = """
            The regulator has fined a ticket agency for making it hard to leave its mailing list.

            Customers complained that the agency's emails had no working link, and that the only way to stop them was to call a number that was seldom answered.

            The agency said it had fixed the problem and that every email now carries a link to unsubscribe in one click, as the law requires of any company that sends marketing by email.
            """;
        string[] content = Content(text);
        Assert.That(content, Has.Some.Contains("unsubscribe in one click"));
    }

    [Test]
    public void TwoDashesBetweenAnArticlesSectionsEarlyInTheTextAreNoSignature()
    {
        const string text = """
            The ferry timetable changes on Monday.
            --
            Morning boats

            The first boat leaves at 7:40 instead of 8:00, so that pupils reach the mainland school before the bell rings.
            The second morning boat keeps its time, and the Saturday boats are unchanged.

            Evening boats

            The evening return leaves the mainland at 17:30 as before, and a late boat runs on Fridays in the summer.
            Tickets can be bought on board or at the harbour office, and season tickets are half price for pupils.
            """;
        string[] content = Content(text);
        Assert.That(content, Does.Contain("The second morning boat keeps its time, and the Saturday boats are unchanged."));
    }
}
