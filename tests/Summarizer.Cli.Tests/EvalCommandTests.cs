using System.Text.Json;

namespace Summarizer.Cli.Tests;

public class EvalCommandTests
{
    private static readonly string[][] Documents =
    [
        ["The ferry to the island now runs every hour.", "It replaced a diesel boat that ran the route for forty years.", "Islanders asked for more crossings for a decade.", "A café on the quay doubled its trade.", "The harbour paid for the boat with a grant."],
        ["The library opens on Sundays from next month.", "Readers had asked for weekend hours for years.", "Volunteers will staff the front desk.", "The council pays for the heating.", "A reading club meets in the upstairs room."],
    ];

    private static string WriteDataset()
    {
        string path = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.jsonl");
        // Each reference is the document's first three sentences, so LEAD-3 matches it exactly.
        File.WriteAllLines(path, Documents.Select((sentences, i) => JsonSerializer.Serialize(new
        {
            id = $"doc-{i}",
            text = string.Join(" ", sentences),
            summaries = new[] { string.Join(" ", sentences.Take(3)) },
        })));
        return path;
    }

    [Test]
    public void ScoresTheMethodAndLeadAsJsonRows()
    {
        string path = WriteDataset();
        try
        {
            var result = CliRunner.Run("", "eval", path, "--format", "json", "--sentences", "3");
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            var rows = result.Lines.Select(line => JsonDocument.Parse(line).RootElement).ToDictionary(r => r.GetProperty("method").GetString()!);
            Assert.That(rows.Keys, Is.EquivalentTo(new[] { "default", "lead-3" }));
            Assert.That(rows["lead-3"].GetProperty("rouge1").GetProperty("f").GetDouble(), Is.EqualTo(1.0).Within(1e-9));
            Assert.That(rows["lead-3"].GetProperty("docs").GetInt32(), Is.EqualTo(2));
            Assert.That(rows["default"].GetProperty("rouge2").GetProperty("f").GetDouble(), Is.InRange(0.0, 1.0));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void SplitScoresOnlyTheDocumentsOfOneHalfAndTheHalvesAddUp()
    {
        string path = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.jsonl");
        string[] ids = Enumerable.Range(0, 12).Select(i => $"item-{i}").ToArray();
        File.WriteAllLines(path, ids.Select((id, i) => JsonSerializer.Serialize(new
        {
            id,
            text = string.Join(" ", Documents[i % 2]),
            summaries = new[] { Documents[i % 2][0] },
        })));
        try
        {
            static int Docs(CliRunner.Result result) => result.Lines.Select(line => JsonDocument.Parse(line).RootElement)
                .Single(r => r.GetProperty("method").GetString() == "lead-3").GetProperty("docs").GetInt32();
            var a = CliRunner.Run("", "eval", path, "--format", "json", "--split", "A");
            var b = CliRunner.Run("", "eval", path, "--format", "json", "--split", "b");
            var table = CliRunner.Run("", "eval", path, "--split", "A");
            var bad = CliRunner.Run("", "eval", path, "--split", "C");

            Assert.That(a.ExitCode, Is.Zero, a.Error);
            Assert.That(b.ExitCode, Is.Zero, b.Error);
            int expectedA = ids.Count(id => Evaluation.DatasetHalves.Of(id) == Evaluation.DatasetHalf.A);
            Assert.That(expectedA, Is.InRange(1, ids.Length - 1), "the test's ids fall in both halves");
            Assert.That(Docs(a), Is.EqualTo(expectedA));
            Assert.That(Docs(a) + Docs(b), Is.EqualTo(ids.Length));
            Assert.That(JsonDocument.Parse(a.Lines[0]).RootElement.GetProperty("split").GetString(), Is.EqualTo("A"));
            Assert.That(table.Out, Does.Contain($"(half A): {expectedA} documents"));
            Assert.That(bad.ExitCode, Is.EqualTo(2), "an unknown half is a usage error");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void CountsTheDocumentsRankedAsLineLists()
    {
        string path = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path,
        [
            JsonSerializer.Serialize(new { id = "list", text = TestTexts.KettleReviewList, summaries = new[] { "The kettle boils water quickly and quietly." } }),
            JsonSerializer.Serialize(new { id = "prose", text = string.Join(" ", Documents[0]), summaries = new[] { Documents[0][0] } }),
        ]);
        try
        {
            var json = CliRunner.Run("", "eval", path, "--format", "json");
            var table = CliRunner.Run("", "eval", path);
            var prose = CliRunner.Run("", "eval", path, "--format", "json", "--layout", "prose");
            static int LineLists(CliRunner.Result result, string method) => result.Lines.Select(line => JsonDocument.Parse(line).RootElement)
                .Single(r => r.GetProperty("method").GetString() == method).GetProperty("lineLists").GetInt32();
            Assert.Multiple(() =>
            {
                Assert.That(LineLists(json, "default"), Is.EqualTo(1));
                Assert.That(LineLists(json, "lead-3"), Is.Zero);
                Assert.That(LineLists(prose, "default"), Is.Zero);
                Assert.That(table.Out, Does.Contain("default: 1 of 2 documents ranked as lists of one-sentence lines"));
            });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void TableFormatHasOneRowPerMethod()
    {
        string path = WriteDataset();
        try
        {
            var result = CliRunner.Run("", "eval", path, "--algorithm", "textrank");
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Lines.Where(l => l.StartsWith("| textrank ", StringComparison.Ordinal) || l.StartsWith("| lead-3 ", StringComparison.Ordinal)).Count(), Is.EqualTo(2));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void AnUnknownAlgorithmIsAUsageError()
    {
        var result = CliRunner.Run("", "eval", "whatever.jsonl", "--algorithm", "nonsense");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.ErrorLines, Has.Length.EqualTo(2));
    }

    [Test]
    public void AMissingDatasetExitsOneNamingIt()
    {
        var result = CliRunner.Run("", "eval", "/no/such/data.jsonl");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("/no/such/data.jsonl"));
    }
}
