using System.Text.Json;

namespace Summarizer.Cli.Tests;

public class SentencesCommandTests
{
    [Test]
    public void TextFormatPrintsOneSentenceALine()
    {
        var result = CliRunner.Run("Dr. Smith arrived at 5 p.m. on Monday. He left\nquickly. Then? Nothing.", "sentences");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Is.EqualTo(new[] { "Dr. Smith arrived at 5 p.m. on Monday.", "He left", "quickly.", "Then?", "Nothing." }));
    }

    [Test]
    public void JoinLinesJoinsHardWrappedSentences()
    {
        var result = CliRunner.Run("Dr. Smith arrived on Monday. He left\nquickly. Then? Nothing.", "sentences", "--join-lines");
        Assert.That(result.Lines, Is.EqualTo(new[] { "Dr. Smith arrived on Monday.", "He left quickly.", "Then?", "Nothing." }));
    }

    [Test]
    public void LanguageSelectsTheAbbreviations()
    {
        // "z. B." is a German abbreviation: no sentence ends there in German.
        var result = CliRunner.Run("Wir kaufen Obst, z. B. Äpfel. Dann gehen wir.", "sentences", "--language", "de");
        Assert.That(result.Lines, Is.EqualTo(new[] { "Wir kaufen Obst, z. B. Äpfel.", "Dann gehen wir." }));
    }

    [Test]
    public void JsonFormatGivesUtf16SpansIntoTheInput()
    {
        const string text = "Café ☕ opens. The 😀 emoji follows.";
        var result = CliRunner.Run(text, "sentences", "--format", "json");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        foreach (string line in result.Lines)
        {
            using JsonDocument json = JsonDocument.Parse(line);
            int start = json.RootElement.GetProperty("start").GetInt32(), length = json.RootElement.GetProperty("length").GetInt32();
            Assert.That(text.Substring(start, length), Is.EqualTo(json.RootElement.GetProperty("text").GetString()));
        }

        Assert.That(result.Lines, Has.Length.EqualTo(2));
    }

    [Test]
    public void QuotationsStayWholeUnlessSplitIsAsked()
    {
        const string text = "He said, \"The road is closed. Take the bridge.\" Then he drove off.";
        var whole = CliRunner.Run(text, "sentences");
        var split = CliRunner.Run(text, "sentences", "--quotations", "split");
        Assert.That(whole.Lines, Is.EqualTo(new[] { "He said, \"The road is closed. Take the bridge.\"", "Then he drove off." }));
        Assert.That(split.Lines, Is.EqualTo(new[] { "He said, \"The road is closed.", "Take the bridge.\"", "Then he drove off." }));
    }

    [Test]
    public void AnUnknownQuotationsValueIsRefused()
    {
        var result = CliRunner.Run("One. Two.", "sentences", "--quotations", "sometimes");
        Assert.That(result.ExitCode, Is.Not.Zero);
        Assert.That(result.Error, Does.Contain("sometimes"));
    }

    [Test]
    public void LanguagesWithSegmentationRulesButNoStemmerAreAccepted()
    {
        // Greek ends questions with ';' and Hindi sentences with '।'; neither language has a stemmer here.
        var greek = CliRunner.Run("Τι κάνεις; Είμαι καλά.", "sentences", "--language", "el");
        var hindi = CliRunner.Run("मैं घर जा रहा हूँ। वह स्कूल गया।", "sentences", "--language", "hi");
        Assert.That(greek.Lines, Is.EqualTo(new[] { "Τι κάνεις;", "Είμαι καλά." }), greek.Error);
        Assert.That(hindi.Lines, Is.EqualTo(new[] { "मैं घर जा रहा हूँ।", "वह स्कूल गया।" }), hindi.Error);
    }

    [Test]
    public void AnUnknownLanguageNamesTheAcceptedCodes()
    {
        var result = CliRunner.Run("One. Two.", "sentences", "--language", "xx");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("unknown language 'xx'").And.Contain("el").And.Contain("hi"));
    }
}
