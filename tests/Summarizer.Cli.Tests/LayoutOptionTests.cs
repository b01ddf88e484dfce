using System.Text.Json;

namespace Summarizer.Cli.Tests;

public class LayoutOptionTests
{
    private static readonly string Reviews = TestTexts.KettleReviewList;
    private static readonly string[] OffTopicOpeners = TestTexts.OffTopicOpeners;

    private static (string Layout, string OptionLayout, string[] Texts) Summarize(params string[] args)
    {
        var result = CliRunner.Run(Reviews, [.. args, "--format", "json", "-n", "3"]);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement root = json.RootElement;
        return (root.GetProperty("layout").GetString()!, root.GetProperty("options").GetProperty("layout").GetString()!,
            root.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToArray());
    }

    [Test]
    public void AListOfRemarksIsDetectedAndReported()
    {
        var (layout, option, texts) = Summarize();
        Assert.Multiple(() =>
        {
            Assert.That(layout, Is.EqualTo("list"));
            Assert.That(option, Is.EqualTo("auto"));
            Assert.That(texts, Has.None.AnyOf(OffTopicOpeners));
        });
    }

    [Test]
    public void LayoutProseKeepsTheLead()
    {
        var (layout, option, texts) = Summarize("--layout", "prose");
        Assert.Multiple(() =>
        {
            Assert.That(layout, Is.EqualTo("prose"));
            Assert.That(option, Is.EqualTo("prose"));
            Assert.That(texts, Has.Some.AnyOf(OffTopicOpeners));
        });
    }

    [Test]
    public void LayoutListAppliesToProseToo()
    {
        var result = CliRunner.Run(string.Join(" ", TestTexts.KettleReviews), "--layout", "list", "--format", "json");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.That(json.RootElement.GetProperty("layout").GetString(), Is.EqualTo("list"));
    }

    [Test]
    public void NamedMethodsIgnoreListDetection()
    {
        var (layout, _, _) = Summarize("--algorithm", "textrank");
        Assert.That(layout, Is.EqualTo("prose"));
    }

    [Test]
    public void AnUnknownLayoutIsAUsageError()
    {
        var result = CliRunner.Run(Reviews, "--layout", "table");
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2));
            Assert.That(result.Error, Does.Contain("'table'").And.Contain("'prose'"));
        });
    }
}
