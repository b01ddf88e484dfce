using System.Diagnostics;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>
/// <c>samples/DaskBatch</c>: <c>summarize batch -</c> as the map step of a Dask distributed job on a local cluster of
/// two worker processes gives the same output, line for line, as one batch process. Runs where Python with Dask's
/// distributed scheduler is installed, and is skipped with a message elsewhere.
/// </summary>
[NonParallelizable]
public class DaskBatchTests
{
    private static readonly string[] Places = ["harbour", "valley", "old mill", "market square", "river crossing", "hill farm"];
    private static readonly string[] Things = ["ferry", "bakery", "footbridge", "library", "bus route", "school garden"];

    /// <summary>Varied articles of the test's own, plus a line that is not JSON and a line without text.</summary>
    private static IEnumerable<string> InputLines()
    {
        for (int i = 0; i < 60; i++)
        {
            string place = Places[i % Places.Length];
            string thing = Things[i * 7 % Things.Length];
            string text = string.Join(" ",
                $"The {thing} by the {place} reopened on Monday after {i % 9 + 2} months of repairs.",
                $"Residents had campaigned for its return since the storm of {1990 + i % 30}.",
                $"The council spent {i * 13 % 90 + 10} thousand pounds, most of it on new foundations.",
                $"Local traders said the {place} had been quiet without it.",
                i % 4 == 0 ? $"A second phase, which adds lighting and a ramp, starts in spring." : $"Volunteers will run guided walks every weekend.",
                $"Officials expect about {i * 37 % 400 + 100} visitors a week.");
            yield return JsonSerializer.Serialize(new { id = $"story-{i}", text });
            if (i == 20)
                yield return "{ this line is not JSON";
            if (i == 41)
                yield return """{"id": "no-text", "title": "A line without text"}""";
        }
    }

    private static string? FindPythonWithDask()
    {
        foreach (string candidate in new[] { "/usr/bin/python3", "python3" })
        {
            try
            {
                if (ProcessRunner.Run(candidate, ["-c", "import dask.bag, distributed"], timeout: TimeSpan.FromMinutes(1)).ExitCode == 0)
                    return candidate;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                // Not installed.
            }
        }

        return null;
    }

    [Test]
    public void ADaskClusterOfTwoWorkersGivesTheSingleProcessOutputLineForLine()
    {
        string? python = FindPythonWithDask();
        if (python is null)
            Assert.Ignore("Python with Dask's distributed scheduler is not installed (Debian: apt-get install python3-distributed); skipping.");

        string directory = Path.Combine(Path.GetTempPath(), "summarizer-dask-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string input = Path.Combine(directory, "input.jsonl");
            string output = Path.Combine(directory, "output.jsonl");
            File.WriteAllLines(input, InputLines());

            CliRunner.Result single = CliProcess.Run(File.ReadAllText(input), "batch", "-", "--sentences", "2");
            Assert.That(single.ExitCode, Is.EqualTo(3), "two lines of the input fail, so one batch process exits with 3: " + single.Error);

            ProcessRunner.Result dask = ProcessRunner.Run(python,
            [
                Path.Combine(SharedData.RepositoryRoot, "samples", "DaskBatch", "summarize_with_dask.py"), input, output,
                "--command", $"\"{ProcessRunner.DotnetHost}\" \"{CliProcess.DllPath}\"", "--workers", "2", "--partitions", "6", "--", "--sentences", "2",
            ], timeout: TimeSpan.FromMinutes(5));

            Assert.That(dask.ExitCode, Is.Zero, dask.Error + dask.OutputText);
            Assert.That(dask.Error, Does.Contain("62 lines summarized in").And.Contain("on 2 Dask workers"));
            Assert.That(File.ReadAllLines(output), Is.EqualTo(single.Lines), "the Dask output equals one batch process's, line for line");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
