// A bounded load run of POST /api/summary over loopback: starts samples/NewsSite in this process on a free port of
// 127.0.0.1 (or uses --url, which must be a loopback address), sends a fixed number of requests a fixed number at a
// time, and prints requests/s, latency percentiles and errors. It stops by itself: after the count, or after --max-seconds.
//   dotnet run -c Release --project benchmarks/Summarizer.NewsSite.Load -- [--requests 2000] [--concurrency 8] [--url http://127.0.0.1:5080]
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Builder;
using NewsSite;

int requests = IntOption("--requests", 2000);
int concurrency = IntOption("--concurrency", 8);
int warmup = IntOption("--warmup", 100);
int maxSeconds = IntOption("--max-seconds", 300);
string? url = Option("--url");

if (requests < 1 || concurrency < 1 || warmup < 0 || maxSeconds < 1)
{
    Console.Error.WriteLine("--requests, --concurrency and --max-seconds must be at least 1, --warmup at least 0.");
    return 2;
}

WebApplication? site = null;
if (url is null)
{
    site = NewsSiteApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production", "--Logging:LogLevel:Default", "Warning"]);
    await site.StartAsync();
    url = site.Urls.First();
}
else if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? target) || !(target.IsLoopback || (IPAddress.TryParse(target.Host, out IPAddress? address) && IPAddress.IsLoopback(address))))
{
    Console.Error.WriteLine($"--url must be a loopback address (127.0.0.1, localhost, [::1]): {url}");
    return 2;
}

string[] ids = ["night-trains", "community-garden", "lamp-reviews", "bird-count"];
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(maxSeconds));

// Warm-up: JIT, the summarizer's caches and the connections, not counted.
for (int i = 0; i < warmup; i++)
    await SendAsync(i, deadline.Token);

var latencies = new double[requests];
int errors = 0;
int sent = 0;
long started = Stopwatch.GetTimestamp();
try
{
    await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = deadline.Token }, async (i, token) =>
    {
        long t0 = Stopwatch.GetTimestamp();
        bool ok = await SendAsync(i, token);
        latencies[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        Interlocked.Increment(ref sent);
        if (!ok)
            Interlocked.Increment(ref errors);
    });
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine($"Stopped after --max-seconds {maxSeconds} with {sent} of {requests} requests sent.");
}
double seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;

double[] done = [.. latencies.Take(sent).Order()];
int completed = done.Length;
Console.WriteLine($"POST /api/summary on {url}: {completed} requests ({warmup} warm-up before), {concurrency} at a time, bodies rotating over {ids.Length} articles, 3 sentences each");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, server {(site is null ? "external" : "in this process")}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requests/s: {completed / seconds:F0}  (wall {seconds:F2} s)"));
if (completed > 0)
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency ms: p50 {Percentile(done, 0.50):F2}  p90 {Percentile(done, 0.90):F2}  p99 {Percentile(done, 0.99):F2}  max {done[^1]:F2}"));
Console.WriteLine($"errors: {errors + (requests - completed)}");

if (site is not null)
{
    await site.StopAsync();
    await site.DisposeAsync();
}
return errors == 0 && completed == requests ? 0 : 1;

async Task<bool> SendAsync(int i, CancellationToken token)
{
    try
    {
        using HttpResponseMessage response = await client.PostAsJsonAsync("/api/summary", new { id = ids[i % ids.Length], sentences = 3 }, token);
        await response.Content.ReadAsByteArrayAsync(token);
        return response.StatusCode == HttpStatusCode.OK;
    }
    catch (HttpRequestException)
    {
        return false;
    }
}

static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

string? Option(string name)
{
    int at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

int IntOption(string name, int fallback) =>
    Option(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
