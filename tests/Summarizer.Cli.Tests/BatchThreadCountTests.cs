using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>Parallel batch summarizing gives exactly the output of one worker: the per-thread reuse of working buffers changes nothing.</summary>
public class BatchThreadCountTests
{
    [Test]
    public void TwoWorkersWriteExactlyWhatOneWorkerWrites()
    {
        // Documents of different lengths and vocabularies, so the workers' reused buffers hold stale content of other sizes.
        var input = new StringBuilder();
        for (int i = 0; i < 400; i++)
        {
            var text = new StringBuilder();
            for (int s = 0; s < 3 + i % 17; s++)
                text.Append($"Report {i} notes that district {s * 7 % 11} voted on the {(s % 3 == 0 ? "flood barrier" : "school budget")} plan number {i % 13}. ");
            if (i % 50 == 0)
                text.Append(string.Concat(Enumerable.Repeat($"A long appendix sentence {i} lists item {i} among many others. ", 1_600)));
            input.Append(JsonSerializer.Serialize(new { id = i, text = text.ToString() })).Append('\n');
        }

        var one = CliRunner.Run(input.ToString(), "batch", "-", "--threads", "1");
        var two = CliRunner.Run(input.ToString(), "batch", "-", "--threads", "2");
        Assert.That(one.ExitCode, Is.Zero, one.Error);
        Assert.That(two.ExitCode, Is.Zero, two.Error);
        Assert.That(one.Lines, Has.Length.EqualTo(400));
        Assert.That(two.Out, Is.EqualTo(one.Out));
    }

    [Test]
    public void RealArticlesGetTheSameSummariesOnOneAndTwoWorkers()
    {
        // News articles and the long opinion collections: the smaller two dev sets, to keep the test quick.
        string[] lines = [.. File.ReadLines(SharedData.RequireFile("dev/cnndm.jsonl")), .. File.ReadLines(SharedData.RequireFile("dev/opinosis.jsonl"))];
        string input = string.Join("\n", lines) + "\n";
        var one = CliRunner.Run(input, "batch", "-", "--threads", "1");
        var two = CliRunner.Run(input, "batch", "-", "--threads", "2");
        Assert.That(one.ExitCode, Is.Zero, one.Error);
        Assert.That(one.Lines, Is.Not.Empty);
        Assert.That(two.Out, Is.EqualTo(one.Out));
    }
}
