using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NewsSite;

namespace Summarizer.NewsSite.Tests;

/// <summary>The server-rendered pages: the articles, the button, and the summary that works without JavaScript.</summary>
public partial class ArticlePageTests
{
    private NewsSiteFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new NewsSiteFactory();
        _client = _factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Index_ListsTheSampleArticles()
    {
        string html = await _client.GetStringAsync("/");

        foreach (string id in new[] { "night-trains", "lamp-reviews", "community-garden", "bird-count" })
            Assert.That(html, Does.Contain($"href=\"/articles/{id}\""));
        Assert.That(html, Does.Not.Contain("no-text"), "a JSON line without a text is no article");
    }

    [Test]
    public async Task ArticlePage_ShowsTitleThenBodyAndTheButton()
    {
        using HttpResponseMessage response = await _client.GetAsync("/articles/night-trains");
        string html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.Contain("script-src 'self'"));
        int title = html.IndexOf("Night trains are coming back</h1>", StringComparison.Ordinal);
        int button = html.IndexOf(">No time to read? Get a summary</button>", StringComparison.Ordinal);
        int body = html.IndexOf("Sleeper trains, which many rail companies", StringComparison.Ordinal);
        Assert.That(title, Is.GreaterThan(0));
        Assert.That(button, Is.GreaterThan(title));
        Assert.That(body, Is.GreaterThan(button));
        Assert.That(html, Does.Contain("<section id=\"summary\"").And.Contain(" hidden>"));
        Assert.That(html, Does.Not.Contain("<mark"));
        Assert.That(html, Does.Contain("method=\"get\"").And.Contain("name=\"summary\""), "the button submits a plain form without JavaScript");
    }

    [Test]
    public async Task HtmlArticle_IsItsHeadingAndParagraphsWithoutPageChrome()
    {
        string html = await _client.GetStringAsync("/articles/community-garden");

        Assert.That(html, Does.Contain("Old car park becomes a community garden</h1>"));
        Assert.That(html, Does.Contain("An empty car park behind the Eastside library"));
        Assert.That(html, Does.Not.Contain("cookies").And.Not.Contain("By our local reporter"));
    }

    [TestCase("3", 3)]
    [TestCase("20%", -1)]
    [TestCase("100w", -1)]
    public async Task SummaryQuery_RendersTheApisSentencesMarkedInPlace(string summary, int expectedCount)
    {
        string html = await _client.GetStringAsync($"/articles/night-trains?summary={Uri.EscapeDataString(summary)}");
        object request = summary switch
        {
            "20%" => new { id = "night-trains", percent = 20 },
            "100w" => new { id = "night-trains", words = 100 },
            _ => new { id = "night-trains", sentences = 3 },
        };
        using HttpResponseMessage api = await _client.PostSummaryAsync(request);
        JsonElement body = await api.JsonAsync();
        string[] expected = [.. body.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()!)];

        string[] listed = [.. ListItem().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];
        string[] marked = [.. Mark().Matches(html).GroupBy(m => m.Groups[1].Value).Select(g => string.Join(" ", g.Select(m => WebUtility.HtmlDecode(m.Groups[2].Value))))];
        Assert.That(listed, Is.EqualTo(expected));
        Assert.That(marked, Is.EqualTo(expected));
        if (expectedCount > 0)
            Assert.That(marked, Has.Length.EqualTo(expectedCount));
        Assert.That(html, Does.Not.Contain(" hidden>"), "the summary box is shown");
    }

    [Test]
    public async Task BadSummaryQuery_Is400PageWithTheReason()
    {
        using HttpResponseMessage response = await _client.GetAsync("/articles/night-trains?summary=lots");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("&#x27;lots&#x27; is not a summary length"));
    }

    [Test]
    public async Task UnknownArticle_Is404Page()
    {
        using HttpResponseMessage response = await _client.GetAsync("/articles/no-such-article");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task ScriptInAnArticle_IsRenderedAsText()
    {
        const string text = "Council meets <script>alert(1)</script>\n\nThe council met on Monday to discuss <script>alert(2)</script> the budget. The vote was close. A new park opens in May, the mayor said.";
        using var factory = new NewsSiteFactory(services => services.AddSingleton(new ArticleCatalog([new Article("scripted", text)])));
        using HttpClient client = factory.CreateClient();

        string html = await client.GetStringAsync("/articles/scripted?summary=3");

        Assert.That(html, Does.Not.Contain("<script>alert"));
        Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;</h1>").Or.Contain("&lt;script&gt;alert(1)&lt;/script&gt;</mark></h1>"));
        Assert.That(html, Does.Contain("<mark"));
    }

    [Test]
    public async Task Assets_AreServedAndUnknownOnesAre404()
    {
        using HttpResponseMessage script = await _client.GetAsync("/assets/summary.js");
        using HttpResponseMessage style = await _client.GetAsync("/assets/site.css");
        using HttpResponseMessage missing = await _client.GetAsync("/assets/missing.js");

        Assert.That(script.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(await script.Content.ReadAsStringAsync(), Does.Contain("/api/summary").And.Not.Contain("innerHTML"));
        Assert.That(style.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [GeneratedRegex("<li data-index=\"\\d+\" data-rank=\"\\d+\">(.*?)</li>")]
    private static partial Regex ListItem();

    [GeneratedRegex("<mark data-index=\"(\\d+)\" data-rank=\"\\d+\">(.*?)</mark>", RegexOptions.Singleline)]
    private static partial Regex Mark();
}
