using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Graph;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Benchmarks;

/// <summary>
/// Where the dense graph should give way to the sparse one: the default pipeline (PacSum) and TextRank end to end
/// on documents of 300, 1,000 and 1,500 sentences, with every document dense or every document sparse
/// (<see cref="SimilarityGraphOptions.DenseSentenceLimit"/> set above or below the size).
/// </summary>
[MemoryDiagnoser]
public class DenseOrSparseBenchmarks
{
    [Params(300, 1_000, 1_500)]
    public int Sentences { get; set; }

    [Params(true, false)]
    public bool Dense { get; set; }

    private string _text = "";
    private SummarizerPipeline _default = null!;
    private SummarizerPipeline _textRank = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkInputs.Sentences(Sentences);
        var graph = new SimilarityGraphOptions { DenseSentenceLimit = Dense ? int.MaxValue : 0 };
        _default = new SummarizerPipelineBuilder().UseRanker(new PacSumRanker(new PacSumOptions { Graph = graph })).Build();
        _textRank = new SummarizerPipelineBuilder().UseTextRank(new TextRankOptions { Graph = graph }).Build();
        _default.Summarize(_text, SummaryLength.Sentences(3)); // warm word cache, as in a batch
        _textRank.Summarize(_text, SummaryLength.Sentences(3));
    }

    [Benchmark(Baseline = true)]
    public Summary Default() => _default.Summarize(_text, SummaryLength.Sentences(3));

    [Benchmark]
    public Summary TextRank() => _textRank.Summarize(_text, SummaryLength.Sentences(3));
}

/// <summary>
/// One matrix-vector product on a dense sentence graph (TextRank's inner step): MathNet's <see cref="Matrix{T}.Multiply(Vector{T}, Vector{T})"/>
/// against a plain loop and a row-by-row <c>TensorPrimitives.Dot</c> over the same storage.
/// </summary>
[MemoryDiagnoser]
public class MatrixVectorBenchmarks
{
    [Params(DocumentSize.Article, DocumentSize.Sentences1000)]
    public DocumentSize Size { get; set; }

    private double[] _storage = [];
    private Matrix<double> _matrix = null!;
    private Vector<double> _vector = null!, _result = null!;
    private double[] _x = [], _y = [];
    private int _n;

    [GlobalSetup]
    public void Setup()
    {
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);
        SentenceVectors vectors = new TfIdfVectorizer().Vectorize(analyzer.Analyze(BenchmarkInputs.Create(Size)));
        SimilarityGraph graph = SimilarityGraph.Build(vectors, new SimilarityGraphOptions { DenseSentenceLimit = int.MaxValue });
        _n = graph.Count;
        _storage = graph.DenseStorage!;
        _matrix = new DenseMatrix(_n, _n, _storage);
        _x = new double[_n];
        for (int i = 0; i < _n; i++)
            _x[i] = 1.0 / (i + 1);
        _y = new double[_n];
        _vector = Vector<double>.Build.Dense(_x);
        _result = Vector<double>.Build.Dense(_y);
    }

    [Benchmark(Baseline = true)]
    public void MathNet() => _matrix.Multiply(_vector, _result);

    [Benchmark]
    public void PlainLoop()
    {
        int n = _n;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            int row = i * n;
            for (int j = 0; j < n; j++)
                sum += _storage[row + j] * _x[j];
            _y[i] = sum;
        }
    }

    [Benchmark]
    public void TensorPrimitivesDot()
    {
        for (int i = 0; i < _n; i++)
            _y[i] = System.Numerics.Tensors.TensorPrimitives.Dot<double>(_storage.AsSpan(i * _n, _n), _x);
    }
}
