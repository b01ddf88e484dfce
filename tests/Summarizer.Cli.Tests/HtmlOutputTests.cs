using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Summarizer.Cli.Tests;

public class HtmlOutputTests
{
    private const string Article = """
        Harbour town opens a ferry to the island

        A new electric ferry began carrying passengers between the harbour and the island on Monday, replacing a diesel boat that had run the route for forty years.
        The ferry crosses in twenty minutes and charges its batteries at the harbour while passengers board.

        Islanders had asked for more crossings for a decade. The new timetable has eleven return trips a day instead of six, and the last boat leaves the harbour at ten in the evening.
        A café on the quay says business doubled in the first week.

        The harbour authority paid for the ferry with a regional grant and a loan. It expects ticket sales to repay the loan within twelve years.
        """;

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    private static JsonElement[] SummarySentences(string stdin, params string[] args)
    {
        var json = CliRunner.Run(stdin, [.. args, "--format", "json"]);
        Assert.That(json.ExitCode, Is.Zero, json.Error);
        using JsonDocument document = JsonDocument.Parse(json.Out);
        return document.RootElement.GetProperty("sentences").EnumerateArray().Select(e => e.Clone()).ToArray();
    }

    [Test]
    public void HighlightsExactlyTheSummarySentencesInDocumentOrder()
    {
        var result = CliRunner.Run(Article, "--format", "html", "--sentences", "3");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        IHtmlDocument page = Parse(result.Out);

        JsonElement[] expected = SummarySentences(Article, "--sentences", "3");
        IElement[] marks = page.QuerySelectorAll("article.document .text mark.summary").ToArray();
        Assert.That(marks.Select(m => m.TextContent), Is.EqualTo(expected.Select(s => s.GetProperty("text").GetString())));
        Assert.That(marks.Select(m => m.GetAttribute("data-rank")), Is.EqualTo(expected.Select(s => s.GetProperty("rank").GetInt32().ToString(CultureInfo.InvariantCulture))));
        // The page's summary list gives the same sentences.
        Assert.That(page.QuerySelectorAll("ul.summary-list li a").Select(a => a.TextContent), Is.EqualTo(marks.Select(m => m.TextContent)));
    }

    [Test]
    public void ShowsTheWholeArticleWithEverySentenceShadedByScore()
    {
        var result = CliRunner.Run(Article, "--format", "html", "-n", "2");
        IHtmlDocument page = Parse(result.Out);
        IElement text = page.QuerySelector("article.document .text")!;
        Assert.That(text, Is.Not.Null);
        // Everything between sentences (line breaks, blank lines between paragraphs) is kept: the text is the input.
        Assert.That(text.TextContent, Is.EqualTo(Article));

        // Candidates are shaded; headings and navigation lines are muted and unshaded (see ShowsNonCandidatesMuted).
        IElement[] sentences = text.QuerySelectorAll(".sentence:not(.muted)").ToArray();
        Assert.That(sentences, Has.Length.GreaterThan(6));
        double[] scores = sentences.Select(s => double.Parse(s.GetAttribute("data-score")!, CultureInfo.InvariantCulture)).ToArray();
        double[] alphas = sentences.Select(Alpha).ToArray();
        for (int i = 0; i < sentences.Length; i++)
        {
            for (int j = 0; j < sentences.Length; j++)
            {
                if (scores[i] > scores[j])
                    Assert.That(alphas[i], Is.GreaterThanOrEqualTo(alphas[j]), "a higher score is never shaded lighter");
            }
        }

        Assert.That(alphas.Max(), Is.EqualTo(0.6).Within(1e-9), "the best sentence gets the strongest shade");
        Assert.That(alphas.Min(), Is.Zero, "the weakest gets none");
        Assert.That(page.QuerySelector(".legend")?.TextContent, Does.Contain("score").And.Contain("rank"));
    }

    [Test]
    public void ShowsNonCandidatesMuted()
    {
        const string page = """
            Night trains return to the northern line

            Skip the article?
            Listen instead

            Sleeper carriages will run again between the capital and the northern ports from March, the rail operator said on Tuesday.
            The service was withdrawn nine years ago when the old carriages failed a safety inspection.
            Each train will carry two hundred passengers in compartments of two and four berths.
            """;
        IHtmlDocument html = Parse(CliRunner.Run(page, "--format", "html", "-n", "2").Out);
        string[] muted = html.QuerySelectorAll("article.document .text .sentence.muted").Select(e => e.TextContent).ToArray();
        Assert.That(muted, Is.SupersetOf(new[] { "Night trains return to the northern line", "Skip the article?", "Listen instead" }));
        Assert.That(html.QuerySelectorAll(".sentence.muted").All(e => !e.HasAttribute("style")), "muted lines are not shaded");
    }

    private static double Alpha(IElement sentence)
    {
        string style = sentence.GetAttribute("style")!;
        int comma = style.LastIndexOf(',');
        return double.Parse(style[(comma + 1)..].TrimEnd(')', ' ', ';'), CultureInfo.InvariantCulture);
    }

    [Test]
    public void IsASelfContainedHtml5Page()
    {
        var result = CliRunner.Run(Article, "--format", "html");
        Assert.That(result.Out, Does.StartWith("<!DOCTYPE html>"));
        IHtmlDocument page = Parse(result.Out);
        Assert.That(page.Doctype?.Name, Is.EqualTo("html"));
        Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo("en"));
        Assert.That(page.CharacterSet, Is.EqualTo("UTF-8").IgnoreCase);
        Assert.That(page.Title, Is.Not.Empty);
        Assert.That(page.Head!.QuerySelector("style"), Is.Not.Null, "inline CSS");
        Assert.That(page.QuerySelectorAll("script, link, img, iframe, object, embed"), Is.Empty, "nothing loaded from elsewhere");
        Assert.That(page.QuerySelectorAll("[src]"), Is.Empty);
        Assert.That(result.Out, Does.Not.Contain("http://").And.Not.Contain("https://").And.Not.Contain("@import").And.Not.Contain("url("));
    }

    [Test]
    public void EncodesTheTextSoMarkupInItStaysText()
    {
        const string text = "The page said <script>alert('x')</script> & more. Its author wrote \"<b>bold</b>\" in plain text. Nothing else ran on the page at all.";
        var result = CliRunner.Run(text, "--format", "html", "--input", "text", "-n", "1");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        IHtmlDocument page = Parse(result.Out);
        Assert.That(page.QuerySelectorAll("script, b"), Is.Empty);
        Assert.That(page.QuerySelector(".text")!.TextContent, Is.EqualTo(text));
    }

    [Test]
    public void SeveralFilesAreOneArticleEachOnOnePage()
    {
        string first = Path.GetTempFileName(), second = Path.GetTempFileName();
        try
        {
            File.WriteAllText(first, Article);
            File.WriteAllText(second, "A second story about a library. The library opens on Sundays now. Readers asked for it for years.");
            var result = CliRunner.Run("", "--format", "html", "-n", "1", first, second);
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            IHtmlDocument page = Parse(result.Out);
            IElement[] articles = page.QuerySelectorAll("article.document").ToArray();
            Assert.That(articles, Has.Length.EqualTo(2));
            Assert.That(articles[0].QuerySelector(".text")!.TextContent, Is.EqualTo(Article));
            Assert.That(articles[1].QuerySelector(".text")!.TextContent, Does.StartWith("A second story"));
            Assert.That(articles.Select(a => a.QuerySelectorAll(".text mark.summary").Length), Is.EqualTo(new[] { 1, 1 }));
            Assert.That(page.QuerySelectorAll("html"), Has.Length.EqualTo(1), "one page, not two concatenated");
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }
}
