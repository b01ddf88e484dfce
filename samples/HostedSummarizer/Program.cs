// Summarizes a file, or a short built-in text, with an ISummarizer resolved from the generic host.
// Settings come from appsettings.json ("Summarizer" section), environment variables (Summarizer__Algorithm=lexrank)
// and the command line (--Summarizer:DefaultLength 1).
//   dotnet run --project samples/HostedSummarizer
//   dotnet run --project samples/HostedSummarizer -- --file path/to/article.txt
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Summarizer;
using Summarizer.Extensions.DependencyInjection;

// appsettings.json is copied beside the program, so look for it there whatever the working directory.
HostApplicationBuilder builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.Configure<SummarizerOptions>(builder.Configuration.GetSection(SummarizerOptions.SectionName));
builder.Services.AddSummarizer();
builder.Services.AddOptions<SummarizerOptions>().ValidateOnStart(); // a bad setting stops the host at start, not at first use
builder.Services.AddSingleton<ArticleDigest>();

using IHost host = builder.Build();
try
{
    await host.StartAsync();
}
catch (OptionsValidationException e)
{
    Console.Error.WriteLine($"Invalid settings: {e.Message}");
    return 2;
}

string? file = builder.Configuration["file"];
string text = file is null ? SampleText.Article : await File.ReadAllTextAsync(file);
int written = host.Services.GetRequiredService<ArticleDigest>().Write(text, Console.Out);

await host.StopAsync();
return written > 0 ? 0 : 1;

/// <summary>An application service that depends only on <see cref="ISummarizer"/> and the configured length.</summary>
internal sealed class ArticleDigest(ISummarizer summarizer, IOptions<SummarizerOptions> options)
{
    public int Write(string text, TextWriter output)
    {
        Summary summary = summarizer.Summarize(text, options.Value.GetDefaultLength());
        foreach (ScoredSentence sentence in summary.Sentences)
            output.WriteLine($"- {sentence.Text}");
        return summary.Sentences.Count;
    }
}

internal static class SampleText
{
    // A short invented story, written for this sample.
    public const string Article = """
        The Millbrook library reopened on Saturday after an eighteen-month renovation that doubled its reading space.
        The new building has a children's wing, twelve study rooms and a rooftop garden planted by volunteers.
        More than two thousand people visited on the first day, according to the head librarian, Ana Costa.
        The renovation was paid for by a county bond approved by voters in 2023.
        A café on the ground floor will open next month.
        Costa said the library will now stay open until nine in the evening on weekdays.
        """;
}
