using System.Text.Json;

namespace Summarizer.Tests.Hardening;

/// <summary>One pipeline shared by 16 tasks gives exactly the results of running the documents one after another.</summary>
public class ConcurrencyTests
{
    private const int Tasks = 16;

    private static string Run(SummarizerPipeline pipeline, string text)
    {
        var document = pipeline.Analyze(text);
        return SummaryInvariants.Describe(pipeline.Summarize(document, SummaryLength.Sentences(3))) + " "
            + SummaryInvariants.Describe(pipeline.ExtractKeywords(document, 5));
    }

    /// <summary>
    /// With <paramref name="everyTaskRunsEveryText"/> each task runs all texts (most contention); otherwise the texts are
    /// dealt out among the tasks (for the large evaluation sets).
    /// </summary>
    private static void AssertParallelEqualsSequential(IReadOnlyList<string> texts, Func<SummarizerPipeline> build, bool everyTaskRunsEveryText)
    {
        SummarizerPipeline sequentialPipeline = build();
        string[] sequential = texts.Select(t => Run(sequentialPipeline, t)).ToArray();

        // A fresh pipeline, so its word cache is filled concurrently; each task starts at a different document.
        SummarizerPipeline shared = build();
        var results = new string[Tasks][];
        using var start = new Barrier(Tasks);
        Task[] tasks = Enumerable.Range(0, Tasks).Select(k => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            var mine = new string[texts.Count];
            for (int step = 0; step < texts.Count; step++)
            {
                int i = (k * 7 + step) % texts.Count;
                if (everyTaskRunsEveryText || i % Tasks == k)
                    mine[i] = Run(shared, texts[i]);
            }

            results[k] = mine;
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(tasks);

        for (int k = 0; k < Tasks; k++)
        {
            for (int i = 0; i < texts.Count; i++)
            {
                if (everyTaskRunsEveryText || i % Tasks == k)
                    Assert.That(results[k][i], Is.EqualTo(sequential[i]), $"task {k}, text {i}");
            }
        }
    }

    private static List<string> FallbackTexts() =>
        SampleTexts.All.Concat(Enumerable.Range(0, 12).Select(i => SampleTexts.HarborCity.Replace("Tuesday", $"day {i}", StringComparison.Ordinal) + "\n" + SampleTexts.All[i % SampleTexts.All.Length])).ToList();

    [Test]
    public void SixteenTasksOverSelfWrittenDocumentsMatchSequentialResults()
    {
        AssertParallelEqualsSequential(FallbackTexts(), () => new SummarizerPipelineBuilder().Build(), everyTaskRunsEveryText: true);
        AssertParallelEqualsSequential(FallbackTexts(), () => new SummarizerPipelineBuilder().UseLanguageDetection().Build(), everyTaskRunsEveryText: true);
    }

    [Test]
    public void SixteenTasksOverTheDevDocumentsMatchSequentialResults()
    {
        string directory = SharedData.RequireDirectory("dev");
        var texts = new List<string>();
        foreach (string path in Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            // Every document of the small sets, every fourth of the large ones, dealt out among the tasks: seconds, not minutes.
            int stride = new FileInfo(path).Length > 1_000_000 ? 4 : 1;
            int line = 0;
            foreach (string json in File.ReadLines(path))
            {
                if (string.IsNullOrWhiteSpace(json) || line++ % stride != 0)
                    continue;
                using JsonDocument document = JsonDocument.Parse(json);
                texts.Add(document.RootElement.GetProperty("text").GetString()!);
            }
        }

        Assert.That(texts, Is.Not.Empty);
        AssertParallelEqualsSequential(texts, () => new SummarizerPipelineBuilder().Build(), everyTaskRunsEveryText: false);
    }
}
