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

    private const string Interview = """
        HOST: Hello and welcome to the evening programme. With me is Sade Okoro, who runs the city's night buses. Sade, thanks for coming in.
        SADE: Thanks for having me.
        HOST: How many people ride the night buses?
        SADE: About eleven thousand a night at weekends, most of them hospital and hotel staff going to or from a shift.
        HOST: And what is changing?
        SADE: From March the two busiest routes will run every fifteen minutes instead of every half hour, paid for by a grant from the health trust.
        HOST: Sade Okoro, thank you.
        """;

    [Test]
    public void ATranscriptIsReportedAsADialogueAndSummarizedByItsAnswers()
    {
        var result = CliRunner.Run(Interview, "--format", "json", "-n", "2");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        string[] texts = json.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("layout").GetString(), Is.EqualTo("dialogue"));
            Assert.That(texts, Has.None.Contains("welcome").And.None.Contains("thank").IgnoreCase);
            Assert.That(texts, Has.None.EndsWith("?"));
        });
    }

    [Test]
    public void LayoutDialogueAndProseOverrideTheDetection()
    {
        var dialogue = CliRunner.Run(string.Join(" ", TestTexts.KettleReviews), "--layout", "dialogue", "--format", "json");
        var prose = CliRunner.Run(Interview, "--layout", "prose", "--format", "json");
        Assert.That(dialogue.ExitCode, Is.Zero, dialogue.Error);
        Assert.That(prose.ExitCode, Is.Zero, prose.Error);
        using JsonDocument dialogueJson = JsonDocument.Parse(dialogue.Out);
        using JsonDocument proseJson = JsonDocument.Parse(prose.Out);
        Assert.Multiple(() =>
        {
            Assert.That(dialogueJson.RootElement.GetProperty("layout").GetString(), Is.EqualTo("dialogue"));
            Assert.That(proseJson.RootElement.GetProperty("layout").GetString(), Is.EqualTo("prose"));
            // Read as prose, the lead comes first: the host's introduction after the greeting (which waits in any text),
            // which a dialogue's summary leaves to the last as the interviewer's.
            Assert.That(proseJson.RootElement.GetProperty("sentences")[0].GetProperty("text").GetString(), Does.StartWith("With me is Sade Okoro"));
        });
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
