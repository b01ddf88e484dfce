using System.Diagnostics;
using Summarizer.Text;
using Summarizer.Graph;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Benchmarks;

/// <summary>
/// A cross-check of <see cref="ThroughputBenchmarks"/> on a busy machine: the same work timed by the process's CPU
/// time rather than the wall clock, so time spent waiting for a core does not count. Single-threaded work only.
/// </summary>
internal static class CpuThroughput
{
    public static void Print(DocumentSize size, int repetitions)
    {
        string text = BenchmarkInputs.Create(size);
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);
        var sentences = new List<Sentence>(RuleBasedSentenceSplitter.Instance.Split(text));
        var words = new List<TextSpan>();
        int tokens = analyzer.Analyze(text).Tokens.Length;
        var pipeline = new SummarizerPipelineBuilder().Build();
        Console.WriteLine($"{size} ({BenchmarkInputs.Source}): {text.Length:N0} chars, {sentences.Count:N0} sentences, {tokens:N0} tokens; CPU time per run, best of {repetitions}");
        Measure("segment", () => RuleBasedSentenceSplitter.Instance.Split(text));
        Measure("tokenize", () =>
        {
            foreach (Sentence sentence in sentences)
            {
                words.Clear();
                WordTokenizer.Instance.Tokenize(text, sentence.Span, words);
            }
        });
        Measure("analyze (warm cache)", () => analyzer.Analyze(text));
        Measure("summarize (default)", () => pipeline.Summarize(text, SummaryLength.Sentences(3)));

        void Measure(string name, Action action)
        {
            for (int i = 0; i < 3; i++)
                action();
            using var process = Process.GetCurrentProcess();
            double best = double.MaxValue;
            for (int i = 0; i < repetitions; i++)
            {
                process.Refresh();
                TimeSpan before = process.TotalProcessorTime;
                action();
                process.Refresh();
                best = Math.Min(best, (process.TotalProcessorTime - before).TotalSeconds);
            }

            Console.WriteLine($"  {name,-22} {best * 1e3,9:F2} ms  {tokens / best / 1e6,7:F2} M tokens/s  {2.0 * text.Length / best / 1e6,7:F1} MB/s");
        }
    }

    /// <summary>The default pipeline and TextRank with every graph dense or every graph sparse, as <see cref="DenseOrSparseBenchmarks"/>.</summary>
    public static void PrintGraphLimits(int repetitions)
    {
        Console.WriteLine($"Dense or sparse ({BenchmarkInputs.Source}); CPU time per summary, best of {repetitions}");
        foreach (int sentences in new[] { 300, 1_000, 1_500 })
        {
            string text = BenchmarkInputs.Sentences(sentences);
            foreach (bool dense in new[] { true, false })
            {
                var graph = new SimilarityGraphOptions { DenseSentenceLimit = dense ? int.MaxValue : 0 };
                var pipelines = new (string Name, SummarizerPipeline Pipeline)[]
                {
                    ("default", new SummarizerPipelineBuilder().UseRanker(new Ranking.PacSumRanker(new Ranking.PacSumOptions { Graph = graph })).Build()),
                    ("textrank", new SummarizerPipelineBuilder().UseTextRank(new Ranking.TextRankOptions { Graph = graph }).Build()),
                };
                foreach (var (name, pipeline) in pipelines)
                {
                    for (int i = 0; i < 2; i++)
                        pipeline.Summarize(text, SummaryLength.Sentences(3));
                    using var process = Process.GetCurrentProcess();
                    double best = double.MaxValue;
                    for (int i = 0; i < repetitions; i++)
                    {
                        process.Refresh();
                        TimeSpan before = process.TotalProcessorTime;
                        pipeline.Summarize(text, SummaryLength.Sentences(3));
                        process.Refresh();
                        best = Math.Min(best, (process.TotalProcessorTime - before).TotalSeconds);
                    }

                    Console.WriteLine($"  {sentences,5} sentences  {(dense ? "dense" : "sparse"),-6}  {name,-8} {best * 1e3,9:F1} ms");
                }
            }
        }
    }
}
