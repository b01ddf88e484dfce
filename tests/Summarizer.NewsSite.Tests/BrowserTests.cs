using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsSite;

namespace Summarizer.NewsSite.Tests;

/// <summary>
/// The page in a real browser: Debian's chromium, driven by Playwright by executable path, against the site on a real
/// Kestrel port on 127.0.0.1. Skipped, with the reason, where no chromium is installed (<c>apt-get install -y chromium</c>).
/// </summary>
[NonParallelizable]
public class BrowserTests
{
    /// <summary>The browser's executable: <c>NEWSSITE_CHROMIUM</c> when set, otherwise Debian's chromium.</summary>
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("NEWSSITE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private WebApplication? _site;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private string _baseUrl = "";

    [OneTimeSetUp]
    public async Task Start()
    {
        if (!File.Exists(ChromiumPath))
            Assert.Ignore($"No chromium at {ChromiumPath}, so the browser tests are skipped: install it with 'apt-get install -y chromium' (.ci/run does), or set NEWSSITE_CHROMIUM to a Chromium executable.");

        _site = NewsSiteApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"]);
        await _site.StartAsync();
        _baseUrl = _site.Urls.First(); // the bound port, once started

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_site is not null)
        {
            await _site.StopAsync();
            await _site.DisposeAsync();
        }
    }

    [Test]
    public async Task Button_ByKeyboard_HighlightsTheApisSentencesInPlace_AndScreenshots()
    {
        IPage page = await _browser!.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 1100 } });
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };
        await page.GotoAsync(_baseUrl + "/articles/night-trains");

        ILocator button = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "No time to read? Get a summary" });
        await Assertions.Expect(button).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#summary")).ToBeHiddenAsync();

        // Keyboard only: focus the button and press Enter.
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#article")).ToHaveAttributeAsync("data-summary-state", "done");
        await Assertions.Expect(page.Locator("#summary")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#summary")).ToBeFocusedAsync();

        using var http = new HttpClient { BaseAddress = new Uri(_baseUrl) };
        using HttpResponseMessage api = await http.PostAsJsonAsync("/api/summary", new { id = "night-trains", sentences = 3 });
        using JsonDocument body = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        string[] expected = [.. body.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()!)];
        Assert.That(expected, Has.Length.EqualTo(3));

        // Marks of one sentence (a sentence could cross a paragraph) are joined by its index.
        var marks = await page.Locator("#article mark").EvaluateAllAsync<string[][]>("ms => ms.map(m => [m.dataset.index, m.textContent])");
        string[] highlighted = [.. marks.GroupBy(m => m[0]).Select(g => string.Join(" ", g.Select(m => m[1])))];
        string[] listed = [.. await page.Locator("#summary-list li").AllTextContentsAsync()];
        Assert.That(highlighted.Select(Normalize), Is.EqualTo(expected.Select(Normalize)));
        Assert.That(listed, Is.EqualTo(expected));
        Assert.That(page.Url, Does.Contain("summary=3"), "the address is the shareable server-rendered one");
        Assert.That(consoleErrors, Is.Empty);

        string artifacts = Path.Combine(RepositoryRoot.Find(), "artifacts");
        Directory.CreateDirectory(artifacts);
        string screenshot = Path.Combine(artifacts, "newssite-summary.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.That(new FileInfo(screenshot).Length, Is.GreaterThan(10_000));
        TestContext.AddTestAttachment(screenshot, "The article with its summary");
        await page.CloseAsync();
    }

    [Test]
    public async Task WithoutJavaScript_TheButtonLoadsTheServerRenderedSummary()
    {
        await using IBrowserContext context = await _browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(_baseUrl + "/articles/lamp-reviews");

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "No time to read? Get a summary" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("summary=3"));
        await Assertions.Expect(page.Locator("#summary-list li")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("#article mark")).Not.ToHaveCountAsync(0);
    }

    [Test]
    public async Task SentenceTextWithMarkup_IsShownAsText()
    {
        IPage page = await _browser!.NewPageAsync();
        await page.GotoAsync(_baseUrl + "/articles/night-trains");
        const string hostile = "<script>window.injected = 1</script><img src=x onerror=\"window.injected = 2\">";
        await page.RouteAsync("**/api/summary", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(new { id = "night-trains", length = "1 sentences", documentSentenceCount = 15, sentences = new[] { new { index = 1, start = 30, length = 10, text = hostile, rank = 1, score = 1.0 } } }),
        }));

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "No time to read? Get a summary" }).ClickAsync();

        await Assertions.Expect(page.Locator("#summary-list li")).ToHaveTextAsync(hostile);
        Assert.That(await page.Locator("#summary script, #summary img").CountAsync(), Is.Zero);
        Assert.That(await page.EvaluateAsync<bool>("() => window.injected === undefined"), Is.True);
        await page.CloseAsync();
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
