using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Scoring;

namespace Summarizer.Benchmarks;

/// <summary>
/// Where the default pipeline's allocations go: the bytes each stage allocates on the current thread, with
/// the analyzer's word cache warm. The stages are those of <see cref="SummarizerPipeline.Summarize(string, SummaryLength, CancellationToken)"/>.
/// </summary>
internal static class StageAllocations
{
    public static void Print(DocumentSize size)
    {
        string text = BenchmarkInputs.Create(size);
        var pipeline = new SummarizerPipelineBuilder().Build();
        var length = SummaryLength.Sentences(3);
        for (int warm = 0; warm < 3; warm++)
            Run(pipeline, text, length, print: false);
        Console.WriteLine($"{size} ({BenchmarkInputs.Source}, {text.Length:N0} chars)");
        Run(pipeline, text, length, print: true);
    }

    private static void Run(SummarizerPipeline pipeline, string text, SummaryLength length, bool print)
    {
        long total = 0;
        long mark = GC.GetAllocatedBytesForCurrentThread();
        void Stage(string name)
        {
            long now = GC.GetAllocatedBytesForCurrentThread();
            if (print)
                Console.WriteLine($"  {name,-22} {now - mark,12:N0} B");
            total += now - mark;
            mark = GC.GetAllocatedBytesForCurrentThread();
        }

        IReadOnlyList<Sentence> sentences = pipeline.Analyzer.Splitter.Split(text);
        Stage("split");
        Document document = pipeline.Analyzer.Analyze(text);
        Stage("analyze (incl. split)");
        SentenceVectors vectors = pipeline.Vectorizer.Vectorize(document);
        Stage("tf-idf");
        var context = new RankingContext(document, vectors);
        double[] centrality = pipeline.Ranker.Rank(context);
        Stage("rank");
        double[] scores = ScoreBlender.Blend(context, centrality, pipeline.Scoring);
        Stage("blend");
        List<int> chosen = SentenceSelector.Select(context, scores, length, pipeline.Selection);
        Stage("select");
        Summary summary = pipeline.Summarize(text, length);
        long end = GC.GetAllocatedBytesForCurrentThread();
        if (print)
        {
            Console.WriteLine($"  {"sum of stages",-22} {total,12:N0} B  ({sentences.Count} sentences, {document.Tokens.Length} tokens, {chosen.Count} chosen)");
            Console.WriteLine($"  {"Summarize end to end",-22} {end - mark,12:N0} B  ({summary.Sentences.Count} sentences)");
        }
    }
}
