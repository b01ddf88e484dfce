using System.Text.Json;
using Summarizer.Text;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// The splitter on real annotated text: paragraphs of Universal Dependencies treebanks (<c>../shared/data/sbd/ud_*</c>;
/// skipped when absent). UD's sentences are its annotators' units (every e-mail header line is one, quotations are
/// split inside), so these figures are not chased to 100%: they are watched, so a rule that fits the gold cases but
/// not the language shows here as a fall. Boundaries are compared as counts of non-space characters before each
/// sentence end, so spacing differences do not count. The figures differ a little from the data folder's
/// <c>tools/sbd-score.py</c> (which scores the command line's <c>sentences</c> and counts boundaries its own way);
/// both are printed in the closing notes of segmentation changes.
/// </summary>
public class TreebankBoundaryTests
{
    /// <summary>Floors (exact paragraph match, boundary F1), a little under the measured values; raise them as rules improve.</summary>
    private static readonly Dictionary<string, (double Exact, double F1)> Floors = new()
    {
        ["ud_ewt_en"] = (0.83, 0.88),
        ["ud_gsd_de"] = (0.715, 0.953),
        ["ud_gsd_fr"] = (0.825, 0.97),
        ["ud_ancora_es"] = (0.93, 0.98),
        ["ud_taiga_ru"] = (0.86, 0.77),
    };

    private static IEnumerable<TestCaseData> Files() => Floors.Keys.Order(StringComparer.Ordinal).Select(n => new TestCaseData(n).SetName($"Treebank({n})"));

    /// <summary>The non-space characters before each sentence's end, the last sentence's end left out.</summary>
    private static HashSet<int> Boundaries(string text, IEnumerable<(int Start, int End)> sentences)
    {
        var prefix = new int[text.Length + 1];
        for (int i = 0; i < text.Length; i++)
            prefix[i + 1] = prefix[i] + (char.IsWhiteSpace(text[i]) ? 0 : 1);
        var ends = sentences.Select(s => prefix[s.End]).ToHashSet();
        ends.Remove(prefix[text.Length]);
        return ends;
    }

    [TestCaseSource(nameof(Files))]
    public void BoundariesOnRealTextMeetTheFloor(string name)
    {
        string path = SharedData.RequireFile(Path.Combine("sbd", name + ".jsonl"));
        int cases = 0, exact = 0, truePositives = 0, predicted = 0, gold = 0;
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using JsonDocument json = JsonDocument.Parse(line);
            string text = json.RootElement.GetProperty("text").GetString()!;
            string language = json.RootElement.GetProperty("lang").GetString()!;
            string[] expected = json.RootElement.GetProperty("sentences").EnumerateArray().Select(e => e.GetString()!).ToArray();

            // As the summarizer splits: the language's rules, quotations split into their sentences (as UD does).
            var splitter = new RuleBasedSentenceSplitter(new SentenceSplitterOptions { Language = language, KeepQuotationsWhole = false });
            IReadOnlyList<Sentence> actual = splitter.Split(text);
            var goldSpans = new List<(int, int)>();
            int from = 0;
            foreach (string sentence in expected)
            {
                int at = text.IndexOf(sentence, from, StringComparison.Ordinal);
                Assert.That(at, Is.GreaterThanOrEqualTo(0), $"a gold sentence of {name} is verbatim in its text");
                goldSpans.Add((at, at + sentence.Length));
                from = at + sentence.Length;
            }

            HashSet<int> goldEnds = Boundaries(text, goldSpans);
            HashSet<int> ends = Boundaries(text, actual.Select(s => (s.Span.Start, s.Span.End)));
            cases++;
            if (goldEnds.SetEquals(ends))
                exact++;
            truePositives += ends.Count(goldEnds.Contains);
            predicted += ends.Count;
            gold += goldEnds.Count;
        }

        double precision = predicted == 0 ? 1 : (double)truePositives / predicted;
        double recall = gold == 0 ? 1 : (double)truePositives / gold;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double exactRate = (double)exact / cases;
        TestContext.Out.WriteLine($"{name}: {cases} paragraphs, exact {exactRate:F3}, boundary P {precision:F3} R {recall:F3} F1 {f1:F3}");
        Assert.That(exactRate, Is.GreaterThanOrEqualTo(Floors[name].Exact), $"{name}: exact paragraph match");
        Assert.That(f1, Is.GreaterThanOrEqualTo(Floors[name].F1), $"{name}: boundary F1 (P {precision:F3}, R {recall:F3})");
    }
}
