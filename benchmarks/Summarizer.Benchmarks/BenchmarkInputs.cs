using System.Text;
using System.Text.Json;
using Summarizer.Text;
using Summarizer.Segmentation;

namespace Summarizer.Benchmarks;

/// <summary>The document sizes the benchmarks run on.</summary>
public enum DocumentSize
{
    /// <summary>A news article of about 800 words.</summary>
    Article,
    /// <summary>1,000 sentences (a long report).</summary>
    Sentences1000,
    /// <summary>10,000 sentences (a book).</summary>
    Sentences10000,
    /// <summary>30,000 sentences (a long book).</summary>
    Sentences30000,
}

/// <summary>
/// Builds benchmark texts from the real articles of the evaluation sets beside the repository
/// (<c>../shared/data/dev</c>, or <c>dev</c> in the data folder named by <c>SUMMARIZER_DATA</c>) when present, and
/// from a deterministic generator otherwise, so the benchmarks run anywhere. A <c>SUMMARIZER_DATA</c> without a
/// <c>dev</c> folder is an error, not a reason to generate.
/// </summary>
public static class BenchmarkInputs
{
    private static readonly Lazy<string[]?> DevTexts = new(LoadDevTexts);

    /// <summary>Where the texts came from, for the report.</summary>
    public static string Source => DevTexts.Value is null ? "generated" : "dev sets";

    /// <summary>
    /// The sizes the stage benchmarks run on: all of them, or those named (comma-separated) in the
    /// <c>SUMMARIZER_BENCHMARK_SIZES</c> environment variable, e.g. <c>Article,Sentences1000</c> for a quick run.
    /// </summary>
    public static IEnumerable<DocumentSize> SelectedSizes
    {
        get
        {
            string? names = Environment.GetEnvironmentVariable("SUMMARIZER_BENCHMARK_SIZES");
            if (string.IsNullOrWhiteSpace(names))
                return Enum.GetValues<DocumentSize>();
            return names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(name => Enum.Parse<DocumentSize>(name, ignoreCase: true)).ToArray();
        }
    }

    /// <summary>The benchmark text of one size; built once per size and process.</summary>
    public static string Create(DocumentSize size) => Texts.GetOrAdd(size, Build);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DocumentSize, string> Texts = new();

    private static string Build(DocumentSize size) => size switch
    {
        DocumentSize.Article => Article(),
        DocumentSize.Sentences1000 => Sentences(1_000),
        DocumentSize.Sentences10000 => Sentences(10_000),
        DocumentSize.Sentences30000 => Sentences(30_000),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
    };

    /// <summary>The dev article closest to 800 words, or a generated one.</summary>
    private static string Article()
    {
        if (DevTexts.Value is { } texts)
            return texts.OrderBy(t => Math.Abs(WordCount(t) - 800)).ThenBy(t => t, StringComparer.Ordinal).First();
        return Generate(40, seed: 1);
    }

    /// <summary>Exactly <paramref name="count"/> sentences: real sentences of the dev articles in order, or generated ones.</summary>
    public static string Sentences(int count)
    {
        if (DevTexts.Value is not { } texts)
            return Generate(count, seed: 2);

        var builder = new StringBuilder(count * 130);
        int added = 0;
        while (added < count)
        {
            foreach (string text in texts)
            {
                foreach (Sentence sentence in RuleBasedSentenceSplitter.Instance.Split(text))
                {
                    if (added == count)
                        break;
                    builder.Append(sentence.GetText(text).ReplaceLineEndings(" "));
                    builder.Append(++added % 6 == 0 ? "\n\n" : " ");
                }
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="count"/> distinct articles: the dev articles in file order (CNN/DailyMail, then BBC), or
    /// generated ones of 20 to 60 sentences, each from its own seed. A stream of distinct texts keeps the caches as
    /// cold as a real batch keeps them, which one article summarized over and over does not.
    /// </summary>
    public static string[] DistinctArticles(int count)
    {
        if (DevTexts.Value is { } texts)
            return Enumerable.Range(0, count).Select(i => texts[i % texts.Length]).ToArray();
        return Enumerable.Range(0, count).Select(i => Generate(20 + i % 41, seed: 1000 + i)).ToArray();
    }

    /// <summary>
    /// <paramref name="count"/> one-sentence lines of opinions: the review lines of the Opinosis dev set in file order
    /// (cycled), or generated sentences one a line. News sentences one a line are read as prose (a report names new
    /// people and places as it goes), so a list benchmark needs a list.
    /// </summary>
    public static string ReviewLines(int count)
    {
        string? directory = FindDevDirectory();
        string? path = directory is null ? null : Path.Combine(directory, "opinosis.jsonl");
        var lines = new List<string>();
        if (path is not null && File.Exists(path))
        {
            foreach (string line in File.ReadLines(path))
            {
                using JsonDocument json = JsonDocument.Parse(line);
                lines.AddRange(json.RootElement.GetProperty("text").GetString()!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        if (lines.Count == 0)
        {
            string prose = Generate(count, seed: 3);
            lines.AddRange(RuleBasedSentenceSplitter.Instance.Split(prose).Select(s => s.GetText(prose).ReplaceLineEndings(" ")));
        }

        return string.Join("\n", Enumerable.Range(0, count).Select(i => lines[i % lines.Count]));
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string[]? LoadDevTexts()
    {
        string? directory = FindDevDirectory();
        if (directory is null)
            return null;
        var texts = new List<string>();
        foreach (string file in new[] { "cnndm.jsonl", "bbc.jsonl" })
        {
            string path = Path.Combine(directory, file);
            if (!File.Exists(path))
                continue;
            foreach (string line in File.ReadLines(path))
            {
                using JsonDocument json = JsonDocument.Parse(line);
                texts.Add(json.RootElement.GetProperty("text").GetString()!);
            }
        }

        return texts.Count > 0 ? texts.ToArray() : null;
    }

    private static string? FindDevDirectory()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("SUMMARIZER_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            // The variable names the data folder, as for the tests. A wrong folder must not quietly turn the figures
            // into figures on generated text, whose articles are twice as long as news and far more repetitive.
            string dev = Path.Combine(fromEnvironment, "dev");
            return Directory.Exists(dev)
                ? dev
                : throw new DirectoryNotFoundException($"SUMMARIZER_DATA is '{fromEnvironment}', which has no 'dev' folder; name the data folder that holds dev/.");
        }
        foreach (string start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
                {
                    string candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "dev"));
                    return Directory.Exists(candidate) ? candidate : null;
                }
            }
        }

        return null;
    }

    private static readonly string[] Words =
    [
        "government", "minister", "said", "the", "council", "river", "flood", "barrier", "project", "city", "residents",
        "million", "budget", "vote", "opposition", "plan", "engineers", "water", "homes", "district", "state", "grant",
        "construction", "spring", "mayor", "families", "farmland", "county", "design", "channels", "wetland", "university",
        "hydrologist", "meeting", "decision", "january", "schedule", "report", "officials", "company", "market", "prices",
        "energy", "talks", "agreement", "security", "trade", "growth", "police", "court", "hospital", "school", "election",
        "of", "and", "in", "to", "a", "for", "on", "with", "was", "by", "that", "from", "at", "as", "is", "its", "after",
    ];

    /// <summary>Deterministic news-like sentences of 12 to 27 words with a skewed (Zipf-like) word choice.</summary>
    private static string Generate(int sentences, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(sentences * 140);
        for (int s = 0; s < sentences; s++)
        {
            int length = 12 + random.Next(16);
            for (int w = 0; w < length; w++)
            {
                double u = random.NextDouble();
                string word = Words[(int)(u * u * Words.Length)];
                if (w == 0)
                    builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                else
                    builder.Append(' ').Append(word);
            }

            builder.Append(s % 6 == 5 ? ".\n\n" : ". ");
        }

        return builder.ToString();
    }
}
