using System.Text.Json;

namespace Summarizer.Cli.Tests;

public class WebPageInputTests
{
    private static readonly string[] ArticleParagraphs =
    [
        "The town council of Millbrook voted on Tuesday to build a flood barrier along the river, after the third serious flood in ten years.",
        "The barrier will protect the Riverside district, where more than four hundred homes were damaged when the water rose last winter. Residents had campaigned for protection since the first flood.",
        "Engineers say the design includes channels that carry excess river water into a restored wetland north of the town. The wetland will also give birds and fish a new habitat.",
        "Construction begins in the spring and should end by 2028. The work will close the riverside path for two summers, and the council has promised a temporary route.",
    ];

    private static readonly string Page = $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Millbrook builds a flood barrier | Valley Gazette</title></head>
        <body>
        <header><nav class="menu"><ul>
          <li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather forecast for the whole valley</a></li>
        </ul></nav></header>
        <div class="cookie-banner" id="cookie-consent">
          <p>We use cookies to improve your experience on our website. By continuing to browse you agree to our use of cookies.</p>
          <button>Accept all cookies</button>
        </div>
        <main><article>
          <h1>Millbrook builds a flood barrier</h1>
          {string.Concat(ArticleParagraphs.Select(p => $"<p>{p}</p>\n"))}
        </article></main>
        <footer><ul>
          <li><a href="/about">About the Valley Gazette and its reporters</a></li><li><a href="/contact">Contact us</a></li><li><a href="/privacy">Privacy policy</a></li>
        </ul><p>Copyright 2025 Valley Gazette. All rights reserved. Reproduction of this page is not allowed.</p></footer>
        </body></html>
        """;

    private static readonly string[] Boilerplate = ["cookies", "Home", "Weather", "About the Valley", "Privacy", "Copyright", "reserved"];

    private static string WritePage(string extension)
    {
        string path = Path.Combine(Path.GetTempPath(), $"page-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, Page);
        return path;
    }

    private static void AssertOnlyArticleSentences(string[] sentences)
    {
        Assert.That(sentences, Is.Not.Empty);
        string body = string.Join(" ", ArticleParagraphs);
        foreach (string sentence in sentences)
        {
            Assert.That(body, Does.Contain(sentence), "every summary sentence comes from the article body");
            foreach (string word in Boilerplate)
                Assert.That(sentence, Does.Not.Contain(word));
        }
    }

    [Test]
    public void AnHtmlFileIsSummarizedFromItsArticleOnly()
    {
        string path = WritePage(".html");
        try
        {
            // Every sentence the selection allows: none may come from the menu, banner or footer.
            var result = CliRunner.Run("", path, "--ratio", "1");
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            AssertOnlyArticleSentences(result.Lines);
            Assert.That(result.Lines, Has.Length.GreaterThanOrEqualTo(6));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void JsonGivesTheArticleTitleAndTheTextTheSpansReferTo()
    {
        string path = WritePage(".htm");
        try
        {
            var result = CliRunner.Run("", path, "--format", "json", "-n", "2");
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            using JsonDocument json = JsonDocument.Parse(result.Out);
            JsonElement root = json.RootElement;
            Assert.That(root.GetProperty("options").GetProperty("input").GetString(), Is.EqualTo("html"));
            Assert.That(root.GetProperty("title").GetString(), Does.Contain("Millbrook builds a flood barrier"));
            string text = root.GetProperty("text").GetString()!;
            foreach (string word in Boilerplate)
                Assert.That(text, Does.Not.Contain(word));
            Assert.That(text, Does.Contain(ArticleParagraphs[2]));
            Assert.That(text, Does.Not.Contain("<p>"));
            foreach (JsonElement s in root.GetProperty("sentences").EnumerateArray())
                Assert.That(text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()), Is.EqualTo(s.GetProperty("text").GetString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void StandardInputIsSniffedForADoctype()
    {
        var result = CliRunner.Run("\n  " + Page, "--ratio", "1");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        AssertOnlyArticleSentences(result.Lines);
    }

    [Test]
    public void StandardInputStartingWithAnHtmlTagIsAWebPage()
    {
        string page = Page[Page.IndexOf("<html", StringComparison.Ordinal)..];
        var result = CliRunner.Run(page, "--format", "json");
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.That(json.RootElement.GetProperty("options").GetProperty("input").GetString(), Is.EqualTo("html"));
    }

    [Test]
    public void InputTextKeepsAPageAsText()
    {
        var result = CliRunner.Run(Page, "--input", "text", "--format", "json");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.That(json.RootElement.GetProperty("options").GetProperty("input").GetString(), Is.EqualTo("text"));
        Assert.That(json.RootElement.TryGetProperty("text", out _), Is.False);
    }

    [Test]
    public void InputHtmlReadsAPageWhateverTheFileIsCalled()
    {
        string path = WritePage(".txt");
        try
        {
            var asText = CliRunner.Run("", path, "--format", "json");
            using (JsonDocument json = JsonDocument.Parse(asText.Out))
                Assert.That(json.RootElement.GetProperty("options").GetProperty("input").GetString(), Is.EqualTo("text"), "by its name, a .txt file is text");
            var asHtml = CliRunner.Run("", path, "--ratio", "1", "--input", "html");
            Assert.That(asHtml.ExitCode, Is.Zero, asHtml.Error);
            AssertOnlyArticleSentences(asHtml.Lines);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void SentencesCommandSplitsTheArticleOfAPage()
    {
        var result = CliRunner.Run(Page, "sentences");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Has.Length.EqualTo(7));
        AssertOnlyArticleSentences(result.Lines);
    }

    [Test]
    public void APageWithoutAClearArticleIsSummarizedWholeWithAWarning()
    {
        var result = CliRunner.Run("<!DOCTYPE html><html><head><title>Links</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></body></html>", "-n", "1");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Contain("Home"));
        Assert.That(result.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.Contain("warning: no clear article").And.Contain("standard input"));
    }

    [Test]
    public void APageWithoutTextIsAnInputError()
    {
        var result = CliRunner.Run("<!DOCTYPE html><html><head><title>Nothing</title></head><body><img alt=\"\"></body></html>", "-n", "1");
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Out);
        Assert.That(result.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.Contain("no text found").And.Contain("standard input"));
    }
}
