using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// Transcripts: a speaker label ("INTERVIEWER:", "[00:01:23] Marta Okonkwo:", "Q:") is a unit of its own, marked as not
/// content, and the turn's first sentence starts after it; labels are recognized only where speakers take turns.
/// </summary>
public class SpeakerLabelTests
{
    private static (string Text, bool IsHeading)[] Split(string text)
    {
        var splitter = new RuleBasedSentenceSplitter(new SentenceSplitterOptions { KeepQuotationsWhole = false });
        return splitter.Split(text).Select(s => (s.GetText(text), s.IsHeading)).ToArray();
    }

    private const string Interview = """
        [00:00:03] INTERVIEWER: Thanks for joining us. Can you tell me how the repair project started?

        [00:00:09] MARTA OKONKWO: Sure. It started in the spring of 2019, when a fisherman noticed that water was coming through the wall at low tide.

        [00:00:24] INTERVIEWER: And what did they find?

        [00:00:27] MARTA OKONKWO: Much worse than we expected. The mortar behind the lowest courses had simply gone.
        """;

    [Test]
    public void AnInterviewsLabelsAreUnitsOfTheirOwn()
    {
        var sentences = Split(Interview);
        Assert.That(sentences, Does.Contain(("[00:00:03] INTERVIEWER:", true)));
        Assert.That(sentences, Does.Contain(("[00:00:09] MARTA OKONKWO:", true)));
        Assert.That(sentences, Does.Contain(("Thanks for joining us.", false)));
        Assert.That(sentences, Does.Contain(("And what did they find?", false)));
        Assert.That(sentences, Does.Contain(("Much worse than we expected.", false)));
        Assert.That(sentences.Where(s => s.IsHeading).Select(s => s.Text), Has.All.EndsWith(":"));
    }

    [Test]
    public void APlayAndAQuestionAndAnswerPageHaveLabels()
    {
        const string play = """
            HARBOURMASTER: The tide turns in an hour. Are the boats in?
            FISHERMAN: All but the Mary Ellen. She went out past the point this morning.
            HARBOURMASTER: Then we wait for her.
            FISHERMAN: We always do.
            """;
        var sentences = Split(play);
        Assert.That(sentences.Count(s => s.IsHeading), Is.EqualTo(4));
        Assert.That(sentences, Does.Contain(("The tide turns in an hour.", false)));
        Assert.That(sentences, Does.Contain(("We always do.", false)));

        const string faq = "Q: When does the ferry run?\nA: Every hour from seven in the morning.\nQ: Can I take a bicycle?\nA: Yes, for two pounds.";
        Assert.That(Split(faq), Is.EqualTo(new[]
        {
            ("Q:", true), ("When does the ferry run?", false), ("A:", true), ("Every hour from seven in the morning.", false),
            ("Q:", true), ("Can I take a bicycle?", false), ("A:", true), ("Yes, for two pounds.", false),
        }));
    }

    [Test]
    public void AStageDirectionAfterALabelLeavesItALabel()
    {
        const string play = """
            NELL: (at the window) The lamps are lit along the quay.
            TOM: (not looking up) They light them every night.
            NELL: Not this early. Something has happened.
            TOM: (standing) Then I had better go down.
            """;
        var sentences = Split(play);
        Assert.That(sentences.Where(s => s.IsHeading).Select(s => s.Text), Is.EqualTo(new[] { "NELL:", "TOM:", "NELL:", "TOM:" }));
        Assert.That(sentences, Does.Contain(("(at the window) The lamps are lit along the quay.", false)));

        // A field written on in lower case stays a field, in parentheses or not.
        const string fields = "Input: (optional) a list of words.\nOutput: (always) the ranked phrases.\nInput: (optional) a corpus.\nOutput: (always) the weights.";
        Assert.That(Split(fields).Where(s => s.IsHeading), Is.Empty);
    }

    [Test]
    public void TheFieldsOfAReviewRoundupAreNoSpeakers()
    {
        // Repeated under every product and alternating as speakers do, but the label is part of what the line says.
        const string roundup = """
            Aster Mini
            A small speaker with a warm sound for its size.
            Pros: Loud for its size. Splashproof.
            Cons: No charger in the box.
            Verdict: The one to buy for the bathroom.
            Bellbird Two
            Bigger, heavier and much better in the bass.
            Pros: Deep bass. Twelve hours of battery.
            Cons: Too heavy for a bag.
            Verdict: A home speaker first.
            """;
        var sentences = Split(roundup);
        Assert.That(sentences.Where(s => s.IsHeading).Select(s => s.Text), Has.None.EndsWith(":"));
        Assert.That(sentences.Select(s => s.Text), Does.Contain("Cons: No charger in the box."));

        // The same alternation with people's names is a dialogue.
        string dialogue = roundup.Replace("Pros:", "Maya:").Replace("Cons:", "Tomas:").Replace("Verdict:", "Ines:");
        Assert.That(Split(dialogue).Where(s => s.IsHeading).Select(s => s.Text), Does.Contain("Maya:").And.Contain("Tomas:"));
    }

    /// <summary>Other ways transcripts write who speaks: a role in parentheses, square brackets, closed captions' chevrons.</summary>
    [TestCase("Lena Brook (Host): Today we visit the lock keepers. It is their last summer.\nOwen Price (Keeper): I started here in 1989.\nLena Brook (Host): What will happen to the cottage?\nOwen Price (Keeper): The trust will rent it out.", "Lena Brook (Host):", "Owen Price (Keeper):")]
    [TestCase("[HOST]: Today we visit the lock keepers. It is their last summer.\n[KEEPER]: I started here in 1989.\n[HOST]: What will happen to the cottage?\n[KEEPER]: The trust will rent it out.", "[HOST]:", "[KEEPER]:")]
    [TestCase(">> ANCHOR: Today we visit the lock keepers. It is their last summer.\n>> KEEPER: I started here in 1989.\n>> ANCHOR: What will happen to the cottage?\n>> KEEPER: The trust will rent it out.", ">> ANCHOR:", ">> KEEPER:")]
    public void OtherWaysToWriteALabel(string text, string first, string second)
    {
        var sentences = Split(text);
        Assert.That(sentences.Where(s => s.IsHeading).Select(s => s.Text), Is.EqualTo(new[] { first, second, first, second }));
        Assert.That(sentences, Does.Contain(("Today we visit the lock keepers.", false)));
    }

    [Test]
    public void ACourtTranscriptsQuestionAndAnswerLetters()
    {
        const string deposition = "Q. Where were you on the evening of the fourth?\nA. At the boatyard, finishing a hull.\nQ. Was anyone with you?\nA. Two apprentices, until about nine.";
        Assert.That(Split(deposition), Is.EqualTo(new[]
        {
            ("Q.", true), ("Where were you on the evening of the fourth?", false), ("A.", true), ("At the boatyard, finishing a hull.", false),
            ("Q.", true), ("Was anyone with you?", false), ("A.", true), ("Two apprentices, until about nine.", false),
        }));

        // One "A." opening a line is a list item or an initial, not an answer.
        const string list = "Choose one:\nA. Take the train to the coast and walk back.\nB. Take the bus.\nQ. Why not drive? Parking is full.";
        Assert.That(Split(list).Where(s => s.IsHeading), Is.Empty);
    }

    [Test]
    public void AWrappedTurnEndsWhereTheNextLabelStarts()
    {
        // Each turn hard-wrapped at about 60 columns: the wrap joins a turn's lines, never a turn to the next label.
        const string text = """
            Chair: The committee has read the survey of the north wall, and
            we are grateful to the divers who carried it out in such poor
            weather over the winter months
            Ms Reed: Thank you. The survey took four days in all, and the
            divers photographed every course of stone below the waterline
            Chair: How much of the wall needs new mortar behind it?
            Ms Reed: About sixty metres, most of it near the old steps.
            """;
        var sentences = Split(text).Select(s => (s.Text.ReplaceLineEndings(" "), s.IsHeading)).ToArray();
        Assert.That(sentences, Does.Contain(("The committee has read the survey of the north wall, and we are grateful to the divers who carried it out in such poor weather over the winter months", false)));
        Assert.That(sentences, Does.Contain(("Ms Reed:", true)));
        Assert.That(sentences, Does.Contain(("The survey took four days in all, and the divers photographed every course of stone below the waterline", false)));
    }

    // An automatic transcript: a speaker's name from the diarization, then the recognized words in lower case, without
    // punctuation.
    private const string AutomaticTranscript = """
        Interviewer: so how long have you been building dry stone walls up here
        Tom Hale: about thirty years now my father taught me when I was twelve and I never stopped
        Interviewer: and do you still build them the way he did
        Tom Hale: mostly yes we never put cement in a dry stone wall because it traps the water and the frost splits it
        Interviewer: what is the hardest part of the work these days
        Tom Hale: finding good stone because the two quarries near the village closed in the nineties
        """;

    [Test]
    public void AnAutomaticTranscriptsLowerCaseTurnsHaveLabels()
    {
        var sentences = Split(AutomaticTranscript);
        Assert.That(sentences.Where(s => s.IsHeading).Select(s => s.Text), Is.EqualTo(new[] { "Interviewer:", "Tom Hale:", "Interviewer:", "Tom Hale:", "Interviewer:", "Tom Hale:" }));
        Assert.That(sentences, Does.Contain(("about thirty years now my father taught me when I was twelve and I never stopped", false)));
    }

    [Test]
    public void TurnsInEitherCaseHaveLabels()
    {
        // Some recognizers capitalize a turn's first word and some do not; a typed chat mixes both.
        string mixed = AutomaticTranscript.Replace("Tom Hale: about", "Tom Hale: About").Replace("Interviewer: and", "Interviewer: And");
        Assert.That(Split(mixed).Count(s => s.IsHeading && s.Text.EndsWith(':')), Is.EqualTo(6));
    }

    [Test]
    public void AFieldListInLowerCaseHasNoSpeakers()
    {
        // Alternating as turns do, but each value is a few words: fields, not speech.
        const string beans = """
            Origin: ethiopia yirgacheffe
            Roast: light
            Notes: jasmine and lemon
            Origin: colombia huila
            Roast: medium
            Notes: caramel and red apple
            Origin: sumatra
            Roast: dark
            Notes: cedar and cocoa
            """;
        Assert.That(Split(beans).Where(s => s.IsHeading && s.Text.EndsWith(':')), Is.Empty);
    }

    [Test]
    public void AFewLowerCaseFieldLinesInALongTextHaveNoSpeakers()
    {
        // A paper's examples of roles: long lower-case values alternating as turns do, but four lines of a longer text.
        const string paper = """
            Semantic roles name the part each phrase plays in the event a verb describes.
            A verb of motion has a mover, a thing moved, a start and an end.
            The same role may appear as the subject of one sentence and the object of another.
            Annotators marked the roles of four thousand verbs in news text over two years.
            The examples below show two roles for the verb open.
            Agent: the person who opens the gate with the key she was given
            Theme: the gate that is opened by the person with the key
            Agent: the storm that knocked down the old fence in the night
            Theme: the fence that the storm knocked down in the night
            Each example keeps the role even when the sentence is passive.
            Agreement between the annotators was high for agents and lower for themes.
            Most disagreements concerned verbs with more than one sense.
            A second pass resolved them with the help of a sense inventory.
            The corpus is available for research under a free licence.
            Later work added nouns that describe events, such as destruction and opening.
            """;
        var sentences = Split(paper);
        Assert.That(sentences.Where(s => s.IsHeading && s.Text.EndsWith(':')), Is.Empty);
        Assert.That(sentences.Select(s => s.Text), Does.Contain("Agent: the person who opens the gate with the key she was given"));
    }

    [TestCase("Note: the figures below are provisional.\nThe council met on Monday.\nUpdate: the meeting was moved to Tuesday.\nLONDON: Ministers said the plan would go ahead.")]
    [TestCase("Input: a list of words.\nInput: a corpus of news text.\nInput: the weights from the first stage.\nOutput: the ranked collocations.")]
    [TestCase("Photo: Tom Reid/Coastal Press\nThe harbour at dawn.\nPhoto: Tom Reid/Coastal Press\nThe boats coming in.\nSource: Harbour Trust\nSource: Harbour Trust")]
    [TestCase("It was a hard year for the harbour. The result was clear\nenough: the wall needed work. The cost was\nhigh: more than a million pounds. The answer was\nsimple: wait for the grant.")]
    public void LinesThatAreNoTurnsKeepTheirColons(string text)
    {
        // Labels of one kind repeated (a field list), one-off notes and datelines, photo credits, and a wrapped sentence
        // whose next line opens with a lower-case word and a colon: none is a dialogue.
        Assert.That(Split(text).Where(s => s.IsHeading && s.Text.EndsWith(':')), Is.Empty);
    }

    [Test]
    public void SubtitleTimingsReadAsTextStayWholeLines()
    {
        const string srt = "1\n00:00:01,000 --> 00:00:04,000\nThe ferry leaves at nine.\n\n2\n00:00:04,500 --> 00:00:07,000\nIt returns at six.\n\n"
            + "3\n00:00:07,500 --> 00:00:09,000\nTickets are sold on board.\n";
        var sentences = Split(srt).Select(s => s.Text).ToArray();
        Assert.That(sentences, Does.Contain("00:00:04,500 --> 00:00:07,000"));
        Assert.That(sentences, Does.Contain("It returns at six."));
    }

    [Test]
    public void AFrenchTranscriptWithASpaceBeforeTheColon()
    {
        const string text = "JOURNALISTE : Quand les travaux commencent-ils ?\nMARIE DUPONT : En mai, si le temps le permet.\n"
            + "JOURNALISTE : Et combien de temps dureront-ils ?\nMARIE DUPONT : Deux étés au moins.";
        var splitter = new RuleBasedSentenceSplitter(new SentenceSplitterOptions { Language = "fr" });
        var sentences = splitter.Split(text).Select(s => (s.GetText(text), s.IsHeading)).ToArray();
        Assert.That(sentences, Does.Contain(("MARIE DUPONT :", true)));
        Assert.That(sentences, Does.Contain(("En mai, si le temps le permet.", false)));
        Assert.That(sentences, Does.Contain(("Et combien de temps dureront-ils ?", false)));
    }
}
