using System.Text.Json;
using Summarizer.Text;

namespace Summarizer.Tests;

/// <summary>Span invariants and summary sanity on every real document of the evaluation sets (skipped when absent).</summary>
public class DevSetInvariantTests
{
    private static IEnumerable<TestCaseData> DevFiles()
    {
        string[] names = ["cnndm.jsonl", "bbc.jsonl", "scisummnet.jsonl", "opinosis.jsonl"];
        foreach (string name in names)
            yield return new TestCaseData(name).SetName($"DevSet({name})");
    }

    private static IEnumerable<(string Id, string Text)> ReadDocuments(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using JsonDocument json = JsonDocument.Parse(line);
            yield return (json.RootElement.GetProperty("id").ToString(), json.RootElement.GetProperty("text").GetString()!);
        }
    }

    /// <summary>Whether <paramref name="gap"/> holds no letters outside HTML or XML tags.</summary>
    private static bool HasNoWords(ReadOnlySpan<char> gap)
    {
        bool inTag = false;
        foreach (char c in gap)
        {
            if (c == '<')
                inTag = true;
            else if (c == '>')
                inTag = false;
            else if (!inTag && char.IsLetter(c))
                return false;
        }

        return true;
    }

    [TestCaseSource(nameof(DevFiles))]
    public void SentenceSpansAreOrderedTrimmedAndExact(string fileName)
    {
        string path = SharedData.RequireFile(Path.Combine("dev", fileName));
        SummarizerPipeline pipeline = TextSummarizer.Default;
        int documents = 0;
        foreach (var (id, text) in ReadDocuments(path))
        {
            documents++;
            Document document = pipeline.Analyze(text);
            int previousEnd = 0;
            for (int i = 0; i < document.Sentences.Count; i++)
            {
                Sentence s = document.Sentences[i];
                Assert.That(s.Index, Is.EqualTo(i), id);
                Assert.That(s.Span.Start, Is.GreaterThanOrEqualTo(previousEnd), $"{id}: sentence {i} overlaps the previous one");
                Assert.That(s.Span.End, Is.LessThanOrEqualTo(text.Length), id);
                Assert.That(s.Span.Length, Is.GreaterThan(0), id);
                Assert.That(char.IsWhiteSpace(text[s.Span.Start]) || char.IsWhiteSpace(text[s.Span.End - 1]), Is.False, $"{id}: sentence {i} is not trimmed");
                previousEnd = s.Span.End;
            }

            // Everything between sentences is whitespace or markup the splitter skips on purpose (tags, rules
            // such as "______", dot leaders with page numbers): no words are lost.
            int covered = 0;
            foreach (Sentence s in document.Sentences)
            {
                Assert.That(HasNoWords(text.AsSpan(covered, s.Span.Start - covered)), Is.True, $"{id}: text lost before sentence {s.Index}");
                covered = s.Span.End;
            }

            Assert.That(HasNoWords(text.AsSpan(covered)), Is.True, $"{id}: text lost at the end");

            Summary summary = pipeline.Summarize(document, SummaryLength.Sentences(3));
            Assert.That(summary.Sentences, Has.Count.InRange(1, 3), id);
            foreach (ScoredSentence chosen in summary.Sentences)
                Assert.That(chosen.Text, Is.EqualTo(text.Substring(chosen.Span.Start, chosen.Span.Length)), id);
        }

        TestContext.Out.WriteLine($"{fileName}: {documents} documents checked");
        Assert.That(documents, Is.GreaterThan(0));
    }
}
