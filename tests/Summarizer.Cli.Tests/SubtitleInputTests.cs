using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Cli.Tests;

/// <summary>
/// Subtitle files (SubRip and WebVTT) are summarized by their dialogue: no cue number, timing, tag or sound description
/// reaches a sentence, sentences that run over several cues are whole, and the offsets refer to the dialogue text that
/// the JSON output carries.
/// </summary>
public class SubtitleInputTests
{
    // A short talk on a town's water supply as a SubRip file: sentences run over cues, a cue is pinned to the top of the
    // screen ({\an8}), lines are in italics, and a sound is described for the hard of hearing.
    private const string Talk = """
        1
        00:00:00,500 --> 00:00:03,900
        Good evening, and thank you all
        for coming out on such a wet night.

        2
        00:00:04,100 --> 00:00:08,000
        Tonight I want to talk about the water
        that comes out of your kitchen tap,

        3
        00:00:08,200 --> 00:00:11,600
        where it starts, and why the council
        wants to spend eleven million pounds on it.

        4
        00:00:11,800 --> 00:00:12,900
        [audience murmurs]

        5
        00:00:13,100 --> 00:00:17,400
        {\an8}Most of our water comes from the reservoir
        above Hollins Moor, built in 1908.

        6
        00:00:17,600 --> 00:00:21,800
        Its dam is sound, but the pipes that
        carry the water down into the valley

        7
        00:00:22,000 --> 00:00:26,300
        are cast iron, and they now lose nearly
        a fifth of everything we treat.

        8
        00:00:26,500 --> 00:00:31,000
        <i>A fifth.</i> That is enough water
        for every home in Millbrook and Eastleigh.

        9
        00:00:31,200 --> 00:00:35,700
        The plan is to reline the worst four miles
        over the next three summers,

        10
        00:00:35,900 --> 00:00:40,100
        starting with the main under Station Road
        in June.

        11
        00:00:40,300 --> 00:00:44,000
        Bills will rise by about four pounds a year
        while the work goes on.

        12
        00:00:44,200 --> 00:00:47,500
        ♪ ♪

        13
        00:00:47,700 --> 00:00:51,900
        I will take your questions after the break,
        and the full plan is in the library.
        """;

    private const string Lecture = """
        WEBVTT
        Kind: captions
        Language: en

        NOTE
        Transcribed for the open evening; speaker names are tagged.

        STYLE
        ::cue { color: yellow; }

        intro-1
        00:00.000 --> 00:04.200 align:start position:10%
        <v Dr Okafor>Welcome to the first lecture
        on the history of the canal network.

        intro-2
        00:04.400 --> 00:08.900
        <v Dr Okafor>The canals were dug by hand
        between 1760 and 1830, mostly by

        00:09.100 --> 00:13.000
        <v Dr Okafor>travelling labourers who moved
        from one cutting to the next.

        00:13.200 --> 00:17.500
        <c.loud>Barges carried coal &amp; grain</c>
        at about three miles an hour.

        00:17.700 --> 00:22.000
        The railways took most of that trade
        within fifty years of the first line.
        """;

    // One folder for the fixture's files (their names matter: the extension selects the input kind), removed after.
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "summarizer-subtitles-" + Guid.NewGuid().ToString("N"));

    [OneTimeTearDown]
    public void RemoveFiles()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private string WriteFile(string name, string content)
    {
        string dir = Path.Combine(_folder, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static readonly Regex CueMarkup = new(@"-->|\d\d:\d\d[,.]\d|\{\\|<[a-z/]|^\d+$|\[audience|♪|WEBVTT|NOTE|::cue", RegexOptions.Multiline);

    [Test]
    public void ASubRipFileIsSummarizedByItsDialogue()
    {
        string path = WriteFile("talk.srt", Talk);
        var result = CliRunner.Run("", path, "--format", "json", "-n", "3");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement root = json.RootElement;
        Assert.That(root.GetProperty("options").GetProperty("input").GetString(), Is.EqualTo("subtitles"));
        string dialogue = root.GetProperty("text").GetString()!;
        Assert.That(CueMarkup.IsMatch(dialogue), Is.False, dialogue);
        JsonElement[] sentences = root.GetProperty("sentences").EnumerateArray().ToArray();
        Assert.That(sentences, Has.Length.EqualTo(3));
        foreach (JsonElement s in sentences)
        {
            string text = s.GetProperty("text").GetString()!;
            Assert.That(dialogue.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()), Is.EqualTo(text), "offsets refer to the dialogue");
            Assert.That(text, Does.Match(@"^[A-Z<]"), "a sentence starts where one starts, not inside a cue: " + text);
            Assert.That(text, Does.Match(@"[.?!]$"), "a sentence runs on over the cues to its end: " + text);
        }
    }

    [Test]
    public void SentencesThatRunOverCuesAreWhole()
    {
        string path = WriteFile("talk.srt", Talk);
        var result = CliRunner.Run("", "sentences", path);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Does.Contain("Tonight I want to talk about the water that comes out of your kitchen tap, where it starts, and why the council wants to spend eleven million pounds on it."));
        Assert.That(result.Lines, Does.Contain("Its dam is sound, but the pipes that carry the water down into the valley are cast iron, and they now lose nearly a fifth of everything we treat."));
        Assert.That(result.Lines, Does.Contain("The plan is to reline the worst four miles over the next three summers, starting with the main under Station Road in June."));
        Assert.That(result.Lines, Does.Contain("Most of our water comes from the reservoir above Hollins Moor, built in 1908."));
        Assert.That(result.Lines.Any(l => CueMarkup.IsMatch(l)), Is.False, string.Join("\n", result.Lines));
    }

    [Test]
    public void EachSentenceCarriesTheTimesItIsSpoken()
    {
        // From the start of the cue a sentence begins in to the end of the cue it ends in: a summary can link to the
        // moments of the recording.
        string path = WriteFile("talk.srt", Talk);
        var result = CliRunner.Run("", "sentences", path, "--format", "json");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        var times = result.Lines.Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(e => e.GetProperty("text").GetString()!.ReplaceLineEndings(" "), e => (e.GetProperty("from").GetString(), e.GetProperty("to").GetString()));
        Assert.That(times["Tonight I want to talk about the water that comes out of your kitchen tap, where it starts, and why the council wants to spend eleven million pounds on it."],
            Is.EqualTo(("00:00:04.100", "00:00:11.600")));
        Assert.That(times["Good evening, and thank you all for coming out on such a wet night."], Is.EqualTo(("00:00:00.500", "00:00:03.900")));
        Assert.That(times["I will take your questions after the break, and the full plan is in the library."], Is.EqualTo(("00:00:47.700", "00:00:51.900")));

        var summary = CliRunner.Run("", path, "--format", "json", "-n", "2");
        using JsonDocument json = JsonDocument.Parse(summary.Out);
        Assert.That(json.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("from").GetString()), Has.All.Match(@"^\d\d:\d\d:\d\d\.\d{3}$"));
    }

    [Test]
    public void WebVttTimesWithoutHoursAreRead()
    {
        var result = CliRunner.Run(Lecture, "sentences", "-", "--format", "json");
        JsonElement last = JsonDocument.Parse(result.Lines[^1]).RootElement;
        Assert.That((last.GetProperty("from").GetString(), last.GetProperty("to").GetString()), Is.EqualTo(("00:00:17.700", "00:00:22.000")));
        JsonElement second = JsonDocument.Parse(result.Lines[1]).RootElement;
        Assert.That((second.GetProperty("from").GetString(), second.GetProperty("to").GetString()), Is.EqualTo(("00:00:04.400", "00:00:13.000")));
    }

    [Test]
    public void PlainTextHasNoTimes()
    {
        var result = CliRunner.Run("The ferry leaves at nine. It returns at six.", "sentences", "-", "--format", "json");
        Assert.That(result.Out, Does.Not.Contain("\"from\""));
    }

    [Test]
    public void AWebVttFileFromStandardInputIsRecognized()
    {
        var result = CliRunner.Run(Lecture, "sentences", "-");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Is.EqualTo(new[]
        {
            "Welcome to the first lecture on the history of the canal network.",
            "The canals were dug by hand between 1760 and 1830, mostly by travelling labourers who moved from one cutting to the next.",
            "Barges carried coal & grain at about three miles an hour.",
            "The railways took most of that trade within fifty years of the first line.",
        }));
    }

    [Test]
    public void TextInputKeepsTheFileAsItIs()
    {
        // --input text is the way to read a file that only looks like subtitles: nothing is removed.
        string path = WriteFile("talk.srt", Talk);
        var result = CliRunner.Run("", "sentences", path, "--input", "text");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Does.Contain("00:00:00,500 --> 00:00:03,900"));
    }

    [Test]
    public void SubtitlesWithoutDialogueAreAOneLineError()
    {
        const string onlyMusic = "1\n00:00:01,000 --> 00:00:05,000\n♪ ♪\n\n2\n00:00:05,500 --> 00:00:09,000\n[applause]\n";
        var result = CliRunner.Run(onlyMusic, "-");
        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InputError));
        Assert.That(result.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.Contain("no dialogue found in the subtitles in standard input"));
    }

    [Test]
    public void DialogueDropsCueMetadataTagsAndSoundDescriptions()
    {
        const string srt = "\uFEFF1\r\n00:00:01,000 --> 00:00:03,000\r\n<font color=\"#ffff00\">- Is the ferry running?</font>\r\n"
            + "- <b>Not</b> until the wind drops.\r\n\r\n2\r\n00:00:03,500 --> 00:00:05,000\r\n(THUNDER RUMBLING)\r\n\r\n"
            + "3\r\n00:00:05,200 --> 00:00:08,000\r\nJACK: Then we wait&nbsp;here.\r\n";
        Assert.That(SubtitleText.Dialogue(srt), Is.EqualTo("- Is the ferry running?\n- Not until the wind drops.\nJACK: Then we wait here."));
    }

    [Test]
    public void ALineWithoutFinalPunctuationGoesOnWhateverTheCase()
    {
        // Subtitles end every sentence with punctuation: a line without it is continued by the next line, even one that
        // starts with a name or "I"; an ellipsis closing one cue and opening the next is one sentence; a dialogue dash or
        // the ">>" of broadcast captions starts a new speaker's line.
        const string srt = """
            1
            00:00:01,000 --> 00:00:03,000
            I finally told

            2
            00:00:03,200 --> 00:00:05,000
            Maria the truth about the money.

            3
            00:00:05,200 --> 00:00:07,000
            - What did she say?
            - Nothing.

            4
            00:00:07,200 --> 00:00:09,000
            The station is closed...

            5
            00:00:09,200 --> 00:00:11,000
            ...until tomorrow morning.

            6
            00:00:11,200 --> 00:00:13,000
            >> THE COUNCIL VOTED TONIGHT
            TO EXPAND THE BUS NETWORK.
            >> RIDERS SAY IT IS OVERDUE.
            """;
        var result = CliRunner.Run(srt, "sentences", "-");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Is.EqualTo(new[]
        {
            "I finally told Maria the truth about the money.",
            "- What did she say?",
            "- Nothing.",
            "The station is closed... ...until tomorrow morning.",
            "THE COUNCIL VOTED TONIGHT TO EXPAND THE BUS NETWORK.",
            "RIDERS SAY IT IS OVERDUE.",
        }));
    }

    [Test]
    public void SoundsDescribedInsideALineAreDropped()
    {
        const string srt = "1\n00:00:01,000 --> 00:00:03,000\n[laughs] You can't be serious.\n\n2\n00:00:03,500 --> 00:00:06,000\n"
            + "(sighs) Fine. We leave at dawn, [door slams] whether you like it or not.\n";
        Assert.That(SubtitleText.Dialogue(srt), Is.EqualTo("You can't be serious.\nFine. We leave at dawn, whether you like it or not."));
    }

    [Test]
    public void RollingCaptionsKeepEachLineOnce()
    {
        // Automatic captions roll up: each cue repeats the line before it under the new one. Without any sentence
        // punctuation, their lines are joined with spaces.
        const string vtt = """
            WEBVTT

            00:00:00.000 --> 00:00:02.000
            the harvest started two weeks

            00:00:02.000 --> 00:00:04.000
            the harvest started two weeks
            early this year because of the heat

            00:00:04.000 --> 00:00:06.000
            early this year because of the heat
            and the dry spring
            """;
        Assert.That(SubtitleText.Dialogue(vtt), Is.EqualTo("the harvest started two weeks early this year because of the heat and the dry spring"));
    }

    [Test]
    public void AutomaticCaptionsAreCutIntoClausesNotLines()
    {
        // Speech recognized automatically: lower case, no punctuation, a new line every few words as the cue's time runs
        // out. The summary is made of clauses of the talk, not of caption lines.
        string[] words = ("so the first thing we did when we took over the allotments was to test the soil in every plot "
            + "and what we found was that about half of them had far too much lead in them from the old railway sidings "
            + "so we brought in raised beds for those plots and we asked the council to pay for new topsoil which they did "
            + "in the end although it took them nearly two years to agree and then the second thing was the water because "
            + "the old standpipes kept freezing in the winter and bursting so we put in a new supply with taps that drain "
            + "themselves and since then we have not lost a single pipe and the plot holders are much happier about it "
            + "and the last thing I want to mention is the waiting list which is now over eighty names long").Split(' ');
        var vtt = new System.Text.StringBuilder("WEBVTT\n\n");
        for (int i = 0, cue = 0; i < words.Length; i += 6, cue++)
            vtt.Append($"00:00:{cue * 2:00}.000 --> 00:00:{cue * 2 + 2:00}.000\n{string.Join(' ', words.Skip(i).Take(6))}\n\n");

        var sentences = CliRunner.Run(vtt.ToString(), "sentences", "-");
        Assert.That(sentences.ExitCode, Is.Zero, sentences.Error);
        Assert.That(sentences.Lines, Has.Length.InRange(4, 14), string.Join("\n", sentences.Lines));
        Assert.That(sentences.Lines, Has.All.Matches<string>(l => l.Split(' ').Length >= 8), "clauses, not six-word caption lines");
        Assert.That(string.Join(" ", sentences.Lines), Is.EqualTo(string.Join(" ", words)), "every word once, in order");

        var summary = CliRunner.Run(vtt.ToString(), "-", "-n", "2");
        Assert.That(summary.ExitCode, Is.Zero, summary.Error);
        Assert.That(summary.Lines, Has.Length.EqualTo(2));
    }

    [TestCase("1\n00:00:01,000 --> 00:00:02,000\nHello.", true)]
    [TestCase("\uFEFF\n12\r\n01:02:03,450 --> 01:02:05,000\r\nHello.", true)]
    [TestCase("WEBVTT\n\n00:01.000 --> 00:02.000\nHello.", true)]
    [TestCase("WEBVTT - lecture captions\n\n00:01.000 --> 00:02.000\nHello.", true)]
    [TestCase("2024\nwas a good year for the harbour.", false)]
    [TestCase("1\nThe first point is the cost.", false)]
    [TestCase("WEBVTTS are a file format.", false)]
    [TestCase("Plain text about subtitles: 00:00:01,000 --> 00:00:02,000 is a timing.", false)]
    public void SubtitlesAreRecognizedByTheirFirstCue(string content, bool expected) =>
        Assert.That(SubtitleText.LooksLikeSubtitles(content), Is.EqualTo(expected));

    // A video's transcript as the page's "show transcript" panel copies it: a time stamp on a line of its own above each
    // caption line, no punctuation, a line break wherever the caption's time ran out.
    private const string StampedTranscript = """
        0:00
        right so this week we are out on the marsh
        0:03
        counting wading birds for the winter survey
        0:06
        and the tide is just starting to come in
        0:09
        which pushes the birds up onto the
        0:11
        saltmarsh where we can see them properly
        0:14
        the main thing we are looking for is
        0:17
        redshank because their numbers have
        0:19
        dropped by almost a third since the
        0:22
        last survey ten years ago and nobody is
        0:25
        quite sure why although the most likely
        0:28
        reason is that the grazing on the marsh
        0:31
        has changed and the grass is now too
        0:34
        long for them to nest in safely
        """;

    [Test]
    public void ATranscriptWithTimeStampsIsReadAsSubtitles()
    {
        // Saved as a .txt, as it is pasted: recognized by its stamps, not its name.
        string path = WriteFile("marsh.txt", StampedTranscript);
        var sentences = CliRunner.Run("", "sentences", path, "--format", "json");
        Assert.That(sentences.ExitCode, Is.Zero, sentences.Error);
        JsonElement[] lines = sentences.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        string[] texts = lines.Select(l => l.GetProperty("text").GetString()!).ToArray();
        Assert.That(texts, Has.None.Match(@"\d:\d\d"), "no time stamp is a word of a sentence");
        Assert.That(texts, Has.All.Matches<string>(t => t.Split(' ').Length >= 8), "clauses, not caption lines: " + string.Join(" | ", texts));
        string words = string.Join(" ", StampedTranscript.Split('\n').Where(l => !Regex.IsMatch(l, @"^\s*\d+:\d\d\s*$")).Select(l => l.Trim()));
        Assert.That(string.Join(" ", texts), Is.EqualTo(words), "every word once, in order");
        Assert.That(lines[0].GetProperty("from").GetString(), Is.EqualTo("00:00:00.000"));
        Assert.That(lines[^1].GetProperty("to").GetString(), Is.EqualTo("00:00:34.000"));

        var summary = CliRunner.Run("", path, "--format", "json", "-n", "2");
        Assert.That(summary.ExitCode, Is.Zero, summary.Error);
        using JsonDocument json = JsonDocument.Parse(summary.Out);
        Assert.That(json.RootElement.GetProperty("options").GetProperty("input").GetString(), Is.EqualTo("subtitles"));
        Assert.That(json.RootElement.GetProperty("sentences").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public void NamingSubtitlesReadsATranscriptWithTooFewStampsToRecognize()
    {
        // Two stamps are too few for auto to call a text a transcript; said by the user, they are still stamps.
        string path = WriteFile("short.txt", "0:00\nso this is the end of the tour\n0:04\nand the gardens close at six today\n");
        var auto = CliRunner.Run("", "sentences", path);
        var named = CliRunner.Run("", "sentences", path, "--input", "subtitles", "--format", "json");

        Assert.That(auto.Out, Does.Contain("0:04"), "auto reads it as text");
        Assert.That(named.ExitCode, Is.Zero, named.Error);
        JsonElement[] lines = named.Lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.That(lines.Select(l => l.GetProperty("text").GetString()), Has.None.Contain("0:0"));
        Assert.That(lines[^1].GetProperty("to").GetString(), Is.EqualTo("00:00:04.000"), "the second stamp times the second line");
    }

    [TestCase("{0} {1}")]
    [TestCase("[00:{0}] {1}")]
    [TestCase("({0}) {1}")]
    [TestCase("{0} - {1}")]
    public void TimeStampsBeforeTheWordsOnTheirLineAreReadToo(string format)
    {
        // Podcast and meeting transcripts put the time on the caption's own line, bare or in brackets.
        string[] rows = StampedTranscript.Split('\n');
        var text = new System.Text.StringBuilder();
        for (int k = 0; k + 1 < rows.Length; k += 2)
        {
            string stamp = rows[k].Trim();
            text.AppendLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, format.StartsWith("[00:", StringComparison.Ordinal) ? stamp.PadLeft(5, '0') : stamp, rows[k + 1].Trim()));
        }

        var pasted = CliRunner.Run(text.ToString(), "sentences", "-");
        var separate = CliRunner.Run(StampedTranscript, "sentences", "-");
        Assert.That(pasted.ExitCode, Is.Zero, pasted.Error);
        Assert.That(pasted.Lines, Is.EqualTo(separate.Lines), text.ToString());
    }

    [Test]
    public void TurnsSeparatedByBlankLinesStayApart()
    {
        // A blank line ends a speaker's turn (or a live page's update): a heading or a turn without final punctuation
        // does not run on into the next.
        const string text = """
            Marsh survey, week three

            10:05
            The tide came in early this morning. We counted 212 redshank on the east marsh.

            10:40
            Nine lapwing on the grazing fields

            11:15
            The wardens will repeat the count next Saturday if the weather holds.
            """;
        var result = CliRunner.Run(text, "sentences", "-");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Is.EqualTo(new[]
        {
            "Marsh survey, week three",
            "The tide came in early this morning.",
            "We counted 212 redshank on the east marsh.",
            "Nine lapwing on the grazing fields",
            "The wardens will repeat the count next Saturday if the weather holds.",
        }));
    }

    [Test]
    public void ALabelledTurnStartsAnewAfterATurnWithoutFinalPunctuation()
    {
        // Speech recognized automatically leaves turns without punctuation; the next speaker's label still starts a turn.
        const string text = """
            [00:00:01] Interviewer: so how long have you been counting birds on the marsh
            [00:00:05] Ruth Ellis: about twenty years now since the reserve opened
            [00:00:09] Interviewer: and what has changed in that time
            [00:00:12] Ruth Ellis: mostly the grass which is far longer than it was
            """;
        var result = CliRunner.Run(text, "sentences", "-");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Has.None.Contains("marsh Ruth").And.None.Contains("opened Interviewer").And.None.Contains("time Ruth"),
            string.Join("\n", result.Lines));
        Assert.That(result.Lines, Has.Some.EndsWith("so how long have you been counting birds on the marsh"));
        Assert.That(result.Lines, Has.Some.EndsWith("mostly the grass which is far longer than it was"));
    }

    [TestCase("0:00\nhello and welcome\n0:04\nto the marsh survey\n0:09\nfor this winter", true)]
    [TestCase("[00:00:01] Host: Welcome back.\n[00:00:05] Guest: Thanks for having me.\n[00:00:09] Host: Let's start.", true)]
    [TestCase("14:05\nTwo walkers were rescued.\n\n13:40\nFerries are cancelled.\n\n12:15\nSchools close early.", false)]
    [TestCase("The ferry leaves at 9:30 and returns at 17:45.\nTickets cost four pounds.\n10:15 is the only other sailing.", false)]
    [TestCase("Timetable\n9:30 Harbour\n10:15 Point\nPlus two more stops on weekdays\nand a late boat at weekends\nin the summer\nwhen the tide allows", false)]
    [TestCase("Annual meeting\n\n10:00 Welcome and introductions\n10:15 Review of the wall survey\n10:45 Budget for the year\n11:30 Any other business", false)]
    [TestCase("0:00\nSo this week we're out on the marsh.\n0:04\nThe tide is coming in.\n0:09\nRedshank first, then the lapwing.", true)]
    public void TranscriptsAreRecognizedByStampsThatRunForward(string content, bool expected) =>
        Assert.That(SubtitleText.LooksLikeTimestampedTranscript(content), Is.EqualTo(expected));

    [TestCase("talk.srt", true)]
    [TestCase("LECTURE.VTT", true)]
    [TestCase("notes.txt", false)]
    public void SubtitlesAreRecognizedByTheirExtension(string name, bool expected) =>
        Assert.That(SubtitleText.HasSubtitleExtension(name), Is.EqualTo(expected));
}
