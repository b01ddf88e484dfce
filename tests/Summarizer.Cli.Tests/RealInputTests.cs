using System.Text.Json;
using System.Text.RegularExpressions;
using Summarizer.Cli;

namespace Summarizer.Cli.Tests;

/// <summary>Real input: web pages rendered as a browser shows them, scraped text with navigation lines, length budgets.</summary>
public class RealInputTests
{
    // A scraped article: a title line, two navigation lines, then the body.
    private const string Scraped = """
        Coastal Towns Agree on a Shared Water Plan

        Skip to the summary?
        Read it later

        Five coastal towns signed an agreement on Thursday to share one desalination plant and a common network of reservoirs for the next thirty years.
        The plant will be built on the northern headland and should supply drinking water to about ninety thousand people by the end of the decade.
        Mayors said the shared plan costs each town less than half of what a plant of its own would have cost.

        Previous Story
        """;

    private static JsonElement Json(string stdin, params string[] args)
    {
        var result = CliRunner.Run(stdin, [.. args, "--format", "json"]);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using JsonDocument document = JsonDocument.Parse(result.Out);
        return document.RootElement.Clone();
    }

    [TestCase("--chars", "50")]
    [TestCase("--words", "10")]
    public void ATightBudgetGivesOneRealSentenceFlaggedOverBudget(string option, string value)
    {
        JsonElement json = Json(Scraped, option, value);
        JsonElement[] sentences = json.GetProperty("sentences").EnumerateArray().ToArray();
        Assert.That(sentences, Has.Length.EqualTo(1));
        Assert.That(sentences[0].GetProperty("text").GetString(), Does.StartWith("Five coastal towns").Or.StartWith("The plant").Or.StartWith("Mayors"));
        Assert.That(json.GetProperty("overBudget").GetBoolean(), Is.True);

        var text = CliRunner.Run(Scraped, option, value);
        Assert.That(text.Error, Does.Contain("over budget"), "the command line says so on standard error");
        Assert.That(text.Out, Does.Not.Contain("Skip to").And.Not.Contain("Coastal Towns Agree").And.Not.Contain("Previous Story"));
    }

    [Test]
    public void ABudgetThatFitsIsNotFlagged()
    {
        JsonElement json = Json(Scraped, "--words", "40");
        Assert.That(json.TryGetProperty("overBudget", out _), Is.False);
        Assert.That(json.GetProperty("sentences").GetArrayLength(), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public void SourceLineBreaksInsideAParagraphAreSpaces()
    {
        const string page = """
            <!DOCTYPE html><html><body><article>
            <h1>Library extends its opening hours</h1>
            <p>The city library will open on Sundays from
            next month, the council said, after a survey
            found that most readers wanted weekend hours.</p>
            <figure><img src="a.jpg"><figcaption>Readers at the library on a weekday morning.</figcaption></figure>
            <p>Staff will work the extra hours in rotation.<br>A second
            reading room opens in June.</p>
            <pre>Mon-Fri  9-20
            Sun     12-18</pre>
            <p>The change costs about forty thousand a year, paid from the culture budget, the council said in a statement.</p>
            </article></body></html>
            """;
        JsonElement json = Json(page, "--input", "html", "-n", "10");
        string text = json.GetProperty("text").GetString()!;
        Assert.That(text, Does.Contain("The city library will open on Sundays from next month, the council said, after a survey found that most readers wanted weekend hours."));
        Assert.That(text, Does.Contain("rotation.\nA second reading room opens in June."), "<br> is a line break inside the paragraph");
        Assert.That(text, Does.Contain("Mon-Fri  9-20\nSun     12-18"), "<pre> keeps its lines and spaces");
        Assert.That(text, Does.Contain("weekend hours.\n\n"), "a block ends a paragraph");
        string[] chosen = json.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToArray();
        Assert.That(chosen, Has.None.Contains("Readers at the library"), "a figure caption is never chosen while real sentences remain");
        Assert.That(chosen, Has.None.Contains("Mon-Fri"));
        foreach (JsonElement s in json.GetProperty("sentences").EnumerateArray())
            Assert.That(text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()), Is.EqualTo(s.GetProperty("text").GetString()));
    }

    [Test]
    public void StandardInputIsAWebPageAfterAnXmlDeclarationOrComments()
    {
        const string page = """<!--?xml version="1.0" encoding="utf-8"?--><!DOCTYPE html><html><body><article><p>Volunteers planted four hundred trees along the canal on Saturday, the largest planting in the town's history.</p><p>The trees were paid for by local businesses.</p></article></body></html>""";
        Assert.That(InputText.LooksLikeHtml(page), Is.True);
        Assert.That(InputText.LooksLikeHtml("\uFEFF<?xml version=\"1.0\"?>\n<!-- saved page -->\n<html><body></body></html>"), Is.True);
        Assert.That(InputText.LooksLikeHtml("<!-- a note --> Plain text after a comment."), Is.False);
        Assert.That(InputText.HasHtmlExtension("page.xhtml"), Is.True);
        JsonElement json = Json(page);
        Assert.That(json.GetProperty("options").GetProperty("input").GetString(), Is.EqualTo("html"));
    }

    [Test]
    public void OnTheDevWebPagesSummarySentencesAreWholeSentences()
    {
        string web = SharedData.RequireDirectory("web");
        int whole = 0, total = 0;
        var broken = new List<string>();
        foreach (string dir in Directory.GetDirectories(web).Order(StringComparer.Ordinal))
        {
            string[] blocks = File.ReadAllText(Path.Combine(dir, "main-text.txt")).Split('\n').Select(Normalize).Where(b => b.Length > 0).ToArray();
            foreach (int n in new[] { 3, 5 })
            {
                var result = CliRunner.Run("", Path.Combine(dir, "source.html"), "-n", n.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json", "--language", "auto");
                Assert.That(result.ExitCode, Is.Zero, result.Error);
                using JsonDocument json = JsonDocument.Parse(result.Out);
                foreach (JsonElement s in json.RootElement.GetProperty("sentences").EnumerateArray())
                {
                    total++;
                    string sentence = Normalize(s.GetProperty("text").GetString()!);
                    if (IsWhole(sentence, blocks))
                        whole++;
                    else
                        broken.Add($"{Path.GetFileName(dir)}: {sentence}");
                }
            }
        }

        double rate = (double)whole / total;
        TestContext.Out.WriteLine($"whole sentences on the dev web pages at 3 and 5 sentences: {whole}/{total} ({rate:P1})");
        foreach (string b in broken)
            TestContext.Out.WriteLine("  not whole: " + b);
        Assert.That(rate, Is.GreaterThanOrEqualTo(0.95));
    }

    private static readonly Regex End = new(@"[.!?…。！？]+[""'”’»)\]]*$", RegexOptions.CultureInvariant);
    private static readonly Regex EndBefore = new(@"[.!?…。！？]+[""'”’»)\]]*\s*$", RegexOptions.CultureInvariant);

    private static string Normalize(string s) => Regex.Replace(s, @"\s+", " ").Trim();

    /// <summary>Starts a block of main-text.txt or follows a sentence end in it, and ends with sentence-final punctuation.</summary>
    private static bool IsWhole(string sentence, string[] blocks)
    {
        if (sentence.Length == 0 || !End.IsMatch(sentence))
            return false;
        foreach (string block in blocks)
        {
            for (int at = block.IndexOf(sentence, StringComparison.Ordinal); at >= 0; at = block.IndexOf(sentence, at + 1, StringComparison.Ordinal))
            {
                bool starts = block[..at].Trim().Length == 0 || EndBefore.IsMatch(block[..at]);
                // Chinese and Japanese write the next sentence right after the full stop, with no space.
                bool ends = at + sentence.Length == block.Length || block[at + sentence.Length] == ' ' || sentence[^1] is '。' or '！' or '？';
                if (starts && ends)
                    return true;
            }
        }

        return false;
    }
}
