using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsSite;

namespace Summarizer.NewsSite.Tests;

/// <summary>POST /api/summary in memory: the JSON contract and every error status, each as RFC 7807 problem details.</summary>
public class SummaryApiTests
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

    private string ArticleText(string id) => _factory.Services.GetRequiredService<ArticleCatalog>().Find(id)!.Text;

    [Test]
    public async Task ArticleById_GivesSentencesInDocumentOrderWithSpansRanksAndScores()
    {
        using HttpResponseMessage response = await _client.PostSummaryAsync(new { id = "night-trains", sentences = 3 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        JsonElement body = await response.JsonAsync();
        Assert.That(body.GetProperty("id").GetString(), Is.EqualTo("night-trains"));
        Assert.That(body.GetProperty("length").GetString(), Is.EqualTo("3 sentences"));
        Assert.That(body.GetProperty("documentSentenceCount").GetInt32(), Is.GreaterThan(3));

        string text = ArticleText("night-trains");
        JsonElement[] sentences = [.. body.GetProperty("sentences").EnumerateArray()];
        Assert.That(sentences, Has.Length.EqualTo(3));
        Assert.That(sentences.Select(s => s.GetProperty("rank").GetInt32()), Is.EquivalentTo(new[] { 1, 2, 3 }));
        Assert.That(sentences.Select(s => s.GetProperty("index").GetInt32()), Is.Ordered.Ascending);
        foreach (JsonElement s in sentences)
        {
            int start = s.GetProperty("start").GetInt32(), length = s.GetProperty("length").GetInt32();
            Assert.That(text.Substring(start, length), Is.EqualTo(s.GetProperty("text").GetString()), "each span indexes the article's text");
            Assert.That(s.GetProperty("score").GetDouble(), Is.GreaterThan(0));
        }
    }

    [Test]
    public async Task Text_GivesSpansOfThatText()
    {
        const string text = "The river flooded the town twice this year. Engineers proposed a new barrier along the bank. The council will vote on the barrier next month. A bakery changed its opening hours.";
        using HttpResponseMessage response = await _client.PostSummaryAsync(new { text, sentences = 2 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        JsonElement body = await response.JsonAsync();
        Assert.That(body.GetProperty("id").ValueKind, Is.EqualTo(JsonValueKind.Null));
        foreach (JsonElement s in body.GetProperty("sentences").EnumerateArray())
            Assert.That(text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()), Is.EqualTo(s.GetProperty("text").GetString()));
        Assert.That(body.GetProperty("sentences").GetArrayLength(), Is.EqualTo(2));
    }

    [TestCase("{\"id\":\"night-trains\",\"sentences\":3}", "3 sentences")]
    [TestCase("{\"id\":\"night-trains\",\"percent\":20}", "20%")]
    [TestCase("{\"id\":\"night-trains\",\"words\":100}", "100 words")]
    [TestCase("{\"id\":\"night-trains\"}", "3 sentences")] // appsettings.json: Summarizer:DefaultLength 3
    public async Task EachLength_IsHonoured(string json, string expectedLength)
    {
        using HttpResponseMessage response = await _client.PostJsonAsync(json);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        JsonElement body = await response.JsonAsync();
        Assert.That(body.GetProperty("length").GetString(), Is.EqualTo(expectedLength));
        JsonElement[] sentences = [.. body.GetProperty("sentences").EnumerateArray()];
        Assert.That(sentences, Is.Not.Empty);
        if (json.Contains("words", StringComparison.Ordinal))
        {
            int words = sentences.Sum(s => s.GetProperty("text").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.That(words, Is.LessThanOrEqualTo(100));
        }
        if (json.Contains("percent", StringComparison.Ordinal))
            Assert.That(sentences, Has.Length.LessThanOrEqualTo(Math.Ceiling(body.GetProperty("documentSentenceCount").GetInt32() * 0.2)));
    }

    [TestCase("{\"id\":\"night-trains\",", "body", TestName = "MalformedJson_Is400NamingTheBody")]
    [TestCase("[1,2]", "body", TestName = "NotAnObject_Is400NamingTheBody")]
    [TestCase("null", "body", TestName = "NullBody_Is400NamingTheBody")]
    [TestCase("{\"id\":\"night-trains\",\"sentences\":\"three\"}", "sentences", TestName = "WrongType_Is400NamingTheField")]
    [TestCase("{\"id\":\"night-trains\",\"sentences\":2.5}", "sentences", TestName = "FractionalCount_Is400NamingTheField")]
    [TestCase("{\"id\":\"night-trains\",\"length\":3}", "length", TestName = "UnknownField_Is400NamingIt")]
    [TestCase("{\"sentences\":3}", "id", TestName = "NeitherIdNorText_Is400")]
    [TestCase("{\"id\":\"night-trains\",\"text\":\"A text.\"}", "text", TestName = "BothIdAndText_Is400")]
    [TestCase("{\"text\":\"   \"}", "text", TestName = "BlankText_Is400")]
    [TestCase("{\"id\":\"night-trains\",\"sentences\":0}", "sentences", TestName = "ZeroSentences_Is400")]
    [TestCase("{\"id\":\"night-trains\",\"sentences\":101}", "sentences", TestName = "TooManySentences_Is400")]
    [TestCase("{\"id\":\"night-trains\",\"percent\":0}", "percent", TestName = "ZeroPercent_Is400")]
    [TestCase("{\"id\":\"night-trains\",\"percent\":150}", "percent", TestName = "OverHundredPercent_Is400")]
    [TestCase("{\"id\":\"night-trains\",\"words\":-5}", "words", TestName = "NegativeWords_Is400")]
    [TestCase("{\"id\":\"night-trains\",\"sentences\":3,\"words\":100}", "words", TestName = "TwoLengths_Is400NamingBoth")]
    public async Task BadRequest_Is400ProblemNamingTheField(string json, string field)
    {
        using HttpResponseMessage response = await _client.PostJsonAsync(json);

        JsonElement problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest, field);
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("The summary request is not valid."));
    }

    [Test]
    public async Task UnknownArticle_Is404ProblemNamingId()
    {
        using HttpResponseMessage response = await _client.PostSummaryAsync(new { id = "no-such-article" });

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "id");
    }

    [Test]
    public async Task TextOverMaxInputLength_Is413ProblemNamingText()
    {
        string text = string.Concat(Enumerable.Repeat("Words fill this sentence. ", 100_000 / 26 + 1)); // just over 100,000 characters
        Assert.That(text, Has.Length.GreaterThan(100_000));

        using HttpResponseMessage response = await _client.PostSummaryAsync(new { text });

        JsonElement problem = await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "text");
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("100,000"));
    }

    [Test]
    public async Task TextAtMaxInputLength_IsSummarized()
    {
        string text = string.Concat(Enumerable.Repeat("Words fill this sentence. ", 100_000 / 26))[..^1];
        using HttpResponseMessage response = await _client.PostSummaryAsync(new { text, sentences = 1 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task BodyOverMaxRequestBytes_Is413ProblemNamingTheBody()
    {
        string padding = new(' ', 1_048_577); // white space is valid JSON, so only the size is wrong
        using HttpResponseMessage response = await _client.PostJsonAsync("{\"id\":\"night-trains\"}" + padding);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Test]
    public async Task BodyOverMaxRequestBytes_Is413EvenWithoutContentLength()
    {
        using var factory = new NewsSiteFactory(settings: new Dictionary<string, string?> { ["NewsSite:MaxRequestBytes"] = "64" });
        using HttpClient client = factory.CreateClient();
        var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes("{\"id\":\"night-trains\"}" + new string(' ', 100))));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        content.Headers.ContentLength = null;

        using HttpResponseMessage response = await client.PostAsync("/api/summary", content);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Test]
    public async Task NotJson_Is415Problem()
    {
        using HttpResponseMessage response = await _client.PostAsync("/api/summary", new StringContent("id=night-trains", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "body");
    }

    [Test]
    public async Task Get_Is405Problem()
    {
        using HttpResponseMessage response = await _client.GetAsync("/api/summary");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task FailureInsideTheSummarizer_Is500ProblemWithoutStackTrace()
    {
        // The factory runs the site in the Development environment, where a developer page would show details.
        using var factory = new NewsSiteFactory(services => services.AddSingleton<ISummarizer>(new ThrowingSummarizer()));
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await client.PostSummaryAsync(new { id = "night-trains" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        string body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Not.Contain(ThrowingSummarizer.Secret));
        Assert.That(body, Does.Not.Contain("InvalidOperationException"));
        Assert.That(body, Does.Not.Contain(" at ").And.Not.Contain(".cs:line"));
        Assert.That(body, Does.Not.Contain(nameof(ThrowingSummarizer)));
    }

    [Test]
    public async Task FailureWhileRenderingAPage_Is500ProblemWithoutStackTrace()
    {
        using var factory = new NewsSiteFactory(services => services.AddSingleton<ISummarizer>(new ThrowingSummarizer()));
        using HttpClient client = factory.CreateClient();

        using HttpResponseMessage response = await client.GetAsync("/articles/night-trains?summary=3");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        string body = await response.Content.ReadAsStringAsync();
        Assert.That(body, Does.Not.Contain(ThrowingSummarizer.Secret).And.Not.Contain(".cs:line").And.Not.Contain("InvalidOperationException"));
    }

    [Test]
    public async Task ScriptInText_ComesBackAsJsonTextNeverMarkup()
    {
        const string text = "The council met on Monday. <script>alert('x')</script> The vote was close, said the clerk. <img src=x onerror=alert(1)> A new park opens in May.";
        using HttpResponseMessage response = await _client.PostSummaryAsync(new { text, sentences = 3 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        string raw = await response.Content.ReadAsStringAsync();
        Assert.That(raw, Does.Not.Contain("<script").And.Not.Contain("<img"), "angle brackets are escaped in the JSON");
        Assert.That(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Contains("nosniff"));
        JsonElement body = JsonDocument.Parse(raw).RootElement;
        foreach (JsonElement s in body.GetProperty("sentences").EnumerateArray())
            Assert.That(text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()), Is.EqualTo(s.GetProperty("text").GetString()));
    }

    [Test]
    public async Task ClientGoingAway_CancelsTheSummary()
    {
        var summarizer = new BlockingSummarizer();
        using var factory = new NewsSiteFactory(services => services.AddSingleton<ISummarizer>(summarizer));
        using HttpClient client = factory.CreateClient();
        using var cancellation = new CancellationTokenSource();

        Task<HttpResponseMessage> request = client.PostSummaryAsync(new { id = "night-trains" }, cancellation.Token);
        await summarizer.Started.Task.WaitAsync(TimeSpan.FromMinutes(1)); // a guard against hanging, not a timing assertion
        await cancellation.CancelAsync();

        Assert.That(async () => await request, Throws.InstanceOf<OperationCanceledException>());
        bool cancelled = await summarizer.Cancelled.Task.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.That(cancelled, Is.True, "the summarizer's token was cancelled when the client went away");
    }

    [Test]
    public async Task RealPipeline_StopsOnACancelledToken()
    {
        // The endpoint passes RequestAborted to the registered pipeline, which stops when that token is cancelled.
        var pipeline = _factory.Services.GetRequiredService<ISummarizer>();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        Assert.That(() => pipeline.Summarize(ArticleText("night-trains"), SummaryLength.Sentences(3), cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        string raw = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(status), raw);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), raw);
        JsonElement problem = JsonDocument.Parse(raw).RootElement;
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo((int)status));
        Assert.That(problem.TryGetProperty("title", out _), Is.True);
        Assert.That(problem.TryGetProperty("type", out _), Is.True);
        Assert.That(problem.GetProperty("errors").TryGetProperty(field, out JsonElement messages), Is.True, $"the problem names '{field}': {raw}");
        Assert.That(messages.GetArrayLength(), Is.GreaterThan(0));
        Assert.That(raw, Does.Not.Contain(".cs:line").And.Not.Contain("Exception"), "no stack trace or exception in a problem");
        return problem;
    }
}
