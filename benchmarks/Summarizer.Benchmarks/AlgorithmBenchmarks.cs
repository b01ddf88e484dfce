using BenchmarkDotNet.Attributes;

namespace Summarizer.Benchmarks;

/// <summary>
/// Every ranking method end to end on the news article (text in, three-sentence summary out, English, warm
/// analyzer as in a batch): one summary per operation, so documents per second is 1 / mean.
/// </summary>
[MemoryDiagnoser]
public class AlgorithmBenchmarks
{
    public static IEnumerable<string> Algorithms => SummarizerAlgorithms.Names;

    [ParamsSource(nameof(Algorithms))]
    public string Algorithm { get; set; } = "default";

    private string _text = "";
    private SummarizerPipeline _pipeline = null!;
    private readonly SummaryLength _length = SummaryLength.Sentences(3);

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkInputs.Create(DocumentSize.Article);
        _pipeline = new SummarizerPipelineBuilder().UseAlgorithm(Algorithm).Build();
        _pipeline.Summarize(_text, _length); // fills the word cache
    }

    [Benchmark]
    public Summary Summarize() => _pipeline.Summarize(_text, _length);
}
