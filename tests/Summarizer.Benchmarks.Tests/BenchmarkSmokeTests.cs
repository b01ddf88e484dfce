using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Summarizer.Benchmarks;

namespace Summarizer.Benchmarks.Tests;

/// <summary>
/// Runs every benchmark case once (a dry job, in this process) so a benchmark broken by a change in the library
/// fails the build instead of the next measurement. Sizes are limited to the article and 1,000 sentences.
/// </summary>
[NonParallelizable]
[Category("BenchmarkSmoke")]
public class BenchmarkSmokeTests
{
    private const string SizesVariable = "SUMMARIZER_BENCHMARK_SIZES";

    // The variables Path.GetTempPath reads (TMPDIR on Unix, TMP and TEMP on Windows).
    private static readonly string[] TempVariables = ["TMPDIR", "TMP", "TEMP"];

    private static readonly Type[] BenchmarkTypes = typeof(BenchmarkInputs).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true })
        .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance).Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToArray();

    [Test]
    public void TheBenchmarkAssemblyHasTheStageAndEndToEndClasses()
    {
        string[] names = BenchmarkTypes.Select(t => t.Name).ToArray();
        Assert.That(names, Is.SupersetOf(new[]
        {
            "SegmentationBenchmarks", "AnalysisBenchmarks", "TfIdfBenchmarks", "SimilarityGraphBenchmarks", "RankingBenchmarks",
            "SelectionBenchmarks", "EndToEndBenchmarks", "ThroughputBenchmarks", "DenseOrSparseBenchmarks", "MatrixVectorBenchmarks",
        }));
    }

    [TestCaseSource(nameof(BenchmarkTypes))]
    public void EveryCaseRunsOnceWithoutError(Type benchmarkType)
    {
        string? previous = Environment.GetEnvironmentVariable(SizesVariable);
        Environment.SetEnvironmentVariable(SizesVariable, "Article,Sentences1000");
        string artifacts = Path.Combine(Path.GetTempPath(), "summarizer-benchmark-smoke-" + Guid.NewGuid().ToString("N"));
        // BenchmarkDotNet refuses to run an assembly located under the temporary folder (it takes that for a test
        // runner's shadow copy), which a repository cloned into /tmp is. For the run, the temporary folder is this
        // run's own artifacts folder, which no assembly is under.
        Directory.CreateDirectory(artifacts);
        string?[] previousTemp = TempVariables.Select(Environment.GetEnvironmentVariable).ToArray();
        foreach (string variable in TempVariables)
            Environment.SetEnvironmentVariable(variable, artifacts);
        try
        {
            var logger = new AccumulationLogger();
            IConfig config = ManualConfig.CreateEmpty()
                .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
                .AddLogger(logger)
                .AddExporter(MarkdownExporter.Default)
                .AddColumnProvider(DefaultColumnProviders.Instance)
                .WithArtifactsPath(artifacts)
                .WithOptions(ConfigOptions.DisableLogFile)
                // A smoke run only checks that each case executes; the validator would refuse the Debug build that
                // a plain `dotnet test` makes. Measurements come from the benchmark project's Release runs.
                .WithOptions(ConfigOptions.DisableOptimizationsValidator);
            BenchmarkRunInfo cases = BenchmarkConverter.TypeToBenchmarks(benchmarkType, config);
            Assert.That(cases.BenchmarksCases, Is.Not.Empty, "the class has benchmark cases");

            BenchmarkDotNet.Reports.Summary summary = BenchmarkRunner.Run(cases);

            Assert.That(summary.ValidationErrors.Select(e => e.Message), Is.Empty, logger.GetLog());
            Assert.That(summary.Reports, Has.Length.EqualTo(cases.BenchmarksCases.Length), logger.GetLog());
            foreach (BenchmarkReport report in summary.Reports)
            {
                Assert.That(report.Success, Is.True, $"{report.BenchmarkCase.DisplayInfo} failed:\n{logger.GetLog()}");
                Assert.That(report.ResultStatistics, Is.Not.Null, $"{report.BenchmarkCase.DisplayInfo} was not measured");
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(SizesVariable, previous);
            for (int i = 0; i < TempVariables.Length; i++)
                Environment.SetEnvironmentVariable(TempVariables[i], previousTemp[i]);
            if (Directory.Exists(artifacts))
                Directory.Delete(artifacts, recursive: true);
        }
    }
}
