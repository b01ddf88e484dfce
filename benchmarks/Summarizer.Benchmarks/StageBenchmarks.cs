using BenchmarkDotNet.Attributes;
using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Graph;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Benchmarks;

/// <summary>Shared set-up: every stage's input is built once per size, outside the measured code.</summary>
public abstract class StageBenchmark
{
    [ParamsSource(nameof(Sizes))]
    public DocumentSize Size { get; set; }

    /// <summary>Every size, or those named in <c>SUMMARIZER_BENCHMARK_SIZES</c>.</summary>
    public static IEnumerable<DocumentSize> Sizes => BenchmarkInputs.SelectedSizes;

    protected string Text { get; private set; } = "";
    protected TextAnalyzer Analyzer { get; } = new(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);
    protected Document Document { get; private set; } = null!;
    protected SentenceVectors Vectors { get; private set; } = null!;
    protected RankingContext Context { get; private set; } = null!;

    [GlobalSetup]
    public virtual void Setup()
    {
        Text = BenchmarkInputs.Create(Size);
        Document = Analyzer.Analyze(Text);
        Vectors = new TfIdfVectorizer().Vectorize(Document);
        Context = new RankingContext(Document, Vectors);
    }
}

/// <summary>Sentence segmentation.</summary>
[MemoryDiagnoser]
public class SegmentationBenchmarks : StageBenchmark
{
    [Benchmark]
    public int Split() => RuleBasedSentenceSplitter.Instance.Split(Text).Count;
}

/// <summary>Tokenization, case folding, stop words and stemming, with the analyzer's word cache warm (as in a batch) and cold.</summary>
[MemoryDiagnoser]
public class AnalysisBenchmarks : StageBenchmark
{
    [Benchmark(Baseline = true)]
    public Document AnalyzeWarm() => Analyzer.Analyze(Text);

    [Benchmark]
    public Document AnalyzeCold() => new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English).Analyze(Text);
}

/// <summary>TF-IDF sentence vectors.</summary>
[MemoryDiagnoser]
public class TfIdfBenchmarks : StageBenchmark
{
    private readonly TfIdfVectorizer _vectorizer = new();

    [Benchmark]
    public SentenceVectors Vectorize() => _vectorizer.Vectorize(Document);
}

/// <summary>The sentence similarity graph: dense up to 1,500 sentences, sparse (top-k neighbours) above.</summary>
[MemoryDiagnoser]
public class SimilarityGraphBenchmarks : StageBenchmark
{
    [Benchmark]
    public int Build() => SimilarityGraph.Build(Vectors).Count; // the graph type is internal; its size keeps the result observed
}

/// <summary>Ranking on a built graph: TextRank's power iteration, and PacSum (which builds its own graph).</summary>
[MemoryDiagnoser]
public class RankingBenchmarks : StageBenchmark
{
    private SimilarityGraph _graph = null!;
    private readonly TextRankOptions _textRank = new();
    private readonly PacSumRanker _pacSum = new();

    public override void Setup()
    {
        base.Setup();
        _graph = SimilarityGraph.Build(Vectors);
    }

    [Benchmark]
    public double[] TextRankIteration() => TextRankRanker.Rank(_graph, _textRank, CancellationToken.None);

    [Benchmark]
    public double[] PacSumWithGraph() => _pacSum.Rank(Context);
}

/// <summary>Greedy selection with redundancy control, from final scores.</summary>
[MemoryDiagnoser]
public class SelectionBenchmarks : StageBenchmark
{
    private double[] _scores = null!;
    private readonly SelectionOptions _options = new();

    public override void Setup()
    {
        base.Setup();
        _scores = new PacSumRanker().Rank(Context);
    }

    [Benchmark]
    public List<int> Select() => SentenceSelector.Select(Context, _scores, SummaryLength.Sentences(3), _options);
}

/// <summary>Text in, three-sentence summary out.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks : StageBenchmark
{
    private readonly SummarizerPipeline _default = new SummarizerPipelineBuilder().Build();
    private readonly SummarizerPipeline _textRank = new SummarizerPipelineBuilder().UseTextRank().Build();

    public override void Setup()
    {
        base.Setup();
        _default.Summarize(Text, SummaryLength.Sentences(3)); // the analyzer's word cache is warm, as in a batch
        _textRank.Summarize(Text, SummaryLength.Sentences(3));
    }

    [Benchmark(Baseline = true)]
    public Summary Default() => _default.Summarize(Text, SummaryLength.Sentences(3));

    [Benchmark]
    public Summary TextRank() => _textRank.Summarize(Text, SummaryLength.Sentences(3));
}
