using System.Text.Json;
using Summarizer.Ranking;
using Summarizer.Graph;

namespace Summarizer.Benchmarks;

/// <summary>
/// Writes three-sentence summaries of an evaluation set with a chosen <see cref="SimilarityGraphOptions.DenseSentenceLimit"/>,
/// as <c>{"id", "summary": [sentences]}</c> lines for <c>summarize eval --predictions</c>: the ROUGE side of choosing the limit.
/// </summary>
internal static class GraphLimitPredictions
{
    public static void Write(string dataPath, int denseSentenceLimit, string algorithm, TextWriter output)
    {
        var graph = new SimilarityGraphOptions { DenseSentenceLimit = denseSentenceLimit };
        SummarizerPipeline pipeline = algorithm switch
        {
            "default" => new SummarizerPipelineBuilder().UseRanker(new PacSumRanker(new PacSumOptions { Graph = graph })).Build(),
            "textrank" => new SummarizerPipelineBuilder().UseTextRank(new TextRankOptions { Graph = graph }).Build(),
            _ => throw new ArgumentException($"Unknown algorithm '{algorithm}': use default or textrank.", nameof(algorithm)),
        };

        foreach (string line in File.ReadLines(dataPath))
        {
            using JsonDocument json = JsonDocument.Parse(line);
            string id = json.RootElement.GetProperty("id").GetString()!;
            Summary summary = pipeline.Summarize(json.RootElement.GetProperty("text").GetString()!, SummaryLength.Sentences(3));
            string[] sentences = summary.Sentences.Select(s => s.Text.ReplaceLineEndings(" ")).ToArray();
            output.WriteLine(JsonSerializer.Serialize(new { id, summary = sentences }));
        }
    }
}
