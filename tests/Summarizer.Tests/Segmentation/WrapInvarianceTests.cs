using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// Line breaks in plain text are soft: a hard-wrapped article, with LF or CRLF line ends, or with no-break spaces, is
/// summarized as the unwrapped one is; and lines that are units of their own (headings, navigation lines, lists, short
/// lines) stay separate.
/// </summary>
public class WrapInvarianceTests
{
    private static SummarizerPipeline Pipeline => TextSummarizer.Default;

    private static string[] SummaryOf(string text) =>
        Pipeline.Summarize(text, SummaryLength.Sentences(3)).Sentences.Select(s => Normalize(s.Text)).ToArray();

    // A word hyphenated at a line end reads as the word: "infor-" + line break + "mation" is "information".
    private static string Normalize(string s) => Regex.Replace(Regex.Replace(s, @"(?<=\p{L})-[ \t]*\r?\n\s*(?=\p{Ll})", ""), @"\s+", " ").Trim();

    /// <summary>
    /// Hard-wraps every line of <paramref name="text"/> greedily at <paramref name="width"/>, never breaking a word, as an
    /// editor or Python's textwrap does; the text's own line breaks and blank lines are kept (a heading line stays a line).
    /// </summary>
    internal static string Wrap(string text, int width, string newline = "\n")
    {
        var result = new StringBuilder();
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int l = 0; l < lines.Length; l++)
        {
            if (l > 0)
                result.Append(newline);
            int lineLength = 0;
            foreach (string word in lines[l].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (lineLength > 0 && lineLength + 1 + word.Length > width)
                {
                    result.Append(newline);
                    lineLength = 0;
                }
                else if (lineLength > 0)
                {
                    result.Append(' ');
                    lineLength++;
                }

                result.Append(word);
                lineLength += word.Length;
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// Hard-wraps like <see cref="Wrap"/>, but as typesetting and PDF copies do, breaks a word of eight or more letters
    /// that does not fit with a hyphen after at least three of its letters, its other part (five or more letters,
    /// starting in lower case) opening the next line.
    /// </summary>
    internal static string WrapHyphenated(string text, int width)
    {
        var result = new StringBuilder();
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (int l = 0; l < lines.Length; l++)
        {
            if (l > 0)
                result.Append('\n');
            int lineLength = 0;
            foreach (string word in lines[l].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                string rest = word;
                int room = width - lineLength - (lineLength > 0 ? 1 : 0);
                if (lineLength > 0 && rest.Length > room)
                {
                    int head = Math.Min(room - 1, rest.Length - 5); // letters kept before the hyphen
                    if (head >= 3 && rest.Length >= 8 && rest.Take(head + 1).All(char.IsLetter) && char.IsLower(rest[head]))
                    {
                        result.Append(' ').Append(rest, 0, head).Append('-');
                        rest = rest[head..];
                    }

                    result.Append('\n');
                    lineLength = 0;
                }
                else if (lineLength > 0)
                {
                    result.Append(' ');
                    lineLength++;
                }

                result.Append(rest);
                lineLength += rest.Length;
            }
        }

        return result.ToString();
    }

    /// <summary>Every fourth space a no-break space, as text copied from web pages has them.</summary>
    private static string WithNoBreakSpaces(string text)
    {
        var chars = text.ToCharArray();
        int spaces = 0;
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == ' ' && ++spaces % 4 == 0)
                chars[i] = '\u00A0';
        }

        return new string(chars);
    }

    private static readonly (string Name, Func<string, string> Transform)[] Variants =
    [
        ("wrapped at 60", t => Wrap(t, 60)),
        ("wrapped at 72", t => Wrap(t, 72)),
        ("wrapped at 80", t => Wrap(t, 80)),
        ("wrapped at 72, CRLF", t => Wrap(t, 72, "\r\n")),
        ("wrapped at 60, words hyphenated", t => WrapHyphenated(t, 60)),
        ("no-break spaces", WithNoBreakSpaces),
    ];

    // The unit test takes a deterministic subset to stay quick: every CNN/DailyMail article, every 4th BBC article and
    // every 2nd ScisummNet paper (the long ones). SUMMARIZER_WRAP_ALL=1 takes every document.
    private static IEnumerable<(string Id, string Text)> Documents()
    {
        bool all = Environment.GetEnvironmentVariable("SUMMARIZER_WRAP_ALL") == "1";
        foreach (var (file, step) in new[] { ("cnndm.jsonl", 1), ("bbc.jsonl", 4), ("scisummnet.jsonl", 2) })
        {
            string path = SharedData.RequireFile(Path.Combine("dev", file));
            int n = 0;
            foreach (string line in File.ReadLines(path))
            {
                if (string.IsNullOrWhiteSpace(line) || (!all && n++ % step != 0))
                    continue;
                using JsonDocument json = JsonDocument.Parse(line);
                yield return (file + ":" + json.RootElement.GetProperty("id"), json.RootElement.GetProperty("text").GetString()!);
            }
        }
    }

    [Test]
    public void DevArticlesKeepTheirSummaryWhenWrapped()
    {
        var same = new int[Variants.Length];
        int documents = 0;
        var differing = new List<string>();
        foreach (var (id, text) in Documents())
        {
            documents++;
            string[] expected = SummaryOf(text);
            for (int v = 0; v < Variants.Length; v++)
            {
                if (SummaryOf(Variants[v].Transform(text)).SequenceEqual(expected))
                    same[v]++;
                else
                    differing.Add($"{Variants[v].Name}: {id}");
            }
        }

        foreach (string d in differing.Take(40))
            TestContext.Out.WriteLine("  differs: " + d);

        for (int v = 0; v < Variants.Length; v++)
            TestContext.Out.WriteLine($"{Variants[v].Name}: {same[v]}/{documents} keep the same summary ({(double)same[v] / documents:P1})");
        Assert.Multiple(() =>
        {
            for (int v = 0; v < Variants.Length; v++)
                Assert.That((double)same[v] / documents, Is.GreaterThanOrEqualTo(0.95), Variants[v].Name);
        });
    }

    private const string Article = """
        Harbour Bridge Reopens After Two Years

        The harbour bridge reopened to traffic on Saturday morning after two years of repairs to its steel cables and deck, the city's transport office said.
        Engineers replaced more than four hundred cables and resurfaced the whole deck, and the bridge now carries a separate lane for bicycles in each direction.
        The repairs cost about half as much again as first planned, because corrosion inside the towers proved worse than the inspections had shown.
        Ferry operators, who carried many of the bridge's commuters during the closure, said they would keep their extra morning crossings until the summer.
        """;

    [TestCase(60)]
    [TestCase(72)]
    [TestCase(80)]
    public void AWrappedParagraphIsOneParagraph(int width)
    {
        string wrapped = Wrap(Article, width);
        string[] sentences = Pipeline.Analyze(wrapped).Sentences.Select(s => Normalize(s.GetText(wrapped))).ToArray();
        string[] unwrapped = Pipeline.Analyze(Article).Sentences.Select(s => Normalize(s.GetText(Article))).ToArray();
        Assert.That(sentences, Is.EqualTo(unwrapped));
        Assert.That(SummaryOf(wrapped), Is.EqualTo(SummaryOf(Article)));
        Assert.That(SummaryOf(Wrap(Article, width, "\r\n")), Is.EqualTo(SummaryOf(Article)));
    }

    [TestCase(48)]
    [TestCase(60)]
    [TestCase(72)]
    public void AWrappedInlineListSplitsAsOnOneLine(int width)
    {
        // Inline lists, typed on one line, then hard-wrapped: their markers now stand inside lines, at line ends and at line
        // starts, and each item must still be a sentence of its own, as on the single line.
        string[] paragraphs =
        [
            "The museum posted its rules for visitors at the door 1. Bags and umbrellas go in the lockers by the entrance "
                + "2. Photographs are welcome, but without a flash 3. Food and drink stay in the cafe on the ground floor "
                + "4. Children under twelve come with an adult.",
            "The ferry company gave three reasons for the delay 1) a storm off the northern cape 2) a crew member taken ill "
                + "in port 3) a fault in the loading ramp that took the morning to mend.",
            "The recipe card was short. (a) Soak the beans overnight in cold water (b) Simmer them for two hours with the "
                + "onions (c) Season only at the end, or the skins stay hard.",
        ];
        foreach (string paragraph in paragraphs)
        {
            string text = "Notes from the week\n\nThese notes were gathered from the noticeboards around the harbour and written up for "
                + "the newsletter by the volunteers who run it every Saturday morning. " + paragraph + "\n";
            string wrapped = Wrap(text, width);
            string[] expected = Pipeline.Analyze(text).Sentences.Select(s => Normalize(s.GetText(text))).ToArray();
            Assert.That(expected.Length, Is.GreaterThanOrEqualTo(4), "the list splits on one line: " + paragraph);
            Assert.That(Pipeline.Analyze(wrapped).Sentences.Select(s => Normalize(s.GetText(wrapped))), Is.EqualTo(expected), wrapped);
        }
    }

    [Test]
    public void NumbersInDifferentParagraphsAreNoInlineList()
    {
        // "(figure 1)" in one paragraph and "(figure 2)" in the next look like the items "1)" and "2)" of a list, but a
        // paragraph's end lies between them: neither breaks its sentence.
        const string text = "The first trial used the small mask (figure 1) and ran for a week without a fault.\n"
            + "The second trial used the larger mask from the earlier report and ran for a month (figure 2) before it stopped.\n"
            + "Both trials were repeated in the spring with new samples.\n";
        string[] sentences = Pipeline.Analyze(text).Sentences.Select(s => s.GetText(text)).ToArray();
        Assert.That(sentences, Is.EqualTo(text.TrimEnd('\n').Split('\n')));
    }

    [TestCase(72, "\n")]
    [TestCase(80, "\n")]
    [TestCase(72, "\r\n")]
    public void AShortWrappedNoteIsOneParagraph(int width, string newline)
    {
        // Two or three lines in all: too few to measure a wrap width with confidence, yet the breaks are mid-sentence
        // and each next line goes on in lower case.
        string[] notes =
        [
            "The council met on Monday to discuss the budget for the coming year, and the mayor opened the session with a "
                + "short speech about the state of the roads. Most members agreed that repairs could not wait.",
            "Road closed\nThe bridge on the valley road is closed until the end of the month while engineers replace "
                + "the bearings under its deck, and drivers are asked to use the ring road instead.",
        ];
        foreach (string note in notes)
        {
            string wrapped = Wrap(note, width, newline);
            string[] expected = Pipeline.Analyze(note).Sentences.Select(s => Normalize(s.GetText(note))).ToArray();
            Assert.That(Pipeline.Analyze(wrapped).Sentences.Select(s => Normalize(s.GetText(wrapped))), Is.EqualTo(expected), wrapped);
        }
    }

    [Test]
    public void TwoLongLinesFollowedByCapitalsStaySeparate()
    {
        // Headlines of similar length without final punctuation: each next line starts with a capital, so two lines
        // alone are no evidence of wrapping.
        const string headlines = "Storm closes the coast road between the harbour and the old lighthouse\n"
            + "Schools across the county reopen after the longest summer break in years\n"
            + "Trains run again on the branch line";
        string[] sentences = Pipeline.Analyze(headlines).Sentences.Select(s => s.GetText(headlines)).ToArray();
        Assert.That(sentences, Is.EqualTo(headlines.Split('\n')));
    }

    [Test]
    public void LinesThatAreUnitsStaySeparate()
    {
        // A title, navigation lines, a list and an address, each a unit of its own, then a wrapped paragraph: only the
        // paragraph's line breaks are soft.
        const string paragraph = "The council approved the new roof for the market hall on Wednesday, after a survey found that "
            + "rainwater had been leaking into the stalls for several winters, and traders had complained that their goods "
            + "were being damaged. Work starts in April and will take about four months to finish, the council said, and the "
            + "market will move to the square in front of the town hall.";
        string text = "Market Hall Gets a New Roof\nNo time to read?\nGet a summary\n" + Wrap(paragraph, 72)
            + "\n- Stalls stay open during the works\n- Parking moves to the station\nMarket Office\n12 Station Road\nNorthtown\n";
        string[] sentences = Pipeline.Analyze(text).Sentences.Select(s => Normalize(s.GetText(text))).ToArray();
        Assert.That(sentences, Does.Contain("Market Hall Gets a New Roof"));
        Assert.That(sentences, Does.Contain("No time to read?"));
        Assert.That(sentences, Does.Contain("Get a summary"));
        Assert.That(sentences, Does.Contain("The council approved the new roof for the market hall on Wednesday, after a survey found that rainwater had been leaking into the stalls for several winters, and traders had complained that their goods were being damaged."));
        Assert.That(sentences, Does.Contain("- Stalls stay open during the works"));
        Assert.That(sentences, Does.Contain("- Parking moves to the station"));
        Assert.That(sentences, Does.Contain("Market Office"));
        Assert.That(sentences, Does.Contain("12 Station Road"));
    }

    [Test]
    public void ShortLinesAndVerseStayLines()
    {
        const string verse = """
            The tide comes in across the sand
            and fills the footprints where we stand,
            the gulls go quiet, one by one,
            and dusk comes down on everyone.
            """;
        string[] sentences = Pipeline.Analyze(verse).Sentences.Select(s => s.GetText(verse)).ToArray();
        Assert.That(sentences, Has.Length.EqualTo(4), "lines of similar length that end early are not a wrapped paragraph");
    }
}
