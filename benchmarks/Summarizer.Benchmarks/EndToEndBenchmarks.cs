using BenchmarkDotNet.Attributes;

namespace Summarizer.Benchmarks;

/// <summary>Whole pipeline: text in, three-sentence summary out, on generated news-like documents.</summary>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private SummarizerPipeline _pipeline = null!;
    private string _text = null!;

    /// <summary>Document size in sentences (about 20 words each; 40 sentences is an 800-word article).</summary>
    [Params(40, 1000)]
    public int Sentences { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = new SummarizerPipelineBuilder().Build();
        _text = BenchmarkTexts.Generate(Sentences, seed: 1);
    }

    [Benchmark]
    public Summary Summarize() => _pipeline.Summarize(_text, SummaryLength.Sentences(3));
}
