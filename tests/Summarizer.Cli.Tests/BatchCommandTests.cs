using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

public class BatchCommandTests
{
    private static string Line(int id, string text) => JsonSerializer.Serialize(new { id, text });

    private static string Story(int i) =>
        $"Story {i} begins with a flood in town {i}. The council of town {i} plans a barrier. Residents of town {i} welcome the barrier plan. A bakery opened.";

    /// <summary>Five kinds of broken line, at 0-based positions, with the id each error line must carry (null if unknown).</summary>
    private static readonly Dictionary<int, (string Line, int? Id, string Error)> Broken = new()
    {
        [17] = ("{not json", null, "invalid JSON"),
        [2_500] = (JsonSerializer.Serialize(new { id = 2_500, body = "no text field" }), 2_500, "no \"text\""),
        [5_001] = (JsonSerializer.Serialize(new { id = 5_001, text = "  " }), 5_001, "empty"),
        [7_777] = (JsonSerializer.Serialize(new { id = 7_777, text = 42 }), 7_777, "is a number, not a string"),
        [9_999] = ("[1, 2, 3]", null, "not a JSON object"),
    };

    private static string GenerateBatch(int count)
    {
        var input = new StringBuilder();
        for (int i = 0; i < count; i++)
            input.Append(Broken.TryGetValue(i, out var broken) ? broken.Line : Line(i, Story(i))).Append('\n');
        return input.ToString();
    }

    [Test]
    public void WritesOneLinePerInputLineInOrderWithErrorsForBrokenLines()
    {
        const int count = 10_000;
        var result = CliRunner.Run(GenerateBatch(count), "batch", "-", "--sentences", "1", "--threads", "2");
        Assert.That(result.ExitCode, Is.EqualTo(3), result.Error);
        string[] lines = result.Lines;
        Assert.That(lines, Has.Length.EqualTo(count));

        var errorLines = new List<int>();
        for (int i = 0; i < count; i++)
        {
            using JsonDocument json = JsonDocument.Parse(lines[i]);
            JsonElement root = json.RootElement;
            if (root.TryGetProperty("error", out JsonElement error))
            {
                errorLines.Add(root.GetProperty("line").GetInt32());
                Assert.That(Broken.ContainsKey(i), $"line {i + 1} should have succeeded: {lines[i]}");
                Assert.That(root.GetProperty("line").GetInt32(), Is.EqualTo(i + 1));
                Assert.That(error.GetString(), Does.Contain(Broken[i].Error));
                JsonElement id = root.GetProperty("id");
                if (Broken[i].Id is { } expectedId)
                    Assert.That(id.GetInt32(), Is.EqualTo(expectedId));
                else
                    Assert.That(id.ValueKind, Is.EqualTo(JsonValueKind.Null));
                continue;
            }

            Assert.That(root.GetProperty("id").GetInt32(), Is.EqualTo(i), "order preserved");
            string summary = root.GetProperty("summary")[0].GetString()!;
            Assert.That(Story(i), Does.Contain(summary));
        }

        Assert.That(errorLines, Is.EqualTo(Broken.Keys.Order().Select(i => i + 1)));
        Assert.That(result.ErrorLines, Has.Length.EqualTo(1), "no progress display when standard error is not a terminal");
        Assert.That(result.Error, Does.Match(@"^summarize batch: 10000 lines: 9995 summarized, 5 failed in \d+\.\d s \(\d+ docs/s\)\n$"));
    }

    [Test]
    public void ExitsZeroWhenEveryLineSucceeds()
    {
        var result = CliRunner.Run(Line(1, Story(1)) + "\n" + Line(2, Story(2)) + "\n", "batch", "-");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Has.Length.EqualTo(2));
        Assert.That(result.Error, Does.StartWith("summarize batch: 2 lines: 2 summarized, 0 failed in "));
    }

    [Test]
    public void CancellationLeavesCompleteLinesForAPrefixOfTheInput()
    {
        const int count = 20_000;
        using var cancellation = new CancellationTokenSource();
        // Cancel as the reader reaches line 3000, while the lines before it are still being summarized.
        var input = new CancellingReader(GenerateBatch(count), cancelAtLine: 3_000, cancellation);
        var result = CliRunner.Run(input, cancellation.Token, "batch", "-", "--threads", "2");

        Assert.That(result.ExitCode, Is.EqualTo(130), result.Error);
        Assert.That(result.Out, Is.Empty.Or.EndsWith("\n"), "no partial last line");
        string[] lines = result.Lines;
        Assert.That(lines.Length, Is.LessThan(count));
        for (int i = 0; i < lines.Length; i++)
        {
            using JsonDocument json = JsonDocument.Parse(lines[i]);
            if (!Broken.ContainsKey(i))
                Assert.That(json.RootElement.GetProperty("id").GetInt32(), Is.EqualTo(i));
        }

        Assert.That(result.ErrorLines.Last(), Does.StartWith($"summarize batch: interrupted after {lines.Length} lines: "));
    }

    /// <summary>Standard input that requests cancellation when a given line is read.</summary>
    private sealed class CancellingReader(string text, int cancelAtLine, CancellationTokenSource cancellation) : StringReader(text)
    {
        private int _lines;

        public override string? ReadLine()
        {
            if (++_lines == cancelAtLine)
                cancellation.Cancel();
            return base.ReadLine();
        }
    }

    [Test]
    public void AMissingInputFileExitsOneNamingIt()
    {
        var result = CliRunner.Run("", "batch", "/no/such/input.jsonl");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.Contain("/no/such/input.jsonl"));
    }

    [Test]
    public void AMissingInputArgumentIsAUsageErrorWithAHint()
    {
        // "summarize batch" alone shows the command's help (NewcomerErrorTests); with other arguments it is one line.
        var result = CliRunner.Run("", "batch", "-n", "2");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.ErrorLines, Has.Length.EqualTo(2));
        Assert.That(result.ErrorLines[1], Is.EqualTo("Try 'summarize batch --help'."));
    }

    [Test]
    public void SentencesCarrySpansIntoTheInputText()
    {
        string text = Story(3);
        var result = CliRunner.Run(Line(3, text) + "\n", "batch", "-", "-n", "2");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Lines.Single());
        foreach (JsonElement s in json.RootElement.GetProperty("sentences").EnumerateArray())
        {
            string expected = text.Substring(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32());
            Assert.That(s.GetProperty("text").GetString(), Is.EqualTo(expected));
            Assert.That(s.GetProperty("rank").GetInt32(), Is.InRange(1, 2));
        }
    }

    [Test]
    public void WritesToAnOutputFile()
    {
        string output = Path.Combine(Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.jsonl");
        try
        {
            var result = CliRunner.Run(Line(1, Story(1)) + "\n" + Line(2, Story(2)) + "\n", "batch", "-", "-o", output);
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Out, Is.Empty);
            Assert.That(File.ReadAllLines(output), Has.Length.EqualTo(2));
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Test]
    public void WritesToANamedPipe()
    {
        // A pipe cannot be sought or emptied: "-o" to one (a FIFO, /dev/stdout in a pipeline) must still be written.
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            Assert.Ignore("Named pipes made by mkfifo(1) need Linux or macOS.");
        string fifo = Path.Combine(Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.fifo");
        try
        {
            using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]);
            mkfifo.WaitForExit();
            if (mkfifo.ExitCode != 0)
                Assert.Ignore($"mkfifo exited with {mkfifo.ExitCode}; skipping.");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Ignore("mkfifo(1) was not found; skipping.");
        }

        // The reader opens the pipe's other end, which blocks until the command opens it for writing.
        Task<string> read = Task.Run(() => File.ReadAllText(fifo));
        try
        {
            var result = CliRunner.Run(Line(1, Story(1)) + "\n" + Line(2, Story(2)) + "\n", "batch", "-", "-o", fifo);
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(read.Wait(TimeSpan.FromSeconds(30)), Is.True, "the pipe's reader never saw the end of the output");
            string[] lines = read.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
        }
        finally
        {
            if (!read.IsCompleted)
                File.OpenWrite(fifo).Dispose(); // a command that never opened the pipe must not leave the reader blocked
            File.Delete(fifo);
        }
    }

    [Test]
    public void AnOutputFileThatHeldMoreIsReplacedWhole()
    {
        // The output file is emptied only when it has content (see CommonOptions.OpenOutput): what an earlier, longer
        // run left must not survive past the new lines, nor a byte order mark appear.
        string output = Path.Combine(Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.jsonl");
        try
        {
            File.WriteAllText(output, string.Concat(Enumerable.Repeat("{\"id\": \"stale\", \"summary\": []}\n", 500)));
            var result = CliRunner.Run(Line(1, Story(1)) + "\n", "batch", "-", "-o", output);
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            byte[] written = File.ReadAllBytes(output);
            Assert.That(written[0], Is.EqualTo((byte)'{'), "no byte order mark");
            string[] lines = File.ReadAllLines(output);
            Assert.That(lines, Has.Length.EqualTo(1));
            Assert.That(JsonDocument.Parse(lines[0]).RootElement.GetProperty("id").GetInt32(), Is.EqualTo(1));

            File.WriteAllText(output, "");
            result = CliRunner.Run(Line(2, Story(2)) + "\n", "batch", "-", "-o", output);
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(JsonDocument.Parse(File.ReadAllLines(output).Single()).RootElement.GetProperty("id").GetInt32(), Is.EqualTo(2));
        }
        finally
        {
            File.Delete(output);
        }
    }
}
