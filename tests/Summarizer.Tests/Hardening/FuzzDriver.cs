using System.Globalization;
using System.Text;
using System.Text.Json;
using Summarizer.Tests.Cli;

namespace Summarizer.Tests.Hardening;

/// <summary>
/// A seeded mutation fuzzer (no instrumentation needed): it starts from self-written documents and generated hostile
/// text, applies random mutations (splicing, duplication, truncation inside surrogate pairs, inserted terminators,
/// controls and marks, huge repeats), and runs the full pipeline and the CLI's <c>sentences</c> command on each case,
/// checking the invariants of <see cref="SummaryInvariants"/>.
/// <para>
/// CI runs a bounded number of cases (a few seconds). Run more on demand:
/// <c>SUMMARIZER_FUZZ_CASES=20000 SUMMARIZER_FUZZ_SEED=42 dotnet test tests/Summarizer.Tests --filter FuzzDriver</c>.
/// A failure reports the case's seed and input; each crash found becomes a test in <see cref="RegressionTests"/>.
/// </para>
/// </summary>
public class FuzzDriver
{
    private const int DefaultCases = 150;

    // Mutated inputs kept for further mutation: a fixed-size reservoir, so memory and case size stay bounded however many
    // cases run (an unbounded corpus grew to gigabytes over 200,000 cases and slowed every case down).
    private const int ReservoirSize = 512;

    // LexRank's dense graph, SumBasic and KL-Sum (pipelines 3, 5, 6) do work that grows with the square of the sentence
    // count, and language detection (1) analyses twice. Mutations that repeat a stretch thousands of times make inputs of
    // thousands of tiny sentences, and there those four took 2% of the cases and 61% of the time (up to 4.6 s a case).
    // They get every mutation, on inputs up to this length; longer inputs go to the pipelines whose cost grows linearly.
    private const int SquareCostLimit = 15_000;
    private static readonly int[] LinearPipelines = [0, 2, 4, 7, 8, 9];

    private static readonly string[] Inserts =
    [
        ".", "?", "!", "…", "。", "।", "؟", "\n", "\r\n", "\"", "'", "(", ")", "[", "]", "«", "»", "“", "”", "--", "\0", "\u200D", "\uFEFF",
        "\uD800", "\uDC00", "\u0301", "\u202E", "Mr.", "1.", "2.", "a)", "ii)", "<p>", "&lt;", "  ", "\t", "İ", "ı", "ß", "👨‍👩‍👧", "河", "न्", "...", ". . .",
    ];

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0 ? value : fallback;

    [Test]
    public void MutatedInputsKeepEveryGuarantee()
    {
        int cases = Setting("SUMMARIZER_FUZZ_CASES", DefaultCases);
        int seed = Setting("SUMMARIZER_FUZZ_SEED", 1);
        var random = new Random(seed);
        var corpus = new List<string>(SampleTexts.All);
        var pcg = new CsCheck.PCG(5, (ulong)seed);
        for (int i = 0; i < 10; i++)
            corpus.Add(TextGen.Document(200).Generate(pcg, null, out _));
        int seeds = corpus.Count;
        long offered = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();

        for (int c = 0; c < cases; c++)
        {
            string input = Mutate(random, corpus);
            SummaryLength length = (c % 4) switch
            {
                0 => SummaryLength.Sentences(1 + random.Next(6)),
                1 => SummaryLength.Ratio((1 + random.Next(100)) / 100.0),
                2 => SummaryLength.Words(1 + random.Next(200)),
                _ => SummaryLength.Characters(1 + random.Next(2000)),
            };
            int pipeline = input.Length <= SquareCostLimit ? random.Next(SummaryInvariants.Pipelines.Length) : LinearPipelines[random.Next(LinearPipelines.Length)];
            try
            {
                SummaryInvariants.Check(SummaryInvariants.Pipelines[pipeline], input, length);
                if (c % 5 == 0)
                    CheckCliSentences(input, c % 2 == 0);
            }
            catch (Exception e)
            {
                Assert.Fail($"Fuzz case {c} (SUMMARIZER_FUZZ_SEED={seed}, pipeline {pipeline}, {length}) failed: {e.GetType().Name}: {e.Message}\n"
                    + $"Input: {PropertyRunner.Printable(input)}\n{e.StackTrace}");
            }

            if (input.Length < 20_000 && random.Next(4) == 0)
            {
                // Mutations of mutations reach further. Reservoir sampling (Vitter's algorithm R) keeps a uniform sample of
                // ReservoirSize of all kept inputs; the seed documents are never replaced.
                offered++;
                if (corpus.Count < seeds + ReservoirSize)
                    corpus.Add(input);
                else if (random.NextInt64(offered) is var slot && slot < ReservoirSize)
                    corpus[seeds + (int)slot] = input;
            }
        }

        double seconds = clock.Elapsed.TotalSeconds;
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{cases} fuzz cases from seed {seed} passed in {seconds:F1} s ({cases / Math.Max(seconds, 1e-9):F1} cases/s; corpus {corpus.Count} inputs)."));
    }

    /// <summary>The CLI's splitter, through the command: exit code 0 and JSON spans that are exact slices of the input.</summary>
    private static void CheckCliSentences(string input, bool joinLines)
    {
        if (input.AsSpan(0, Math.Min(input.Length, 8192)).Contains('\0'))
            input = input.Replace('\0', ' '); // NUL marks a binary input, which the command refuses by design
        var result = joinLines ? CliRunner.Run(input, "sentences", "--format", "json", "--join-lines", "-") : CliRunner.Run(input, "sentences", "--format", "json", "-");
        if (result.ExitCode != 0)
            throw new InvariantException($"sentences exited with {result.ExitCode}: {result.Error}");
        int previousEnd = 0;
        foreach (string line in result.Lines)
        {
            using JsonDocument json = JsonDocument.Parse(line);
            int start = json.RootElement.GetProperty("start").GetInt32(), length = json.RootElement.GetProperty("length").GetInt32();
            if (start < previousEnd || length <= 0 || start + length > input.Length)
                throw new InvariantException($"sentences printed span {start}+{length} after {previousEnd} for input of length {input.Length}");
            // Lone surrogates cannot survive JSON; compare what the JSON writer could carry.
            string expected = input.Substring(start, length);
            string actual = json.RootElement.GetProperty("text").GetString()!;
            if (actual != expected && actual.Length != expected.Length)
                throw new InvariantException($"sentences printed text of length {actual.Length} for a span of {length}");
            previousEnd = start + length;
        }
    }

    private static string Mutate(Random random, List<string> corpus)
    {
        var text = new StringBuilder(corpus[random.Next(corpus.Count)]);
        int mutations = 1 + random.Next(6);
        for (int m = 0; m < mutations; m++)
        {
            int at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
            switch (random.Next(9))
            {
                case 0:
                    text.Insert(at, Inserts[random.Next(Inserts.Length)]);
                    break;
                case 1 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + random.Next(40), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 2 when text.Length > 0:
                    {
                        int from = random.Next(text.Length), count = Math.Min(1 + random.Next(200), text.Length - from);
                        text.Insert(at, text.ToString(from, count));
                        break;
                    }

                case 3:
                    {
                        string other = corpus[random.Next(corpus.Count)];
                        int from = random.Next(other.Length + 1);
                        text.Insert(at, other[from..]);
                        break;
                    }

                case 4 when text.Length > 0:
                    text.Length = random.Next(text.Length); // may cut a surrogate pair or a CRLF in half
                    break;
                case 5 when text.Length > 0:
                    {
                        // A huge repeat of a short stretch: long tokens, long runs of one terminator, many identical sentences.
                        int from = random.Next(text.Length), count = Math.Min(1 + random.Next(12), text.Length - from);
                        text.Insert(at, string.Concat(Enumerable.Repeat(text.ToString(from, count), 200 + random.Next(3000))));
                        break;
                    }

                case 6 when text.Length > 0:
                    {
                        int i = random.Next(text.Length);
                        text[i] = char.IsUpper(text[i]) ? char.ToLowerInvariant(text[i]) : char.ToUpperInvariant(text[i]);
                        break;
                    }

                case 7 when text.Length > 0:
                    text[random.Next(text.Length)] = (char)random.Next(0x10000); // any UTF-16 unit, surrogates included
                    break;
                default:
                    text.Insert(at, " ", 1 + random.Next(3)).Insert(at, Inserts[random.Next(Inserts.Length)]);
                    break;
            }
        }

        return text.ToString();
    }
}
