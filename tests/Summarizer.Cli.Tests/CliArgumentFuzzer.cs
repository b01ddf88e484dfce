using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>
/// A seeded fuzzer of the command line as a whole: random and mutated argument vectors (real, mistyped and made-up
/// options, good and bad values, commands in any order) over generated input files (empty, blank, binary, broken JSON
/// Lines, HTML, directories, missing files) and standard input. Every run must end with a documented exit code and,
/// on failure, messages without a stack trace or an "unexpected" exception.
/// <para>
/// CI runs a fixed set of cases; run more with
/// <c>SUMMARIZER_CLI_FUZZ_CASES=5000 SUMMARIZER_CLI_FUZZ_SEED=7 dotnet test tests/Summarizer.Tests --filter CliArgumentFuzzer</c>.
/// </para>
/// </summary>
public class CliArgumentFuzzer
{
    private const int DefaultCases = 400;

    /// <summary>The exit codes the README documents: success, unreadable input, usage error, some batch lines failed.</summary>
    private static readonly int[] Documented = [0, 1, 2, 3];

    private static readonly string[] Commands = ["batch", "sentences", "eval", "idf", "fit", "merge", "help"];

    private static readonly string[] Options =
    [
        "--sentences", "-n", "--ratio", "--words", "--chars", "--order", "--format", "-f", "--input", "-i", "--keywords", "-k",
        "--algorithm", "-a", "--language", "-l", "--layout", "--idf", "--threads", "-o", "--output", "--limit", "--no-stem",
        "--predictions", "--join-lines", "--help", "-h", "-?", "--version", "--", "-",
    ];

    private static readonly string[] Values =
    [
        "0", "1", "3", "-1", "-5", "2147483648", "99999999999", "0.5", "1.5", "1e999", "NaN", "-0", "abc", "", " ", "auto", "en", "de", "zh",
        "xx", "all", "lexrank", "text", "json", "markdown", "html", "table", "rank", "document", "prose", "list", "dialogue", "ü", "\u0000", "--", "=",
        "--sentences=2", "-n3", "--ratio=abc",
    ];

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : fallback;

    [Test]
    public void RandomArgumentVectorsEndWithADocumentedExitCodeAndOneLineErrors()
    {
        int cases = Setting("SUMMARIZER_CLI_FUZZ_CASES", DefaultCases);
        int seed = Setting("SUMMARIZER_CLI_FUZZ_SEED", 1);
        var random = new Random(seed);
        string folder = Directory.CreateTempSubdirectory("summarizer-cli-fuzz-").FullName;
        try
        {
            string[] files = WriteInputs(folder, random);
            var exitCodes = new SortedDictionary<int, int>();
            for (int c = 0; c < cases; c++)
            {
                string[] args = Arguments(random, files);
                string stdin = random.Next(3) == 0 ? "" : Pick(random, files) is var f && File.Exists(f) ? File.ReadAllText(f) : "Some text. More text.";
                CliRunner.Result result;
                try
                {
                    result = CliRunner.Run(stdin, args);
                }
                catch (Exception e)
                {
                    Assert.Fail($"case {c} (seed {seed}) threw {e.GetType().Name}: {e.Message}\nargs: {Show(args)}");
                    return;
                }

                string context = $"case {c} (seed {seed}), args: {Show(args)}\nexit {result.ExitCode}, stderr:\n{result.Error}";
                Assert.That(Documented, Does.Contain(result.ExitCode), context);
                exitCodes[result.ExitCode] = exitCodes.GetValueOrDefault(result.ExitCode) + 1;
                Assert.That(result.Error, Does.Not.Contain("unexpected").And.Not.Contain("   at ").And.Not.Contain("Exception"), context);
                Assert.That(result.Error, Does.Not.Contain("System.").And.Not.Contain("(Parameter '"), context);
            }

            TestContext.Out.WriteLine($"{cases} cases, exit codes: {string.Join(", ", exitCodes.Select(p => $"{p.Key}: {p.Value}"))}");
            Assert.That(exitCodes.Keys, Is.SupersetOf(new[] { 0, 1, 2 }), "the cases reach success, input errors and usage errors");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void MutatedInputFilesEndWithADocumentedExitCodeAndOneLineErrors()
    {
        int cases = Setting("SUMMARIZER_CLI_FUZZ_CASES", DefaultCases);
        int seed = Setting("SUMMARIZER_CLI_FUZZ_SEED", 1);
        var random = new Random(seed);
        string folder = Directory.CreateTempSubdirectory("summarizer-cli-fuzz-").FullName;
        try
        {
            string[] files = WriteInputs(folder, random);
            string[] seeds = [.. files.Where(File.Exists).Select(File.ReadAllText)];
            string model = Path.Combine(folder, "model.idf"), data = Path.Combine(folder, "eval.jsonl");
            // Each reader of the command line, with "@" where the mutated file goes.
            string[][] templates =
            [
                ["@"], ["-f", "json", "-k", "3", "@"], ["-f", "markdown", "--input", "html", "@"], ["sentences", "@", "-f", "json"],
                ["batch", "@", "-n", "1"], ["eval", "@", "-n", "1"], ["eval", data, "--predictions", "@"], ["idf", "fit", "@"],
                ["idf", "merge", "@", model], ["--idf", "@", data], ["-l", "auto", "@"],
            ];
            string mutated = Path.Combine(folder, "mutated.jsonl");
            for (int c = 0; c < cases; c++)
            {
                string content = MutateText(random, Pick(random, seeds), seeds);
                File.WriteAllText(mutated, content, new UTF8Encoding(false));
                string[] args = [.. Pick(random, templates).Select(a => a == "@" ? mutated : a)];
                CliRunner.Result result = CliRunner.Run("", args);
                string context = $"case {c} (seed {seed}), args: {Show(args)}\ninput: {JsonSerializer.Serialize(content)}\nexit {result.ExitCode}, stderr:\n{result.Error}";
                Assert.That(Documented, Does.Contain(result.ExitCode), context);
                Assert.That(result.Error, Does.Not.Contain("unexpected").And.Not.Contain("   at ").And.Not.Contain("Exception"), context);
                Assert.That(result.Error, Does.Not.Contain("System.").And.Not.Contain("(Parameter '").And.Not.Contain("LineNumber:"), context);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Truncates, splices, duplicates or inserts characters that matter to the readers (quotes, braces, tabs, NUL, line breaks).</summary>
    private static string MutateText(Random random, string text, string[] others)
    {
        string[] inserts = ["\"", "{", "}", "[", "]", ",", ":", "\t", "\n", "\r\n", "\0", "\\", "\uD800", "-1", "1e999", "null", "<", ">", "summarizer-idf 1\n", "language x\n", "documents -3\n"];
        for (int m = random.Next(1, 4); m > 0; m--)
        {
            int at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
            text = random.Next(5) switch
            {
                0 => text[..at],
                1 => text[..at] + Pick(random, others) + text[at..],
                2 => text + text,
                3 => text.Remove(at, Math.Min(random.Next(1, 8), text.Length - at)),
                _ => text[..at] + Pick(random, inserts) + text[at..],
            };
        }

        return text;
    }

    private static string Show(string[] args) => string.Join(' ', args.Select(a => JsonSerializer.Serialize(a)));

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string[] Arguments(Random random, string[] files)
    {
        var args = new List<string>();
        int count = random.Next(7);
        if (random.Next(2) == 0)
            args.Add(Pick(random, Commands));
        if (random.Next(4) == 0)
            args.Add(Pick(random, Commands));
        for (int i = 0; i < count; i++)
        {
            switch (random.Next(6))
            {
                case 0:
                case 1:
                    args.Add(Pick(random, Options));
                    args.Add(Pick(random, Values));
                    break;
                case 2:
                    args.Add(Pick(random, files));
                    break;
                case 3:
                    args.Add(Mutate(random, Pick(random, Options)));
                    break;
                case 4:
                    args.Add(Pick(random, Options));
                    break;
                default:
                    args.Add(Pick(random, Values));
                    break;
            }
        }

        // The inputs must not be read from the terminal: give at least one path (or "-" with a string as stdin).
        if (!args.Any(a => files.Contains(a) || a == "-"))
            args.Add(Pick(random, files));

        // Whatever follows an output option is a fresh file in the test's folder, never a file elsewhere or an input.
        for (int i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] is "-o" or "--output")
                args[i + 1] = Path.Combine(Path.GetDirectoryName(files[0])!, $"out-{random.Next(1000)}");
        }

        return [.. args];
    }

    /// <summary>A mistyped option: a letter dropped, doubled, swapped or changed, or a made-up one.</summary>
    private static string Mutate(Random random, string option)
    {
        if (option.Length < 3)
            return "--" + (char)('a' + random.Next(26)) + option.TrimStart('-');
        int at = 2 + random.Next(Math.Max(1, option.Length - 2));
        at = Math.Min(at, option.Length - 1);
        return random.Next(4) switch
        {
            0 => option.Remove(at, 1),
            1 => option.Insert(at, option[at].ToString()),
            2 => option[..at] + (char)('a' + random.Next(26)) + option[(at + 1)..],
            _ => "--bogus-" + random.Next(100).ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string[] WriteInputs(string folder, Random random)
    {
        const string Story = "The river rose overnight. Residents moved their cars to higher ground. The council opened a shelter at the school. By noon the water had begun to fall.";
        var inputs = new Dictionary<string, string>
        {
            ["empty.txt"] = "",
            ["blank.txt"] = " \n\n\t \n",
            ["story.txt"] = Story,
            ["page.html"] = $"<!DOCTYPE html><html><head><title>Flood</title></head><body><nav>Home</nav><article><p>{Story}</p></article></body></html>",
            ["empty.html"] = "<html></html>",
            ["batch.jsonl"] = $"{{\"id\": 1, \"text\": \"{Story}\"}}\n\n{{bad\n[1]\n{{\"id\": 2}}\n{{\"text\": 3}}\n",
            ["eval.jsonl"] = $"{{\"id\": \"a\", \"text\": \"{Story}\", \"summaries\": [\"The river rose.\"]}}\n",
            ["eval-bad.jsonl"] = "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": 1, \"summaries\": 5}\n",
            ["preds.jsonl"] = "{\"id\": \"a\", \"summary\": \"The river rose.\"}\n",
            ["model.idf"] = "summarizer-idf 1\nlanguage English\ndocuments 2\nriver\t1\n",
            ["bad.idf"] = "not a model\n",
            ["binary.bin"] = "\0\u0001\u0002 binary",
        };
        var bytes = new byte[512];
        random.NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(folder, "random.dat"), bytes);
        foreach (var (name, content) in inputs)
            File.WriteAllText(Path.Combine(folder, name), content, new UTF8Encoding(false));
        Directory.CreateDirectory(Path.Combine(folder, "directory"));
        return
        [
            .. inputs.Keys.Select(name => Path.Combine(folder, name)),
            Path.Combine(folder, "random.dat"),
            Path.Combine(folder, "directory"),
            Path.Combine(folder, "missing.txt"),
            "-",
        ];
    }
}
