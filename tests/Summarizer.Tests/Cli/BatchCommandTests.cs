using System.Text;
using System.Text.Json;

namespace Summarizer.Tests.Cli;

public class BatchCommandTests
{
    private static string Line(int id, string text) => JsonSerializer.Serialize(new { id, text });

    private static string Story(int i) =>
        $"Story {i} begins with a flood in town {i}. The council of town {i} plans a barrier. Residents of town {i} welcome the barrier plan. A bakery opened.";

    [Test]
    public void WritesOneLinePerInputLineInOrderWithErrorsForBrokenLines()
    {
        const int count = 10_000;
        var broken = new HashSet<int> { 17, 2_500, 5_001, 7_777, 9_999 };
        var input = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            string line = !broken.Contains(i) ? Line(i, Story(i))
                : i % 2 == 0 ? "{not json" : JsonSerializer.Serialize(new { id = i, body = "no text field" });
            input.Append(line).Append('\n');
        }

        var result = CliRunner.Run(input.ToString(), "batch", "-", "--sentences", "1", "--threads", "2");
        Assert.That(result.ExitCode, Is.EqualTo(3), result.Error);
        string[] lines = result.Lines;
        Assert.That(lines, Has.Length.EqualTo(count));

        int errors = 0;
        for (int i = 0; i < count; i++)
        {
            using JsonDocument json = JsonDocument.Parse(lines[i]);
            JsonElement root = json.RootElement;
            if (root.TryGetProperty("error", out _))
            {
                errors++;
                Assert.That(broken, Does.Contain(i), $"line {i + 1} should have succeeded: {lines[i]}");
                Assert.That(root.GetProperty("line").GetInt32(), Is.EqualTo(i + 1));
                continue;
            }

            Assert.That(root.GetProperty("id").GetInt32(), Is.EqualTo(i), "order preserved");
            string summary = root.GetProperty("summary")[0].GetString()!;
            Assert.That(Story(i), Does.Contain(summary));
        }

        Assert.That(errors, Is.EqualTo(5));
        Assert.That(result.Error, Does.Contain("10000 lines: 9995 summarized, 5 failed in "));
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
}
