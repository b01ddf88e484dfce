using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Cli.Tests;

/// <summary>What someone new to the command sees when they get something wrong: one clear line, in their own words.</summary>
public class NewcomerErrorTests
{
    private const string Article = """
        The library opened a new reading room on the second floor this week.
        Visitors can borrow laptops there for up to four hours at a time.
        The reading room stays open until ten in the evening on weekdays.
        Librarians say the room was the most requested change in last year's survey.
        """;

    [TestCase("--sentence", "--sentences")]
    [TestCase("--sentencs", "--sentences")]
    [TestCase("--formt", "--format")]
    [TestCase("--keyword", "--keywords")]
    public void AMistypedOptionIsAUsageErrorWithASuggestion(string typed, string meant)
    {
        var result = CliRunner.Run(Article, typed, "2", "-");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.ErrorLines[0], Is.EqualTo($"summarize: unknown option '{typed}'; did you mean {meant}?"));
        Assert.That(result.ErrorLines[1], Is.EqualTo("Try 'summarize --help'."));
        Assert.That(result.Out, Is.Empty, "nothing is summarized");
    }

    [Test]
    public void AnUnknownOptionIsNeverReadAsAFileName()
    {
        var result = CliRunner.Run(Article, "--bogus", "-");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "summarize: unknown option '--bogus'.", "Try 'summarize --help'." }));
    }

    [TestCase("-x")]
    [TestCase("--zq")]
    [TestCase("--completely-unrelated")]
    public void AnUnknownOptionFarFromAnyGetsNoSuggestion(string typed)
    {
        var result = CliRunner.Run(Article, typed, "-");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.ErrorLines[0], Is.EqualTo($"summarize: unknown option '{typed}'."));
    }

    [Test]
    public void AMistypedOptionOfASubcommandIsNamedWithItsCommand()
    {
        var result = CliRunner.Run("", "batch", "-", "--treads", "2");
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "summarize: unknown option '--treads'; did you mean --threads?", "Try 'summarize batch --help'." }));
    }

    [Test]
    public void AfterADoubleDashAWordWithADashIsAFileName()
    {
        var result = CliRunner.Run("", "--", "--no-such-file");
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
        Assert.That(result.Error, Does.StartWith("summarize: cannot read '--no-such-file'"));
    }

    [Test]
    public void ADirectoryIsNamedAsADirectory()
    {
        string directory = Directory.CreateTempSubdirectory("summarizer-dir-").FullName;
        try
        {
            foreach (string[] args in new[] { new[] { directory }, new[] { "sentences", directory }, new[] { "batch", directory }, new[] { "idf", "fit", directory } })
            {
                var result = CliRunner.Run("", args);
                Assert.That(result.ExitCode, Is.EqualTo(1), string.Join(' ', args));
                Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"summarize: '{directory}' is a directory; give a file, or '-' for standard input." }), string.Join(' ', args));
            }
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    [Test]
    public void AnOutputThatIsADirectoryIsNamedAsADirectory()
    {
        string directory = Directory.CreateTempSubdirectory("summarizer-out-").FullName;
        string input = Path.Combine(directory, "in.jsonl");
        File.WriteAllText(input, "{\"id\": 1, \"text\": \"The river rose overnight. The council closed the bridge.\"}\n");
        try
        {
            foreach (string[] args in new[] { new[] { "batch", input, "-o", directory }, new[] { "idf", "fit", input, "-o", directory } })
            {
                var result = CliRunner.Run("", args);
                Assert.That(result.ExitCode, Is.EqualTo(1), string.Join(' ', args));
                Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"summarize: '{directory}' is a directory; give the path of a file to write (-o)." }), string.Join(' ', args));
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestCase(new[] { "--ratio", "abc" }, "summarize: --ratio expects a number in (0, 1], got 'abc'.")]
    [TestCase(new[] { "--ratio", "1.5" }, "summarize: --ratio expects a number in (0, 1], got '1.5'.")]
    [TestCase(new[] { "--ratio", "0" }, "summarize: --ratio expects a number in (0, 1], got '0'.")]
    [TestCase(new[] { "--sentences", "0" }, "summarize: --sentences must be at least 1, got 0.")]
    [TestCase(new[] { "-n", "two" }, "summarize: --sentences expects a whole number of at least 1, got 'two'.")]
    [TestCase(new[] { "--chars", "-5" }, "summarize: --chars must be at least 1, got -5.")]
    [TestCase(new[] { "--words", "0" }, "summarize: --words must be at least 1, got 0.")]
    [TestCase(new[] { "--keywords", "many" }, "summarize: --keywords expects a whole number, got 'many'.")]
    public void ABadValueIsDescribedInTheUsersWords(string[] args, string message)
    {
        var result = CliRunner.Run(Article, [.. args, "-"]);
        Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { message, "Try 'summarize --help'." }));
        Assert.That(result.Error, Does.Not.Contain("System.").And.Not.Contain("Parameter"));
    }

    [Test]
    public void ABadValueOfASubcommandOptionIsDescribedToo()
    {
        var result = CliRunner.Run("", "eval", "data.jsonl", "--limit", "abc");
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "summarize: --limit expects a whole number, got 'abc'.", "Try 'summarize eval --help'." }));
    }

    [Test]
    public void BatchJsonErrorsCountLinesAndColumnsFromOne()
    {
        string input = JsonSerializer.Serialize(new { id = 1, text = Article }) + "\n{bad\n{\"id\": \"é\", x}\n";
        var result = CliRunner.Run(input, "batch", "-");
        Assert.That(result.ExitCode, Is.EqualTo(3), result.Error);
        string[] lines = result.Lines;
        using JsonDocument second = JsonDocument.Parse(lines[1]);
        Assert.That(second.RootElement.GetProperty("error").GetString(),
            Is.EqualTo("invalid JSON at line 2, column 2: 'b' is an invalid start of a property name. Expected a '\"'."));
        using JsonDocument third = JsonDocument.Parse(lines[2]);
        string error = third.RootElement.GetProperty("error").GetString()!;
        Assert.That(error, Does.StartWith("invalid JSON at line 3, column 13: "), "columns count characters, not UTF-8 bytes");
        Assert.That(error, Does.Not.Contain("LineNumber").And.Not.Contain("BytePositionInLine"));
    }

    [Test]
    public void EvalJsonErrorsCountColumnsFromOne()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{bad\n");
            var result = CliRunner.Run("", "eval", path);
            Assert.That(result.ExitCode, Is.EqualTo(1), result.Error);
            Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"summarize: Line 1 of '{path}': not valid JSON at column 2: 'b' is an invalid start of a property name. Expected a '\"'." }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("")]
    [TestCase("  \n\n\t\n")]
    public void EvalOnAnEmptyOrBlankFileSaysSoInOneLine(string content)
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, content);
            var result = CliRunner.Run("", "eval", path);
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.ErrorLines, Is.EqualTo(new[] { $"summarize: '{path}' has no documents; give JSON lines of {{\"id\", \"text\", \"summaries\": [...]}}." }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase(new[] { "idf", "fit" }, "Fits an IDF model on a corpus")]
    [TestCase(new[] { "idf" }, "Fits and merges corpus IDF models")]
    [TestCase(new[] { "idf", "merge" }, "Merges IDF models")]
    [TestCase(new[] { "eval" }, "Scores summaries with ROUGE")]
    [TestCase(new[] { "batch" }, "Summarizes every line of a JSON Lines file")]
    public void ACommandWithoutItsArgumentsShowsItsOwnHelp(string[] args, string description)
    {
        var result = CliRunner.Run("", args);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.StartWith($"Description:\n  {description}"));
        Assert.That(result.Error, Does.Match($@"Usage:\n  \S+ {string.Join(' ', args)} "), "the usage line of the command itself");
        Assert.That(result.Error, Does.Not.Contain("<files>"), "the root command's files are not an argument of a subcommand");
        Assert.That(result.Out, Is.Empty);
    }

    [TestCase("batch", "<input>")]
    [TestCase("sentences", "[<file>]")]
    [TestCase("eval", "<data>")]
    public void ASubcommandsHelpShowsOnlyItsOwnArguments(string command, string argument)
    {
        var result = CliRunner.Run("", command, "--help");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Match($@"Usage:\n  \S+ {command} {Regex.Escape(argument)} \[options\]\n"));
        Assert.That(result.Out, Does.Not.Contain("<files>"));
        Assert.That(result.Out, Does.Contain("Arguments:\n  " + argument.Trim('[', ']')));
    }

    [Test]
    public void AUsageErrorOfANestedCommandNamesTheWholeCommand()
    {
        var result = CliRunner.Run("", "idf", "fit", "-", "--language");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.ErrorLines[^1], Is.EqualTo("Try 'summarize idf fit --help'."));
    }

    [Test]
    public void TopLevelHelpShowsNoStrayDefault()
    {
        var result = CliRunner.Run("", "--help");
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(result.Out, Does.Not.Contain("[default: -]"));
        Assert.That(result.Out, Does.Contain("sentences <file>"));
        Assert.That(result.Out, Does.Contain("Arguments:\n  <files>"), "the root's own argument stays in its help");
    }

    [TestCase("")]
    [TestCase(" \n\n \t")]
    public void AnEmptyInputGivesAOneLineNotice(string content)
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, content);
            var summarize = CliRunner.Run("", path);
            Assert.That(summarize.ExitCode, Is.Zero);
            Assert.That(summarize.ErrorLines, Is.EqualTo(new[] { $"summarize: '{path}' has no text; there is nothing to summarize." }));
            var fromStdin = CliRunner.Run(content, "-");
            Assert.That(fromStdin.ErrorLines, Is.EqualTo(new[] { "summarize: standard input has no text; there is nothing to summarize." }));
            var sentences = CliRunner.Run("", "sentences", path);
            Assert.That(sentences.ErrorLines, Is.EqualTo(new[] { $"summarize: '{path}' has no text; there is nothing to split." }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void ABlankLineInABatchIsSkippedAndCountedNotFailed()
    {
        string input = JsonSerializer.Serialize(new { id = 1, text = Article }) + "\n\n   \n" + JsonSerializer.Serialize(new { id = 2, text = Article }) + "\n";
        var result = CliRunner.Run(input, "batch", "-");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Has.Length.EqualTo(2));
        Assert.That(result.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32()), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(result.Error, Does.StartWith("summarize batch: 4 lines: 2 summarized, 2 blank skipped, 0 failed in "));
    }

    [Test]
    public void MarkdownEscapesMarkupInSentences()
    {
        const string text = "Readers found <script>alert(1)</script> & <b>bold</b> tags in the *old* page_name [link](x) today.\n# Not a heading but a sentence here.\n";
        var result = CliRunner.Run(text, "--format", "markdown", "--input", "text", "--sentences", "5", "-");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Out, Does.Not.Contain("<").And.Not.Contain("*old*").And.Not.Contain("[link]"));
        Assert.That(result.Out, Does.Contain("&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;"));
        Assert.That(result.Out, Does.Contain(@"\*old\* page\_name \[link\](x)"));
    }

    [TestCase("Plain words stay plain.", "Plain words stay plain.")]
    [TestCase("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;")]
    [TestCase("# heading", @"\# heading")]
    [TestCase("- item", @"\- item")]
    [TestCase("2024. A year", @"2024\. A year")]
    [TestCase("a_b *c* `d` | e ~f~ \\", @"a\_b \*c\* \`d\` \| e \~f\~ \\")]
    public void MarkdownTextEscapes(string text, string expected) =>
        Assert.That(Summarizer.Cli.MarkdownText.Escape(text), Is.EqualTo(expected));
}
