using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>The command as a process: exit codes, streams and Ctrl+C as a shell sees them.</summary>
[NonParallelizable]
public class ProcessTests
{
    [Test]
    public void SummarizesStandardInputAndExitsZero()
    {
        var result = CliProcess.Run("The council voted to build a barrier. The barrier protects the town from floods. A bakery opened.", "-n", "1");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Has.Length.EqualTo(1));
        Assert.That(result.Error, Is.Empty);
    }

    [Test]
    public void AUsageErrorExitsTwoWithAOneLineHintAndNoStackTrace()
    {
        var result = CliProcess.Run("", "batch", "in.jsonl", "--threads", "zero");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.ErrorLines, Has.Length.EqualTo(2));
        Assert.That(result.ErrorLines[1], Is.EqualTo("Try 'summarize batch --help'."));
        Assert.That(result.Error, Does.Not.Contain("   at "));
    }

    [Test]
    public void AMissingFileExitsOneNamingItWithoutAStackTrace()
    {
        var result = CliProcess.Run("", "/no/such/article.txt");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.Contain("/no/such/article.txt").And.Not.Contain("   at "));
    }

    [Test]
    public void InterruptStopsABatchCleanlyWithExitCode130() =>
        AssertInterruptStopsABatchCleanly(CliProcess.Start, threads: 1);

    /// <summary>
    /// Starts a 50,000-line batch with <paramref name="start"/>, sends SIGINT once results are on disk, and checks the
    /// exit code (130), that the output is complete lines answering a prefix of the input, and the final count line.
    /// </summary>
    internal static void AssertInterruptStopsABatchCleanly(Func<string[], Process> start, int threads)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            Assert.Ignore("Sending SIGINT to a child process needs kill(1); Windows has no equivalent here.");

        string directory = Path.Combine(Path.GetTempPath(), $"batch-interrupt-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        try
        {
            // Far more work than the time to the first results on disk, so the run is still going when it is interrupted
            // however fast the machine: with 5,000 lines an idle machine finished before the signal arrived.
            const int count = 50_000;
            string input = Path.Combine(directory, "in.jsonl"), output = Path.Combine(directory, "out.jsonl");
            using (var writer = new StreamWriter(input, append: false, new UTF8Encoding(false)))
            {
                for (int i = 0; i < count; i++)
                    writer.WriteLine(JsonSerializer.Serialize(new { id = i, text = Document(i) }));
            }

            using Process process = start(["batch", input, "-o", output, "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            Task<string> error = process.StandardError.ReadToEndAsync();
            // Wait until some results are on disk, so the interrupt lands in the middle of the run.
            var waited = Stopwatch.StartNew();
            while (!process.HasExited && (!File.Exists(output) || new FileInfo(output).Length == 0) && waited.Elapsed < TimeSpan.FromMinutes(2))
                Thread.Sleep(50);
            Assert.That(process.HasExited, Is.False, "the batch ended before it could be interrupted: " + (process.HasExited ? error.Result : ""));

            using (Process kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                kill.WaitForExit();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("the batch did not stop within a minute of SIGINT");
            }

            Assert.That(process.ExitCode, Is.EqualTo(130), error.Result);
            string written = File.ReadAllText(output);
            Assert.That(written, Does.EndWith("\n"), "the last line is complete");
            string[] lines = written.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines.Length, Is.GreaterThan(0).And.LessThan(count));
            for (int i = 0; i < lines.Length; i++)
            {
                using JsonDocument json = JsonDocument.Parse(lines[i]);
                Assert.That(json.RootElement.GetProperty("id").GetInt32(), Is.EqualTo(i), "ids are a prefix of the input order");
                Assert.That(json.RootElement.TryGetProperty("summary", out _), Is.True);
            }

            Assert.That(error.Result, Does.Contain($"interrupted after {lines.Length} lines").And.Not.Contain("   at "));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestCase(1)]
    [TestCase(2)]
    public void InterruptStopsABatchWaitingOnAnIdlePipe(int threads)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            Assert.Ignore("Sending SIGINT to a child process needs kill(1); Windows has no equivalent here.");

        // A producer that sent 64 lines and then went quiet without closing the pipe: the batch answers the 64 lines
        // (its output is flushed every 64), then waits. Ctrl+C must end that wait, not only a wait for a worker.
        const int sent = 64;
        string output = Path.Combine(Path.GetTempPath(), $"batch-idle-{Guid.NewGuid():N}.jsonl");
        try
        {
            using Process process = CliProcess.Start("batch", "-", "-o", output, "--threads", threads.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Task<string> error = process.StandardError.ReadToEndAsync();
            for (int i = 0; i < sent; i++)
                process.StandardInput.WriteLine(JsonSerializer.Serialize(new { id = i, text = Document(i) }));
            process.StandardInput.Flush();

            var waited = Stopwatch.StartNew();
            while (!process.HasExited && LinesIn(output) < sent && waited.Elapsed < TimeSpan.FromMinutes(2))
                Thread.Sleep(50);
            Assert.That(LinesIn(output), Is.EqualTo(sent), "the lines sent were answered before the interrupt: " + (process.HasExited ? error.Result : ""));

            using (Process kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
                kill.WaitForExit();
            if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("the batch did not stop within a minute of SIGINT while its input pipe was open and idle");
            }

            Assert.That(process.ExitCode, Is.EqualTo(130), error.Result);
            Assert.That(error.Result, Does.Contain($"interrupted after {sent} lines").And.Not.Contain("   at "));
            Assert.That(LinesIn(output), Is.EqualTo(sent));
        }
        finally
        {
            File.Delete(output);
        }

        static int LinesIn(string path)
        {
            if (!File.Exists(path))
                return 0;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Count(c => c == '\n');
        }
    }

    private static string Document(int i)
    {
        var text = new StringBuilder();
        for (int s = 0; s < 40; s++)
            text.Append($"Report {i} notes that district {s % 7} of town {i % 13} measured {s * 3 + i % 5} new cases of item {s % 11} this week. ");
        return text.ToString();
    }
}
