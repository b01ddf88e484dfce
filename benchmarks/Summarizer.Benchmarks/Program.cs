using System.Diagnostics;
using BenchmarkDotNet.Running;
using Summarizer;
using Summarizer.Benchmarks;

// All benchmarks:   dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- --filter '*'
// One stage:        dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- --filter '*EndToEnd*'
// Peak memory:      dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- peak Sentences30000
// Summaries with a dense-graph limit, for `summarize eval --predictions`:
//                   dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- predict data.jsonl 0 default > sparse.jsonl
// CPU-time throughput (busy machines): dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- cpu Sentences10000 10
// Bytes per stage:  dotnet run -c Release --project benchmarks/Summarizer.Benchmarks -- allocations Article
if (args is ["peak", var sizeName])
{
    // Peak working set of one summary in a fresh process: BenchmarkDotNet reports allocations, not peaks.
    var size = Enum.Parse<DocumentSize>(sizeName);
    string text = BenchmarkInputs.Create(size);
    GC.Collect();
    long before = Process.GetCurrentProcess().PeakWorkingSet64;
    var stopwatch = Stopwatch.StartNew();
    Summary summary = TextSummarizer.Summarize(text, SummaryLength.Sentences(3));
    stopwatch.Stop();
    using var process = Process.GetCurrentProcess();
    process.Refresh();
    Console.WriteLine($"{size} ({BenchmarkInputs.Source}, {summary.DocumentSentenceCount} sentences, {text.Length / 1_000_000.0:F1} M chars): " +
        $"{stopwatch.Elapsed.TotalSeconds:F2} s first run, peak working set {process.PeakWorkingSet64 / 1_048_576} MB (before summarizing: {before / 1_048_576} MB)");
    return;
}

if (args is ["predict", var dataPath, var limit, var algorithm])
{
    GraphLimitPredictions.Write(dataPath, int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture), algorithm, Console.Out);
    return;
}

if (args is ["cpu-graphs", var graphRepetitions])
{
    CpuThroughput.PrintGraphLimits(int.Parse(graphRepetitions, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["cpu", var cpuSize, var repetitions])
{
    CpuThroughput.Print(Enum.Parse<DocumentSize>(cpuSize), int.Parse(repetitions, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["allocations", var allocationSize])
{
    StageAllocations.Print(Enum.Parse<DocumentSize>(allocationSize));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
