using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>
/// A batch line's "text" may hold a whole web page or a transcript, as scraped pages and caption dumps stored as JSON
/// Lines do: it is read as the summarize command reads such a file, and the line says what it read.
/// </summary>
public class BatchInputKindTests
{
    private static readonly string[] StoryParagraphs =
    [
        "The county's last working windmill turned again on Saturday after a restoration that took volunteers six years.",
        "The mill at Hartsfield stopped grinding in 1957, when its sails were damaged in a gale and the miller retired. Its new sails were made from larch grown on the estate.",
        "Volunteers rebuilt the gearing by hand, copying the worn wooden teeth of the old wheels one at a time. The trust that owns the mill plans to sell its own flour from the spring.",
        "About three hundred people watched the sails turn for the first time, and the trust's chairman thanked the families who had lent tools and given money.",
    ];

    private static readonly string Page = $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Hartsfield windmill turns again | Downland Courier</title></head>
        <body>
        <nav><ul><li><a href="/">Front page</a></li><li><a href="/local">Local news</a></li><li><a href="/letters">Letters to the editor</a></li></ul></nav>
        <main><article>
          <h1>Hartsfield windmill turns again</h1>
          <figure><img src="mill.jpg" alt="The mill with its new sails"><figcaption>The mill with its new sails. Photo: Ruth Amberley</figcaption></figure>
          {string.Concat(StoryParagraphs.Select(p => $"<p>{p}</p>\n"))}
        </article></main>
        <footer><p>Downland Courier. All rights reserved. Subscribe to our newsletter for weekly updates.</p></footer>
        </body></html>
        """;

    private const string Transcript = """
        0:00
        hi everyone and welcome back to the workshop today we are
        0:04
        going to sharpen a chisel by hand without any jig at all
        0:09
        first you flatten the back of the chisel on the coarse stone
        0:14
        until the scratches run all the way to the edge of the blade
        0:19
        then you turn it over and hold the bevel flat on the stone
        0:24
        and you push it forward with light pressure from two fingers
        0:29
        when a small burr forms along the whole edge you move to the fine stone
        0:35
        and finally you strop it on leather and it will cut end grain cleanly
        """;

    private static string Line(string id, string text) => JsonSerializer.Serialize(new { id, text });

    private static JsonElement[] RunBatch(string input, params string[] options)
    {
        var result = CliRunner.Run(input, ["batch", "-", "--threads", "2", .. options]);
        return result.Lines.Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToArray();
    }

    private static string[] SentenceTexts(JsonElement line) =>
        line.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToArray();

    /// <summary>Every sentence's offsets index its own words in the line's "text" (the page's article, not the page).</summary>
    private static void AssertOffsetsIndexTheText(JsonElement line)
    {
        string text = line.GetProperty("text").GetString()!;
        foreach (JsonElement sentence in line.GetProperty("sentences").EnumerateArray())
        {
            int start = sentence.GetProperty("start").GetInt32(), length = sentence.GetProperty("length").GetInt32();
            Assert.That(text.Substring(start, length), Is.EqualTo(sentence.GetProperty("text").GetString()));
        }
    }

    [Test]
    public void AWebPageInALineIsSummarizedFromItsArticle()
    {
        JsonElement[] lines = RunBatch(Line("mill", Page) + "\n", "-n", "2");

        Assert.That(lines, Has.Length.EqualTo(1));
        JsonElement line = lines[0];
        Assert.That(line.GetProperty("input").GetString(), Is.EqualTo("html"));
        Assert.That(line.GetProperty("title").GetString(), Does.Contain("Hartsfield windmill"));
        string story = string.Join(" ", StoryParagraphs);
        foreach (string sentence in SentenceTexts(line))
        {
            Assert.That(story, Does.Contain(sentence), "only the article's sentences, no markup, menu, caption or footer");
            Assert.That(sentence, Does.Not.Contain("<"));
        }

        AssertOffsetsIndexTheText(line);
    }

    [Test]
    public void APageInALineGivesTheSummaryItsFileGives()
    {
        string path = Path.Combine(Path.GetTempPath(), $"mill-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, Page);
        try
        {
            var file = CliRunner.Run("", path, "-n", "2", "--format", "json");
            Assert.That(file.ExitCode, Is.EqualTo(0), file.Error);
            string[] fromFile = JsonDocument.Parse(file.Out).RootElement.GetProperty("sentences").EnumerateArray()
                .Select(s => s.GetProperty("text").GetString()!).ToArray();

            JsonElement line = RunBatch(Line("mill", Page) + "\n", "-n", "2")[0];

            Assert.That(SentenceTexts(line).Order(), Is.EqualTo(fromFile.Order()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ATranscriptWithTimeStampsInALineIsReadAsSubtitles()
    {
        JsonElement line = RunBatch(Line("chisel", Transcript) + "\n", "-n", "2")[0];

        Assert.That(line.GetProperty("input").GetString(), Is.EqualTo("subtitles"));
        foreach (JsonElement sentence in line.GetProperty("sentences").EnumerateArray())
        {
            string text = sentence.GetProperty("text").GetString()!;
            Assert.That(text, Does.Not.Match(@"\d:\d\d"), "time stamps are not words of the summary");
            Assert.That(text.Split(' '), Has.Length.GreaterThan(12), "caption lines run on into sentences, not one line each");
            Assert.That(sentence.TryGetProperty("from", out _), Is.True, "a subtitle sentence has the time it was said");
            Assert.That(sentence.TryGetProperty("to", out _), Is.True);
        }

        AssertOffsetsIndexTheText(line);
    }

    [Test]
    public void PlainTextLinesKeepTheirShapeAndOffsetsIntoTheirOwnText()
    {
        string story = string.Join("\n\n", StoryParagraphs);
        JsonElement line = RunBatch(Line("plain", story) + "\n", "-n", "2")[0];

        Assert.That(line.TryGetProperty("input", out _), Is.False);
        Assert.That(line.TryGetProperty("text", out _), Is.False, "the input line already holds the text");
        foreach (JsonElement sentence in line.GetProperty("sentences").EnumerateArray())
        {
            int start = sentence.GetProperty("start").GetInt32(), length = sentence.GetProperty("length").GetInt32();
            Assert.That(story.Substring(start, length), Is.EqualTo(sentence.GetProperty("text").GetString()));
        }
    }

    [Test]
    public void InputTextSummarizesThePageAsItIs()
    {
        JsonElement line = RunBatch(Line("mill", Page) + "\n", "-n", "2", "--input", "text")[0];

        Assert.That(line.TryGetProperty("input", out _), Is.False);
        Assert.That(string.Join(" ", SentenceTexts(line)), Does.Contain("<"), "the markup is text when the user says so");
    }

    [Test]
    public void InputSubtitlesReadsALineWithoutEnoughStampsToBeRecognized()
    {
        const string twoStamps = "0:00\nso this is the last part of the tour\n0:05\nand the gardens close at six today\n";
        JsonElement auto = RunBatch(Line("short", twoStamps) + "\n")[0];
        JsonElement forced = RunBatch(Line("short", twoStamps) + "\n", "--input", "subtitles")[0];

        Assert.That(auto.TryGetProperty("input", out _), Is.False, "two stamps are too few to call a text a transcript");
        Assert.That(forced.GetProperty("input").GetString(), Is.EqualTo("subtitles"));
        Assert.That(string.Join(" ", SentenceTexts(forced)), Does.Not.Contain("0:05"));
    }

    [Test]
    public void APageWithoutTextIsAnErrorLineAndTheOtherLinesAreSummarized()
    {
        const string empty = "<!DOCTYPE html><html><head><title>Loading</title></head><body><script>start()</script></body></html>";
        string input = Line("a", Page) + "\n" + Line("b", empty) + "\n" + Line("c", Transcript) + "\n";

        var result = CliRunner.Run(input, "batch", "-", "--threads", "2");
        JsonElement[] lines = result.Lines.Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();

        Assert.That(result.ExitCode, Is.EqualTo(3), "some lines failed");
        Assert.That(lines.Select(l => l.GetProperty("id").GetString()), Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(lines[1].GetProperty("line").GetInt32(), Is.EqualTo(2));
        Assert.That(lines[1].GetProperty("error").GetString(), Does.Contain("no text found in the web page"));
        Assert.That(lines[0].GetProperty("input").GetString(), Is.EqualTo("html"));
        Assert.That(lines[2].GetProperty("input").GetString(), Is.EqualTo("subtitles"));
    }

    [Test]
    public void AnUnknownInputKindIsAUsageError()
    {
        var result = CliRunner.Run(Line("a", "One sentence here.") + "\n", "batch", "-", "--input", "pdf");

        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.Error, Does.Contain("pdf"));
        Assert.That(result.Out, Is.Empty);
    }
}
