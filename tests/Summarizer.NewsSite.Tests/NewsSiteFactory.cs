using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.NewsSite.Tests;

/// <summary>The site in memory (TestServer), with optional replacement services and settings.</summary>
internal sealed class NewsSiteFactory(Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (settings is not null)
        {
            foreach ((string key, string? value) in settings)
                builder.UseSetting(key, value);
        }
        if (services is not null)
            builder.ConfigureTestServices(services);
    }
}

internal static class Http
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string json, CancellationToken cancellationToken = default) =>
        client.PostAsync("/api/summary", new StringContent(json, System.Text.Encoding.UTF8, "application/json"), cancellationToken);

    public static Task<HttpResponseMessage> PostSummaryAsync(this HttpClient client, object request, CancellationToken cancellationToken = default) =>
        client.PostAsJsonAsync("/api/summary", request, cancellationToken);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        string body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }
}

/// <summary>The repository's root (the folder with Summarizer.sln), found upwards from the test's folder.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Summarizer.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException("Summarizer.sln not found above " + AppContext.BaseDirectory);
    }
}
