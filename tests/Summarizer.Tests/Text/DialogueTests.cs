using Summarizer.Layout;
using Summarizer.Text;

namespace Summarizer.Tests.Text;

/// <summary>
/// Transcripts of speakers taking turns are summarized by what their speakers state: not by the greetings that open
/// them, the thanks that close them, or the questions that ask.
/// </summary>
public class DialogueTests
{
    private static readonly SummarizerPipeline Pipeline = new SummarizerPipelineBuilder().Build();

    /// <summary>A transcript, and the sentences of it that are ritual or questions, which a summary should not hold.</summary>
    public sealed record Transcript(string Name, string Text, Language Language, string[] NotInSummary)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Transcript> Transcripts() =>
    [
        new("radio interview, upper-case labels",
            """
            PRESENTER: Good morning and welcome to Farm Week. I'm joined in the studio by Tomasz Wrona, who grows apples near Evesham. Tomasz, thanks for coming in.
            TOMASZ: Thanks for having me.
            PRESENTER: How was this year's harvest?
            TOMASZ: It was the smallest in twelve years. A frost in late April killed most of the blossom on the early varieties, so we picked about forty tonnes where we would expect a hundred.
            PRESENTER: Did insurance cover it?
            TOMASZ: Only partly. Frost cover is expensive, and the policy paid out on the trees we had netted, which is less than a third of the orchard.
            PRESENTER: What are you changing for next year?
            TOMASZ: We are planting later-flowering varieties on the lower slopes, where the cold air settles, and we have bought two wind machines that mix warmer air down into the rows on frosty nights.
            PRESENTER: Tomasz Wrona, thank you.
            TOMASZ: Thank you.
            """,
            Language.English,
            ["Good morning and welcome to Farm Week.", "Tomasz, thanks for coming in.", "Thanks for having me.", "How was this year's harvest?",
             "Did insurance cover it?", "What are you changing for next year?", "Tomasz Wrona, thank you."]),
        new("question and answer page",
            """
            Q: Thank you for agreeing to talk to us.
            A: You're welcome.
            Q: What does the new library card give members?
            A: It gives free access to the county's online newspaper archive, which goes back to 1851, and lets members book the study rooms on the second floor.
            Q: Does it cost anything?
            A: The card is free for residents. People who live outside the county pay twelve pounds a year.
            Q: When does it start?
            A: Cards can be collected from the first of September at any branch, on showing a bill with a local address.
            Q: Thanks again.
            A: Bye for now.
            """,
            Language.English,
            ["Thank you for agreeing to talk to us.", "You're welcome.", "What does the new library card give members?", "Does it cost anything?",
             "When does it start?", "Thanks again.", "Bye for now."]),
        new("parish meeting with time stamps",
            """
            [00:00:03] Chair: Hello everyone, and thank you for braving the rain. Can the people at the back hear me?
            [00:00:08] Resident: We can, yes.
            [00:00:10] Chair: Good. The only item tonight is the plan to turn the old bowling green into allotments. The council has offered a lease of twenty-five years at a peppercorn rent.
            [00:00:24] Resident: Who would look after the water supply?
            [00:00:27] Chair: The allotment society would. It has agreed to pay for a metered standpipe and to collect a yearly fee from each plot holder.
            [00:00:39] Resident: How many plots would there be?
            [00:00:41] Chair: Thirty-two full plots and eight half plots, with two raised beds kept for wheelchair users.
            [00:00:52] Resident: That sounds fair.
            [00:00:54] Chair: Thank you all. We will vote at the next meeting.
            """,
            Language.English,
            ["Hello everyone, and thank you for braving the rain.", "Can the people at the back hear me?", "Who would look after the water supply?",
             "How many plots would there be?", "Thank you all."]),
        new("hearing with titled speakers",
            """
            THE CHAIR: Welcome, Ms. Adeyemi. Please begin when you are ready.
            MS. ADEYEMI: Thank you, Madam Chair. The inspection found that four of the eleven care homes in the district had not tested their fire alarms in the past year.
            THE CHAIR: Were the residents at risk?
            MS. ADEYEMI: In two homes, yes. The alarms on the upper floors did not sound during our test, and the night staff had not been trained to evacuate residents who cannot walk.
            THE CHAIR: What has been done since?
            MS. ADEYEMI: Both homes replaced their alarm panels within a month, and every home in the district must now send us a test record every quarter.
            THE CHAIR: Thank you, Ms. Adeyemi.
            """,
            Language.English,
            ["Welcome, Ms. Adeyemi.", "Thank you, Madam Chair.", "Were the residents at risk?", "What has been done since?", "Thank you, Ms. Adeyemi."]),
        new("labels on a line of their own",
            """
            HOST:
            Hi, and welcome back to the programme.
            GUEST:
            Hello, it's good to be back.
            HOST:
            Your survey of city trees has just been published. What did it find?
            GUEST:
            The city has lost about nine hundred street trees in five years, mostly old plane trees removed during pavement works.
            HOST:
            Are they being replaced?
            GUEST:
            Only one in three. Young trees planted in narrow pits die in their first dry summer unless someone waters them every week.
            HOST:
            Thanks so much for joining us.
            GUEST:
            Thank you.
            """,
            Language.English,
            ["Hi, and welcome back to the programme.", "Hello, it's good to be back.", "What did it find?", "Are they being replaced?",
             "Thanks so much for joining us."]),
        new("deposition",
            """
            Q. Good morning. Please state your name for the record.
            A. Hello. My name is Colm Brady.
            Q. Where were you on the evening of March the fourth?
            A. I was at the boatyard on Quay Street until about nine, finishing the hull of a fishing boat with two apprentices.
            Q. Did anyone else come to the yard?
            A. A delivery van came at about eight with timber from the sawmill in Kinvara, and the driver stayed for twenty minutes.
            Q. Thank you. No further questions.
            """,
            Language.English,
            ["Good morning.", "Please state your name for the record.", "Hello.", "Where were you on the evening of March the fourth?",
             "Did anyone else come to the yard?", "Thank you.", "No further questions."]),
        new("German interview",
            """
            REPORTERIN: Herzlich willkommen, Frau Brandt.
            BRANDT: Danke für die Einladung.
            REPORTERIN: Wie viele Fahrgäste nutzen die neue Buslinie?
            BRANDT: Im ersten Monat waren es gut viertausend Fahrgäste pro Tag, doppelt so viele, wie der Verkehrsverbund erwartet hatte.
            REPORTERIN: Woran liegt das?
            BRANDT: Die Linie fährt alle zehn Minuten und verbindet die beiden Kliniken direkt mit dem Hauptbahnhof, ohne Umsteigen.
            REPORTERIN: Vielen Dank für das Gespräch.
            BRANDT: Gerne.
            """,
            Language.German,
            ["Herzlich willkommen, Frau Brandt.", "Danke für die Einladung.", "Wie viele Fahrgäste nutzen die neue Buslinie?", "Woran liegt das?",
             "Vielen Dank für das Gespräch."]),
        new("podcast transcript, numbered speakers and the time of each turn",
            """
            Speaker 1 (00:00):
            Welcome back to Field Notes. My guest today is Ruth Amberley, who has counted the swifts nesting in the town's church towers for twenty years.

            Speaker 2 (00:11):
            Thanks for having me.

            Speaker 1 (00:13):
            How many pairs nest in the towers now?

            Speaker 2 (00:16):
            Last summer we counted fourteen pairs, against more than sixty when I started. Most of the old nest holes were blocked when the towers were repointed.

            Speaker 1 (00:31):
            Can anything be done?

            Speaker 2 (00:34):
            Yes. Nest boxes fitted inside the louvres work well, and the birds found the first six boxes we put up within a fortnight.

            Speaker 1 (00:49):
            Ruth Amberley, thank you.
            """,
            Language.English,
            ["Welcome back to Field Notes.", "Thanks for having me.", "How many pairs nest in the towers now?", "Can anything be done?", "Ruth Amberley, thank you."]),
    ];

    [TestCaseSource(nameof(Transcripts))]
    public void ATranscriptOfTurnsIsADialogue(Transcript transcript)
    {
        Document document = Pipeline.Analyze(transcript.Text);
        Assert.That(LayoutDetector.Detect(document), Is.EqualTo(TextLayout.Dialogue));
    }

    [TestCaseSource(nameof(Transcripts))]
    public void TheSummaryStatesWhatTheSpeakersSaidNotTheirGreetingsOrQuestions(Transcript transcript)
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseLanguage(transcript.Language).Build();
        Summary summary = pipeline.Summarize(transcript.Text, SummaryLength.Sentences(2));

        Assert.Multiple(() =>
        {
            Assert.That(summary.Layout, Is.EqualTo(TextLayout.Dialogue));
            Assert.That(summary.Sentences, Has.Count.EqualTo(2));
            foreach (ScoredSentence sentence in summary.Sentences)
            {
                Assert.That(transcript.NotInSummary, Has.No.Member(sentence.Text));
                Assert.That(sentence.Text, Does.Not.EndWith(":"), "a speaker's label is not a sentence of the summary");
                Assert.That(transcript.Text.Substring(sentence.Span.Start, sentence.Span.Length), Is.EqualTo(sentence.Text));
            }
        });
    }

    [Test]
    public void AsProseTheSameTranscriptKeepsItsLead()
    {
        // The switch between the two readings is the layout: as prose, the opening greeting is the lead and is chosen.
        Transcript interview = Transcripts().First();
        Summary prose = new SummarizerPipelineBuilder().UseLineLists(new LineListOptions { Layout = LayoutMode.Prose }).Build().Summarize(interview.Text, SummaryLength.Sentences(3));
        Assert.Multiple(() =>
        {
            Assert.That(prose.Layout, Is.EqualTo(TextLayout.Prose));
            Assert.That(prose.Sentences.Select(s => s.Text), Has.Some.AnyOf(interview.NotInSummary));
        });
    }

    [Test]
    public void ADialogueHasNoLeadSoTheOrderOfItsExchangesDoesNotChooseTheSummary()
    {
        string[][] exchanges =
        [
            ["INTERVIEWER: How long did the restoration take?", "ARCHITECT: Four years, twice what we planned, because the roof timbers were rotten under the lead."],
            ["INTERVIEWER: What did you keep?", "ARCHITECT: Every timber we could save, and the original lead, melted down and recast on site in the old way."],
            ["INTERVIEWER: What was new?", "ARCHITECT: A heat pump in the crypt, which now warms the whole building through the old iron grilles in the floor."],
            ["INTERVIEWER: Who paid for it?", "ARCHITECT: The heritage fund paid most of the cost, and the parish raised the rest with a roof-tile appeal that sold every tile."],
        ];
        static string[] Chosen(IEnumerable<string[]> order)
        {
            string text = string.Join("\n", order.SelectMany(pair => pair));
            return Pipeline.Summarize(text, SummaryLength.Sentences(2)).Sentences.Select(s => s.Text).Order(StringComparer.Ordinal).ToArray();
        }

        Assert.That(Chosen(exchanges.Reverse()), Is.EqualTo(Chosen(exchanges)));
    }

    [Test]
    public void AnInterviewersFramingWaitsForTheAnswers()
    {
        // The host's statements share the most words with the rest, but the host's part is to ask.
        const string text = """
            HOST: The county council voted last night to close the central library on Sundays to save money. Why does Sunday opening matter?
            LIBRARIAN: Sunday is our busiest day for families, and about four hundred children a week use the homework room then.
            HOST: The council says the library costs too much to open on Sundays. How much does Sunday opening cost?
            LIBRARIAN: About sixty thousand pounds a year, mostly for the extra staff, which is less than the council spends on the car park.
            HOST: The council also says the savings would protect the mobile library. Can anything change the decision?
            LIBRARIAN: A petition with five thousand names forces a second vote, and we have nearly three thousand already.
            """;
        Summary summary = Pipeline.Summarize(text, SummaryLength.Sentences(3));
        Assert.That(summary.Sentences.Select(s => s.Text), Has.All.Not.Contains("council says").And.All.Not.StartsWith("The county council voted"));
    }

    [Test]
    public void WhereQuestionsComeFromAllSidesThereIsNoInterviewer()
    {
        // Two councillors argue and each asks the other: both sides' statements can be chosen.
        const string text = """
            AMARA: The bridge repair will close the high street for six weeks in June. Have you asked the shops what that will cost them?
            BEN: I have, and most would rather have six weeks of closure than a year of single-lane traffic. Have you asked the bus company?
            AMARA: The bus company will divert the number four through the estate, which adds ten minutes to every journey. Is that acceptable?
            BEN: For six weeks, yes, and the council will pay for extra buses at school times. Why not start in August instead?
            """;
        bool[] last = DialogueTurns.ChosenLast(Pipeline.Analyze(text));
        Document document = Pipeline.Analyze(text);
        string[] eligible = Enumerable.Range(0, last.Length).Where(i => !last[i] && !document.Sentences[i].IsHeading).Select(document.GetText).ToArray();
        Assert.That(eligible, Has.Some.StartsWith("The bridge repair").And.Some.StartsWith("I have,"));
    }

    [TestCase(Language.English, "Thanks to the new fences, the fish came back within two summers.", false)]
    [TestCase(Language.English, "Thanks for coming in today.", true)]
    [TestCase(Language.German, "Dank der neuen Linie fahren jetzt doppelt so viele Menschen mit dem Bus.", false)]
    [TestCase(Language.German, "Vielen Dank für das Gespräch.", true)]
    [TestCase(Language.Spanish, "Gracias a la lluvia de marzo, el embalse está lleno.", false)]
    [TestCase(Language.Spanish, "Muchas gracias por venir.", true)]
    public void AWordOfThanksIsAFormulaUnlessItSaysWhy(Language language, string sentence, bool formula)
    {
        Document document = new SummarizerPipelineBuilder().UseLanguage(language).Build().Analyze(sentence);
        Assert.That(Formulas.IsFormula(document, 0), Is.EqualTo(formula));
    }

    [Test]
    public void GreetingsAndQuestionsAreChosenWhenNothingElseIsLeft()
    {
        const string text = """
            ANNA: Hello, Ben, and welcome to the team meeting.
            BEN: Thank you, Anna, glad to be here.
            ANNA: Shall we start with the budget?
            BEN: Could we take the schedule first?
            """;
        Summary summary = Pipeline.Summarize(text, SummaryLength.Sentences(2));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Layout, Is.EqualTo(TextLayout.Dialogue));
            Assert.That(summary.Sentences, Has.Count.EqualTo(2));
        });
    }

    [Test]
    public void ForcedDialogueLeavesOutQuestionsOfUnlabeledText()
    {
        const string text = "Why do rivers flood in spring? Snow melts in the hills faster than the channels can carry it away. "
            + "What can towns do about it? Planting trees upstream slows the water, and wide meadows beside the river hold it for weeks.";
        Summary summary = new SummarizerPipelineBuilder().UseLineLists(new LineListOptions { Layout = LayoutMode.Dialogue }).Build().Summarize(text, SummaryLength.Sentences(2));
        Assert.Multiple(() =>
        {
            Assert.That(summary.Layout, Is.EqualTo(TextLayout.Dialogue));
            Assert.That(summary.Sentences.Select(s => s.Text), Has.None.EndsWith("?"));
        });
    }

    [Test]
    public void AnAutomaticTranscriptInLowerCaseIsADialogueSummarizedWithoutItsLabels()
    {
        const string text = """
            Host: welcome back to the garden hour I am here with the beekeeper Ana Ruiz
            Ana Ruiz: thanks for having me
            Host: how did the bees come through the wet spring this year
            Ana Ruiz: badly to be honest we lost four of our twelve colonies because the rain kept the foragers in for most of May
            Host: what do you feed them when they cannot fly
            Ana Ruiz: we give them sugar syrup and a frame of stored honey from the strongest hives so that no colony starves
            Host: Ana Ruiz thank you
            """;
        Document document = Pipeline.Analyze(text);
        Summary summary = Pipeline.Summarize(text, SummaryLength.Sentences(2));

        Assert.That(LayoutDetector.Detect(document), Is.EqualTo(TextLayout.Dialogue));
        Assert.That(summary.Sentences, Has.Count.EqualTo(2));
        Assert.That(summary.Sentences.Select(s => s.Text), Has.None.Contain(":"), "labels are not the summary's words");
        Assert.That(summary.Sentences.Select(s => s.Text), Has.None.EqualTo("thanks for having me"));
    }

    /// <summary>Texts with colons after a capitalized word that are not speakers taking turns.</summary>
    [TestCase("""
        The museum reopens on Saturday after a two-year renovation. Its new wing holds the textile collection.
        Note: The café stays closed until June.
        Visitors must book a time slot online. Entry remains free for children under twelve.
        """, TestName = "an article with one note")]
    [TestCase("""
        Name: Harriet Osei
        Email: h.osei@example.org
        Name: Daniel Kim
        Email: d.kim@example.org
        Name: Lucia Ferrante
        Email: l.ferrante@example.org
        """, TestName = "a list of fields")]
    [TestCase("""
        The mayor spoke first and the treasurer second.
        Mayor: We will finish the bridge by winter.
        Treasurer: The money is already set aside.
        Both were applauded, and the council voted for the plan that evening.
        """, TestName = "two speakers quoted once each")]
    [TestCase("""
        Harbour Town came from behind to beat Millbrook 3-2 in a cup tie that turned on two late substitutions.
        Millbrook led at half-time through a header from their captain, and doubled the lead soon after the break.
        The home side's manager sent on two forwards with twenty minutes left, and both scored within ten minutes.
        The winner came in stoppage time, a low shot from the edge of the box that slipped under the goalkeeper.
        Harbour Town play the league leaders away in the next round.
        Harbour Town: Price, Okafor, Lund, Mears, Sato, Grey, Baptiste, Hale, Ruiz, Dunn, Kerr.
        Subs Not Used: Abbott, Fenn.
        Booked: Lund, Hale.
        Millbrook: Vance, Ito, Pryce, Moss, Oduya, Lake, Stroud, Finch, Nolan, Reid, Webb.
        Subs Not Used: Cole, Ashby.
        Booked: Moss, Finch, Webb.
        """, TestName = "a match report ending in team sheets")]
    public void TextWithoutTurnsIsNoDialogue(string text)
    {
        Assert.That(LayoutDetector.Detect(Pipeline.Analyze(text)), Is.Not.EqualTo(TextLayout.Dialogue));
    }

    [Test]
    public void TheLayoutIsReadOnlyByTheDefaultMethod()
    {
        Transcript interview = Transcripts().First();
        Summary lead = new SummarizerPipelineBuilder().UseAlgorithm("lead").Build().Summarize(interview.Text, SummaryLength.Sentences(2));
        Assert.That(lead.Layout, Is.EqualTo(TextLayout.Prose));
    }
}
