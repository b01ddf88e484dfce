using BenchmarkDotNet.Attributes;
using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Benchmarks;

/// <summary>
/// Each stage over a stream of distinct articles, as a batch sees them: every operation goes once through
/// <see cref="Count"/> different texts, and the figures are per article. The stage classes summarize one article
/// over and over, with every cache hot; this class is the honest per-article cost.
/// </summary>
[MemoryDiagnoser]
public class StreamBenchmarks
{
    /// <summary>Distinct articles in the stream (1,203 dev articles are available when present).</summary>
    public const int Count = 1000;

    private string[] _texts = null!;
    private Document[] _documents = null!;
    private SentenceVectors[] _vectors = null!;
    private RankingContext[] _contexts = null!;
    private readonly TextAnalyzer _analyzer = new(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);
    private readonly TfIdfVectorizer _vectorizer = new();
    private readonly PacSumRanker _pacSum = new();
    private readonly SummarizerPipeline _pipeline = new SummarizerPipelineBuilder().UseLanguage(Language.English).Build();

    [GlobalSetup]
    public void Setup()
    {
        _texts = BenchmarkInputs.DistinctArticles(Count);
        Console.WriteLine($"// Stream: {Count:N0} articles ({BenchmarkInputs.Source}), {_texts.Sum(t => (long)t.Length) / Count:N0} characters on average");
        _documents = _texts.Select(t => _analyzer.Analyze(t)).ToArray();
        _vectors = _documents.Select(d => _vectorizer.Vectorize(d)).ToArray();
        _contexts = _documents.Select((d, i) => new RankingContext(d, _vectors[i])).ToArray();
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Segmentation()
    {
        int sentences = 0;
        foreach (string text in _texts)
            sentences += RuleBasedSentenceSplitter.Instance.Split(text).Count;
        return sentences;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Analysis()
    {
        int tokens = 0;
        foreach (string text in _texts)
            tokens += _analyzer.Analyze(text).Tokens.Length;
        return tokens;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int TfIdf()
    {
        int rows = 0;
        foreach (Document document in _documents)
            rows += _vectorizer.Vectorize(document).Count;
        return rows;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public double PacSumRanking()
    {
        double sum = 0;
        foreach (RankingContext context in _contexts)
            sum += _pacSum.Rank(context)[0];
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Count, Baseline = true)]
    public int EndToEnd()
    {
        int chosen = 0;
        foreach (string text in _texts)
            chosen += _pipeline.Summarize(text, SummaryLength.Sentences(3)).Sentences.Count;
        return chosen;
    }
}
