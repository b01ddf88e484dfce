using BenchmarkDotNet.Attributes;
using Summarizer.Text;
using Summarizer.Layout;

namespace Summarizer.Benchmarks;

/// <summary>
/// The line-list path of the default pipeline (layout detection, a second analysis with the list's stop words,
/// SumBasic) against the same lines summarized as prose, and what detection alone costs.
/// </summary>
[MemoryDiagnoser]
public class LineListBenchmarks
{
    private readonly SummarizerPipeline _default = new SummarizerPipelineBuilder().Build();
    private readonly SummarizerPipeline _prose = new SummarizerPipelineBuilder().UseLineLists(LineListOptions.Disabled).Build();
    private string _text = "";
    private Document _document = null!;

    /// <summary>Lines of the list, one sentence each.</summary>
    [Params(100, 1_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkInputs.ReviewLines(Lines);
        _document = _default.Analyze(_text);
        if (LayoutDetector.Detect(_document) != TextLayout.LineList)
            throw new InvalidOperationException("The benchmark's list is not read as a line list.");
        _default.Summarize(_text, SummaryLength.Sentences(3)); // warm word caches, as in a batch
        _prose.Summarize(_text, SummaryLength.Sentences(3));
    }

    [Benchmark(Baseline = true)]
    public Summary AsProse() => _prose.Summarize(_text, SummaryLength.Sentences(3));

    [Benchmark]
    public Summary AsList() => _default.Summarize(_text, SummaryLength.Sentences(3));

    [Benchmark]
    public TextLayout DetectOnly() => LayoutDetector.Detect(_document);
}
