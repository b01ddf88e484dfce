using System.Text;
using Summarizer.Text;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>Text without sentence punctuation (a transcript) is cut into sentence-like units, so lengths mean something.</summary>
public class UnpunctuatedRunsTests
{
    // A speech-to-text transcript of a planning meeting: no full stops, few commas, one long run.
    private const string Transcript =
        "okay so welcome everyone to the planning meeting for the new community garden we have a lot to get through tonight "
        + "so I will try to keep it short the first thing is the site itself the council has offered us the empty lot behind the "
        + "library and they want an answer by the end of the month because another group has asked about it too "
        + "the soil there was tested last spring and it came back mostly clean but there is some lead near the old fence line "
        + "so we would need raised beds along that side which adds to the cost "
        + "now about money we have around four thousand from the neighbourhood fund and the hardware shop on main street "
        + "has said they will donate timber for the beds if we put their name on the sign "
        + "I think that is a fair trade but I wanted to hear what you all think before we say yes "
        + "the second thing is water there is a tap on the library wall but the library closes at six "
        + "and most of us can only come in the evenings so we either need a key or a rain barrel system "
        + "Maria looked into rain barrels and she says four of them would be enough for the summer if we mulch properly "
        + "and they cost about two hundred in total which we can cover "
        + "the last thing is who does what I have a sign-up sheet going round for watering weeks and for the building day "
        + "which is planned for the first Saturday of next month weather permitting "
        + "if it rains we move it a week later and I will send a message to everyone on the list "
        + "does anyone have questions before we vote on taking the lot";

    private static int WordCount(string s) => s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [Test]
    public void WordsAreCountedAsWhiteSpaceSeparatesThemInEveryAlphabetAndSpacing()
    {
        // The count decides whether a text is a transcript. It runs sixteen ASCII characters at a time and falls back to
        // one at a time on other characters, so it is checked against the plain definition on texts that mix ASCII and
        // other letters, every ASCII white-space character and the Unicode spaces, at every length and offset.
        const string alphabet = "ab Zé\tкх\n日 \u00A0x\u2003y\r\v\fq\u3000.,1\u0085 \u2028w";
        var random = new Random(7);
        for (int trial = 0; trial < 2000; trial++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 90);
            bool asciiOnly = trial % 2 == 0;
            for (int k = 0; k < length; k++)
            {
                char c = alphabet[random.Next(alphabet.Length)];
                builder.Append(asciiOnly && c >= 0x80 ? ' ' : c);
            }

            string text = builder.ToString();
            int start = text.Length == 0 ? 0 : random.Next(text.Length);
            var span = TextSpan.FromBounds(start, text.Length);
            Assert.That(UnpunctuatedRuns.CountWords(text, span), Is.EqualTo(WordCount(text[start..])), $"\"{text[start..]}\"");
        }
    }

    [Test]
    public void ALongRunIsCutIntoUnitsWithExactSpans()
    {
        var splitter = new RuleBasedSentenceSplitter();
        IReadOnlyList<Sentence> sentences = splitter.Split(Transcript);
        Assert.That(sentences.Count, Is.GreaterThan(WordCount(Transcript) / 40));
        int previousEnd = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            Sentence s = sentences[i];
            Assert.That(s.Index, Is.EqualTo(i));
            Assert.That(s.Span.Start, Is.GreaterThanOrEqualTo(previousEnd));
            string text = s.GetText(Transcript);
            Assert.That(text, Is.EqualTo(text.Trim()));
            Assert.That(WordCount(text), Is.InRange(UnpunctuatedRunsCutLimits.Min, UnpunctuatedRunsCutLimits.Max), text);
            Assert.That(Transcript[previousEnd..s.Span.Start].Trim(), Is.Empty, "the units cover every word");
            previousEnd = s.Span.End;
        }

        Assert.That(previousEnd, Is.EqualTo(Transcript.Length));
    }

    [Test]
    public void AWordBudgetGivesAboutThatManyWords()
    {
        Summary summary = TextSummarizer.Summarize(Transcript, SummaryLength.Words(50));
        int words = summary.Sentences.Sum(s => WordCount(s.Text));
        Assert.That(words, Is.InRange(40, 60));
        Assert.That(summary.Sentences.Count, Is.LessThan(summary.DocumentSentenceCount));
    }

    [Test]
    public void AHugeTranscriptGivesAShortSummary()
    {
        var text = new StringBuilder();
        while (text.Length < 1_000_000)
            text.Append(Transcript).Append(' ');
        Summary summary = TextSummarizer.Summarize(text.ToString(), SummaryLength.Sentences(3));
        Assert.That(summary.Sentences, Has.Count.EqualTo(3));
        Assert.That(summary.Sentences.Sum(s => s.Text.Length), Is.LessThan(1000));
    }

    [Test]
    public void PunctuatedLongSentencesAreLeftAlone()
    {
        // 60 words, one sentence: long, but under the run limit.
        const string sentence = "The committee, which had met every week since the flood in the spring and heard from farmers, "
            + "engineers, insurers and the residents of all four villages along the river, finally agreed on Thursday that the "
            + "old embankment should be raised by a metre, that the pumping station should be rebuilt further from the water, "
            + "and that the works should start next year.";
        Assert.That(WordCount(sentence), Is.LessThanOrEqualTo(80));
        Assert.That(new RuleBasedSentenceSplitter().Split(sentence), Has.Count.EqualTo(1));
    }

    private static class UnpunctuatedRunsCutLimits
    {
        public const int Min = Summarizer.Segmentation.UnpunctuatedRuns.MinUnitWords;
        public const int Max = Summarizer.Segmentation.UnpunctuatedRuns.MaxUnitWords;
    }
}

/// <summary>A word hyphenated across a line break is one word for analysis; its token's span covers the original.</summary>
public class LineBreakHyphenationTests
{
    [Test]
    public void AWordBrokenAtALineEndIsOneToken()
    {
        const string text = "The survey office published new infor-\nmation about the river crossing, and the information was welcomed.";
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder()
            .UseSentenceSplitter(new RuleBasedSentenceSplitter(new SentenceSplitterOptions { JoinWrappedLines = true }))
            .Build();
        Document document = pipeline.Analyze(text);
        Assert.That(document.Sentences, Has.Count.EqualTo(1));
        Token[] tokens = document.Tokens.ToArray();
        Token broken = tokens.Single(t => t.Span.Slice(text).ToString() == "infor-\nmation");
        Token whole = tokens.Single(t => t.Span.Slice(text).ToString() == "information");
        Assert.That(broken.TermId, Is.EqualTo(whole.TermId));
        Assert.That(tokens.Any(t => t.Span.Slice(text).ToString() is "infor" or "mation"), Is.False);
    }

    [Test]
    public void AHyphenBeforeACapitalOrWithoutALineBreakIsNotJoined()
    {
        const string text = "The north-\nSouth link and the well- known route were both closed in the storm last week.";
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder()
            .UseSentenceSplitter(new RuleBasedSentenceSplitter(new SentenceSplitterOptions { JoinWrappedLines = true }))
            .Build();
        Document document = pipeline.Analyze(text);
        string[] words = document.Tokens.ToArray().Select(t => t.Span.Slice(text).ToString()).ToArray();
        Assert.That(words, Has.None.Contains("\n"));
        Assert.That(words, Does.Contain("known"));
    }
}

/// <summary>A punctuated text keeps a long unpunctuated run (a table, a formula, a reference list) whole.</summary>
public class UnpunctuatedRunsInProseTests
{
    [Test]
    public void ALongRunInPunctuatedProseIsNotCut()
    {
        string table = string.Join(" ", Enumerable.Range(1, 90).Select(i => $"row{i}"));
        string prose = string.Concat(Enumerable.Repeat("The station reopened on Monday after repairs to its roof and platforms. ", 20));
        string text = prose + "\n" + table + "\n" + prose;
        IReadOnlyList<Summarizer.Text.Sentence> sentences = new RuleBasedSentenceSplitter().Split(text);
        Assert.That(sentences.Select(s => s.GetText(text)), Does.Contain(table));
    }
}

/// <summary>A short punctuated article whose words are mostly a list (a team sheet) keeps the list whole.</summary>
public class UnpunctuatedListInArticleTests
{
    [Test]
    public void ATeamSheetInAShortArticleIsNotCut()
    {
        string[] first = ["Ana", "Ben", "Cara", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo"];
        string[] last = ["Ruiz", "Okafor", "Lind"];
        string[] clubs = ["Harbour City", "North Vale", "East Port", "Westfield", "Riverside"];
        string[] players = Enumerable.Range(0, 30).Select(i => $"{first[i % 10]} {last[i % 3]} ({clubs[i % 5]})").ToArray();
        string squad = "Squad: " + string.Join(", ", players);
        string text = "The coach named a young squad on Monday for the cup match against the league leaders.\n\n"
            + "Three players return after injury, and two are uncapped.\n\n" + squad + "\n\nThe match is on Saturday.";
        Assert.That(squad.Split(' ').Length, Is.GreaterThan(Summarizer.Segmentation.UnpunctuatedRuns.MaxRunWords), "the list is a long run");
        var sentences = new RuleBasedSentenceSplitter().Split(text).Select(s => s.GetText(text)).ToArray();
        Assert.That(sentences, Does.Contain(squad));
    }
}
