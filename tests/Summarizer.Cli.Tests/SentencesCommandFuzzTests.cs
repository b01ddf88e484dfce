using System.Globalization;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>
/// The command line's splitter on mutated text (<see cref="TextMutator"/>), through the <c>sentences</c> command in
/// process: it must exit 0 and print spans that are exact, ordered slices of its input. CI runs a bounded number of
/// cases; <c>SUMMARIZER_FUZZ_CASES</c> and <c>SUMMARIZER_FUZZ_SEED</c> run more, as for the library's fuzzer.
/// </summary>
public class SentencesCommandFuzzTests
{
    private const int DefaultCases = 60;

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : fallback;

    [Test]
    public void MutatedInputsGiveExactSpans()
    {
        int cases = Setting("SUMMARIZER_FUZZ_CASES", DefaultCases);
        int seed = Setting("SUMMARIZER_FUZZ_SEED", 1);
        var random = new Random(seed);
        var corpus = new List<string>(SampleTexts.All);
        for (int c = 0; c < cases; c++)
        {
            string input = TextMutator.Mutate(random, corpus);
            try
            {
                CheckCliSentences(input, c % 2 == 0);
            }
            catch (Exception e)
            {
                Assert.Fail($"Fuzz case {c} (SUMMARIZER_FUZZ_SEED={seed}) failed: {e.GetType().Name}: {e.Message}\nInput length {input.Length}\n{e.StackTrace}");
            }

            if (input.Length < 20_000 && corpus.Count < 256 && random.Next(4) == 0)
                corpus.Add(input); // mutations of mutations reach further; the corpus stays small
        }
    }

    /// <summary>The CLI's splitter, through the command: exit code 0 and JSON spans that are exact slices of the input.</summary>
    private static void CheckCliSentences(string input, bool joinLines)
    {
        if (input.AsSpan(0, Math.Min(input.Length, 8192)).Contains('\0'))
            input = input.Replace('\0', ' '); // NUL marks a binary input, which the command refuses by design
        var result = joinLines ? CliRunner.Run(input, "sentences", "--format", "json", "--join-lines", "-") : CliRunner.Run(input, "sentences", "--format", "json", "-");
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"sentences exited with {result.ExitCode}: {result.Error}");
        int previousEnd = 0;
        foreach (string line in result.Lines)
        {
            using JsonDocument json = JsonDocument.Parse(line);
            int start = json.RootElement.GetProperty("start").GetInt32(), length = json.RootElement.GetProperty("length").GetInt32();
            if (start < previousEnd || length <= 0 || start + length > input.Length)
                throw new InvalidOperationException($"sentences printed span {start}+{length} after {previousEnd} for input of length {input.Length}");
            // Lone surrogates cannot survive JSON; compare what the JSON writer could carry.
            string expected = input.Substring(start, length);
            string actual = json.RootElement.GetProperty("text").GetString()!;
            if (actual != expected && actual.Length != expected.Length)
                throw new InvalidOperationException($"sentences printed text of length {actual.Length} for a span of {length}");
            previousEnd = start + length;
        }
    }
}
