using System.Text.Json;

namespace Summarizer.Cli.Tests;

public class SummarizeCommandTests
{
    private const string Article = """
        The council voted on Tuesday to build a flood barrier along the river.
        The barrier will protect the Riverside district, which flooded three times in ten years.
        A bakery on Main Street changed its opening hours last week.
        Engineers say the flood barrier will include channels that carry river water into a wetland.
        Construction of the barrier begins in the spring and should end by 2028.
        """;

    [Test]
    public void SummarizesStandardInputAsText()
    {
        var result = CliRunner.Run(Article, "--sentences", "2");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Has.Length.EqualTo(2));
        Assert.That(result.Lines, Has.All.Matches<string>(line => Article.Contains(line, StringComparison.Ordinal)));
    }

    [Test]
    public void SummarizesAFile()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Article);
            var result = CliRunner.Run("", path, "-n", "1");
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Lines, Has.Length.EqualTo(1));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void JsonOutputHasSpansScoresRanksAndOptions()
    {
        var result = CliRunner.Run(Article, "--format", "json", "--order", "rank", "--sentences", "3");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        JsonElement root = json.RootElement;
        Assert.That(root.GetProperty("language").GetString(), Is.EqualTo("en"));
        Assert.That(root.GetProperty("options").GetProperty("order").GetString(), Is.EqualTo("rank"));
        JsonElement[] sentences = root.GetProperty("sentences").EnumerateArray().ToArray();
        Assert.That(sentences.Select(s => s.GetProperty("rank").GetInt32()), Is.EqualTo(new[] { 1, 2, 3 }));
        foreach (JsonElement s in sentences)
        {
            int start = s.GetProperty("start").GetInt32(), length = s.GetProperty("length").GetInt32();
            Assert.That(Article.Substring(start, length), Is.EqualTo(s.GetProperty("text").GetString()));
        }
    }

    [Test]
    public void MarkdownIsABulletedList()
    {
        var result = CliRunner.Run(Article, "--format", "markdown", "-n", "2");
        Assert.That(result.Lines, Has.Length.EqualTo(2).And.All.StartsWith("- "));
    }

    [Test]
    public void TwoLengthOptionsAreAUsageError()
    {
        var result = CliRunner.Run(Article, "--sentences", "2", "--words", "40");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("only one of").And.Contain("--help"));
    }

    [TestCase("--sentences", "0")]
    [TestCase("--ratio", "1.5")]
    [TestCase("--format", "pdf")]
    [TestCase("--algorithm", "nonsense")]
    [TestCase("--language", "xx")]
    public void InvalidValuesAreUsageErrors(string option, string value)
    {
        var result = CliRunner.Run(Article, option, value);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(2), "one message line and one hint line");
    }

    [Test]
    public void UnreadableFileExitsOneNamingTheFile()
    {
        var result = CliRunner.Run("", "/no/such/file.txt");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("/no/such/file.txt"));
    }

    [Test]
    public void HelpListsExamples()
    {
        var result = CliRunner.Run("", "--help");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Out, Does.Contain("Examples:").And.Contain("batch").And.Contain("--sentences").And.Contain("--format").And.Contain("html"));
    }

    [TestCase("batch", "summarize batch articles.jsonl")]
    [TestCase("sentences", "summarize sentences article.txt")]
    [TestCase("eval", "summarize eval dev/cnndm.jsonl")]
    public void EveryCommandHasHelpWithExamples(string command, string example)
    {
        var result = CliRunner.Run("", command, "--help");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Contain("Examples:").And.Contain(example).And.Contain("Usage:"));
    }

    [Test]
    public void SeveralFilesAsTextAreHeadedByTheirNames()
    {
        string first = Path.GetTempFileName(), second = Path.GetTempFileName();
        try
        {
            File.WriteAllText(first, Article);
            File.WriteAllText(second, "A second story about a library. The library opens on Sundays now. Readers asked for it for years.");
            var result = CliRunner.Run("", first, second, "-n", "1");
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Lines, Has.Length.EqualTo(4));
            Assert.That(result.Lines[0], Is.EqualTo($"==> {first} <=="));
            Assert.That(result.Lines[2], Is.EqualTo($"==> {second} <=="));

            var json = CliRunner.Run("", first, second, "-n", "1", "--format", "json");
            Assert.That(json.Lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("source").GetString()), Is.EqualTo(new[] { first, second }));

            var markdown = CliRunner.Run("", first, second, "-n", "1", "--format", "markdown");
            Assert.That(markdown.Lines.Where(l => l.StartsWith("## ", StringComparison.Ordinal)), Is.EqualTo(new[] { $"## {first}", $"## {second}" }));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Test]
    public void AnUnreadableFileAmongSeveralIsNamedAndTheOthersStillSummarized()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Article);
            var result = CliRunner.Run("", "/no/such/first.txt", path, "-n", "1");
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines, Is.EqualTo(new[] { result.ErrorLines[0] }).And.Some.Contains("/no/such/first.txt"));
            Assert.That(result.Lines, Has.Length.EqualTo(2));
            Assert.That(result.Lines[0], Is.EqualTo($"==> {path} <=="));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void LanguageAutoReportsTheDetectedLanguageAndTheOptionGiven()
    {
        const string german = "Der Stadtrat hat am Dienstag beschlossen, eine Hochwasserschutzmauer am Fluss zu bauen. Die Mauer soll das Viertel am Ufer schützen, das in zehn Jahren dreimal überflutet wurde. Die Bauarbeiten beginnen im Frühjahr und sollen bis 2028 dauern.";
        var result = CliRunner.Run(german, "--language", "auto", "--format", "json", "-n", "1");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using JsonDocument json = JsonDocument.Parse(result.Out);
        Assert.That(json.RootElement.GetProperty("language").GetString(), Is.EqualTo("de"));
        Assert.That(json.RootElement.GetProperty("options").GetProperty("language").GetString(), Is.EqualTo("auto"));
    }

    [Test]
    public void LeadAlgorithmTakesTheFirstSentences()
    {
        var result = CliRunner.Run(Article, "--algorithm", "lead", "-n", "2");
        Assert.That(result.Lines, Is.EqualTo(new[]
        {
            "The council voted on Tuesday to build a flood barrier along the river.",
            "The barrier will protect the Riverside district, which flooded three times in ten years.",
        }));
    }

    [Test]
    public void PrintsKeywordsAfterTheSummary()
    {
        var result = CliRunner.Run(Article, "--sentences", "2", "--keywords", "3");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Has.Length.EqualTo(6));
        Assert.That(result.Lines[2], Is.EqualTo("Keywords:"));
        Assert.That(result.Lines.Skip(3), Has.All.Matches<string>(k => Article.Contains(k, StringComparison.OrdinalIgnoreCase)));
    }

    [Test]
    public void WritesKeywordsWithTheirOccurrencesAsJson()
    {
        var result = CliRunner.Run(Article, "--keywords", "2", "--format", "json");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        JsonElement keywords = json.RootElement.GetProperty("keywords");
        Assert.That(keywords.GetArrayLength(), Is.EqualTo(2));
        foreach (JsonElement keyword in keywords.EnumerateArray())
        {
            string phrase = keyword.GetProperty("phrase").GetString()!;
            Assert.That(keyword.GetProperty("score").GetDouble(), Is.GreaterThan(0));
            foreach (JsonElement occurrence in keyword.GetProperty("occurrences").EnumerateArray())
            {
                string text = Article.Substring(occurrence.GetProperty("start").GetInt32(), occurrence.GetProperty("length").GetInt32());
                Assert.That(text, Is.EqualTo(phrase).IgnoreCase);
            }
        }
    }

    [Test]
    public void OmitsKeywordsUnlessAsked()
    {
        var result = CliRunner.Run(Article, "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        Assert.That(json.RootElement.TryGetProperty("keywords", out _), Is.False);
    }

    [TestCase("lexrank")]
    [TestCase("lexrank-threshold")]
    [TestCase("pacsum")]
    [TestCase("luhn")]
    [TestCase("lsa")]
    [TestCase("sumbasic")]
    [TestCase("klsum")]
    [TestCase("edmundson")]
    [TestCase("centroid")]
    public void EveryRankerRunsByName(string algorithm)
    {
        var result = CliRunner.Run(Article, "--sentences", "2", "--algorithm", algorithm);
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Has.Length.EqualTo(2));
        Assert.That(result.Lines, Has.All.Matches<string>(line => Article.Contains(line, StringComparison.Ordinal)));
    }
}
