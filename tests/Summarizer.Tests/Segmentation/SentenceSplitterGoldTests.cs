using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Summarizer.Text;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// The rule-based splitter against the Golden Rules of pragmatic_segmenter and pySBD's test cases
/// (<c>../shared/data/sbd</c>; skipped when absent). Only cases whose expected sentences occur verbatim in
/// the text count towards the floors in <see cref="SegmentationFloors"/>; the others, where the source
/// segmenter rewrote the text, are reported for information. Where the sources disagree, the expected
/// sentences follow the Golden Rules (a list item such as "1. The first item." stays whole).
/// </summary>
public partial class SentenceSplitterGoldTests
{
    private sealed record GoldCase(string Id, string Language, string Text, string[] Sentences, bool Verbatim, bool Pdf);

    private static readonly ConcurrentDictionary<(string, bool), RuleBasedSentenceSplitter> Splitters = new();

    private static IEnumerable<TestCaseData> GoldFiles() =>
        SegmentationFloors.Files.Keys.Order(StringComparer.Ordinal).Select(name => new TestCaseData(name).SetName($"Gold({name})"));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static string Normalize(string sentence) => Whitespace().Replace(sentence, " ").Trim();

    private static RuleBasedSentenceSplitter SplitterFor(GoldCase gold) =>
        Splitters.GetOrAdd((gold.Language, gold.Pdf), key => new RuleBasedSentenceSplitter(
            new SentenceSplitterOptions { Language = key.Item1, JoinWrappedLines = key.Item2 }));

    private static List<GoldCase> ReadCases(string path)
    {
        var cases = new List<GoldCase>();
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            // pragmatic_segmenter's "pdf" documents join lines wrapped in the middle of a sentence.
            bool pdf = root.TryGetProperty("segmenter_options", out JsonElement options) && options.ValueKind == JsonValueKind.Object
                && options.TryGetProperty("doc_type", out JsonElement docType) && docType.ValueKind == JsonValueKind.String
                && docType.GetString() == "pdf";
            cases.Add(new GoldCase(
                root.GetProperty("id").GetString()!,
                root.GetProperty("lang").GetString()!,
                root.GetProperty("text").GetString()!,
                root.GetProperty("sentences").EnumerateArray().Select(e => e.GetString()!).ToArray(),
                root.GetProperty("sentences_verbatim_in_text").GetBoolean(),
                pdf));
        }

        return cases;
    }

    private static bool Passes(GoldCase gold)
    {
        string[] expected = gold.Sentences.Select(Normalize).Where(s => s.Length > 0).ToArray();
        string[] actual = SplitterFor(gold).Split(gold.Text).Select(s => Normalize(s.GetText(gold.Text))).ToArray();
        return expected.SequenceEqual(actual, StringComparer.Ordinal);
    }

    /// <summary>
    /// The gold-case files: everything in <c>sbd/</c> except the Universal Dependencies treebank paragraphs
    /// (<c>ud_*</c>), whose sentences are annotators' units rather than Golden Rules cases; they are scored by
    /// boundary precision and recall instead of exact pass rates.
    /// </summary>
    private static IEnumerable<string> GoldCaseFiles(string directory) =>
        Directory.GetFiles(directory, "*.jsonl").Where(path => !Path.GetFileName(path).StartsWith("ud_", StringComparison.Ordinal));

    private static string FilePath(string name)
    {
        string directory = SharedData.RequireDirectory("sbd");
        string path = Path.Combine(directory, name + ".jsonl");
        if (!File.Exists(path))
            Assert.Ignore($"Gold file {name}.jsonl not found in {directory}; skipping.");
        return path;
    }

    [TestCaseSource(nameof(GoldFiles))]
    public void VerbatimCasesMeetTheFloor(string name)
    {
        List<GoldCase> cases = ReadCases(FilePath(name)).Where(c => c.Verbatim).ToList();
        Assert.That(cases, Is.Not.Empty, $"{name} has no verbatim cases");
        List<string> failed = cases.Where(c => !Passes(c)).Select(c => c.Id).ToList();
        double rate = 1.0 - (double)failed.Count / cases.Count;
        TestContext.Out.WriteLine($"{name}: {cases.Count - failed.Count}/{cases.Count} = {rate:P1} (floor {SegmentationFloors.Files[name]:P1})");
        if (failed.Count > 0)
            TestContext.Out.WriteLine("failing: " + string.Join(", ", failed));
        Assert.That(rate, Is.GreaterThanOrEqualTo(SegmentationFloors.Files[name]), $"{name}: failing {string.Join(", ", failed)}");
    }

    [Test]
    public void EveryGoldFileHasAFloor()
    {
        string directory = SharedData.RequireDirectory("sbd");
        string[] missing = GoldCaseFiles(directory)
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => !SegmentationFloors.Files.ContainsKey(name!))
            .Select(name => name!)
            .ToArray();
        Assert.That(missing, Is.Empty, "Add a floor in SegmentationFloors for these gold files");
    }

    /// <summary>The pass rates of every file, verbatim and (for information) non-verbatim, and the English total.</summary>
    [Test]
    public void ReportsPassRates()
    {
        string directory = SharedData.RequireDirectory("sbd");
        var report = new StringBuilder();
        report.AppendLine($"{"file",-40} {"verbatim",12} {"non-verbatim (info)",22}");
        int englishPassed = 0;
        int englishTotal = 0;
        foreach (string path in GoldCaseFiles(directory).Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(path);
            List<GoldCase> cases = ReadCases(path);
            int verbatim = cases.Count(c => c.Verbatim);
            int verbatimPassed = cases.Count(c => c.Verbatim && Passes(c));
            int other = cases.Count - verbatim;
            int otherPassed = cases.Count(c => !c.Verbatim && Passes(c));
            report.AppendLine($"{name,-40} {Rate(verbatimPassed, verbatim),12} {Rate(otherPassed, other),22}");
            if (name.EndsWith("_en", StringComparison.Ordinal))
            {
                englishPassed += verbatimPassed;
                englishTotal += verbatim;
            }
        }

        double english = (double)englishPassed / englishTotal;
        report.AppendLine($"English verbatim overall: {englishPassed}/{englishTotal} = {english:P1}");
        TestContext.Out.Write(report.ToString());
        Assert.That(english, Is.GreaterThanOrEqualTo(SegmentationFloors.EnglishOverall));
    }

    private static string Rate(int passed, int total) => total == 0 ? "-" : $"{passed}/{total} {100.0 * passed / total:F1}%";

    /// <summary>On every gold text: spans inside the text, ordered, non-overlapping, trimmed, and exactly the text they cover.</summary>
    [Test]
    public void SpansAreExactOrderedAndInsideTheText()
    {
        string directory = SharedData.RequireDirectory("sbd");
        int checkedCases = 0;
        foreach (string path in Directory.GetFiles(directory, "*.jsonl"))
        {
            foreach (GoldCase gold in ReadCases(path))
            {
                checkedCases++;
                string text = gold.Text;
                IReadOnlyList<Sentence> sentences = SplitterFor(gold).Split(text);
                int previousEnd = 0;
                for (int i = 0; i < sentences.Count; i++)
                {
                    Sentence sentence = sentences[i];
                    TextSpan span = sentence.Span;
                    Assert.That(sentence.Index, Is.EqualTo(i), gold.Id);
                    Assert.That(span.Length, Is.GreaterThan(0), gold.Id);
                    Assert.That(span.Start, Is.GreaterThanOrEqualTo(previousEnd), $"{gold.Id}: sentence {i} overlaps or is out of order");
                    Assert.That(span.End, Is.LessThanOrEqualTo(text.Length), $"{gold.Id}: sentence {i} ends outside the text");
                    Assert.That(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]), Is.False, $"{gold.Id}: sentence {i} is not trimmed");
                    string expected = text.Substring(span.Start, span.Length);
                    Assert.That(sentence.GetText(text), Is.EqualTo(expected), gold.Id);
                    Assert.That(span.Slice(text).ToString(), Is.EqualTo(expected), gold.Id);
                    previousEnd = span.End;
                }
            }
        }

        TestContext.Out.WriteLine($"{checkedCases} gold texts checked");
        Assert.That(checkedCases, Is.GreaterThan(0));
    }
}
