using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NewsSite;

namespace Summarizer.NewsSite.Tests;

/// <summary>
/// The API on a real Kestrel port of 127.0.0.1, where TestServer differs: Kestrel's own body size limit on a chunked
/// body, and a client that closes its connection mid-summary.
/// </summary>
public class KestrelApiTests
{
    private readonly BlockingSummarizer _blocking = new();
    private WebApplication _site = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _site = NewsSiteApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production", "--Logging:LogLevel:Default", "Warning", "--NewsSite:MaxRequestBytes", "4096"],
            builder => builder.Services.AddKeyedSingleton<ISummarizer>("blocking", _blocking));
        _site.MapPost("/test/blocking", (HttpContext context, [FromKeyedServices("blocking")] ISummarizer summarizer, ArticleCatalog catalog, Microsoft.Extensions.Options.IOptions<NewsSiteOptions> site, Microsoft.Extensions.Options.IOptions<Summarizer.Extensions.DependencyInjection.SummarizerOptions> options) =>
            SummaryApi.HandleAsync(context, summarizer, catalog, site, options));
        await _site.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_site.Urls.First()) };
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        _client.Dispose();
        await _site.StopAsync();
        await _site.DisposeAsync();
    }

    [Test]
    public async Task ChunkedBodyOverTheLimit_Is413Problem()
    {
        var content = new ChunkedJsonContent("{\"id\":\"night-trains\"}" + new string(' ', 10_000));

        using HttpResponseMessage response = await _client.PostAsync("/api/summary", content);

        await SummaryApiTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Test]
    public async Task ContentLengthOverTheLimit_Is413Problem()
    {
        using HttpResponseMessage response = await _client.PostJsonAsync("{\"id\":\"night-trains\"}" + new string(' ', 10_000));

        await SummaryApiTests.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Test]
    public async Task ASummaryOverKestrel_IsTheContract()
    {
        using HttpResponseMessage response = await _client.PostSummaryAsync(new { id = "lamp-reviews", sentences = 2 });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await response.JsonAsync()).GetProperty("sentences").GetArrayLength(), Is.EqualTo(2));
    }

    [Test]
    public async Task ClientClosingTheConnection_CancelsTheSummary()
    {
        using var cancellation = new CancellationTokenSource();
        Task<HttpResponseMessage> request = _client.PostAsJsonAsync("/test/blocking", new { id = "night-trains" }, cancellation.Token); // the API handler, with the blocking summarizer
        await _blocking.Started.Task.WaitAsync(TimeSpan.FromMinutes(1)); // a guard against hanging, not a timing assertion

        await cancellation.CancelAsync();

        Assert.That(async () => await request, Throws.InstanceOf<OperationCanceledException>());
        bool cancelled = await _blocking.Cancelled.Task.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.That(cancelled, Is.True, "Kestrel's RequestAborted reached the summarizer when the connection closed");
    }

    /// <summary>A JSON body sent with chunked transfer encoding (no Content-Length).</summary>
    private sealed class ChunkedJsonContent : HttpContent
    {
        private readonly string json;

        public ChunkedJsonContent(string json)
        {
            this.json = json;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(json)).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
