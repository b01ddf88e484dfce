using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Summarizer.Text;
using BdnSummary = BenchmarkDotNet.Reports.Summary;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Benchmarks;

/// <summary>
/// Analysis throughput: segmentation alone, tokenization alone, and the whole analysis (segmentation, tokenization,
/// case folding, stop words and stemming with the word cache warm, as in a batch). The extra columns convert the
/// mean time into word tokens and UTF-16 input bytes per second on one thread.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ThroughputBenchmarks : StageBenchmark
{
    private readonly List<Sentence> _sentences = [];
    private readonly List<TextSpan> _words = [];

    public override void Setup()
    {
        base.Setup();
        _sentences.AddRange(RuleBasedSentenceSplitter.Instance.Split(Text));
    }

    [Benchmark]
    public int Segment() => RuleBasedSentenceSplitter.Instance.Split(Text).Count;

    [Benchmark]
    public int Tokenize()
    {
        int count = 0;
        foreach (Sentence sentence in _sentences)
        {
            _words.Clear();
            WordTokenizer.Instance.Tokenize(Text, sentence.Span, _words);
            count += _words.Count;
        }

        return count;
    }

    [Benchmark(Baseline = true)]
    public Document Analyze() => Analyzer.Analyze(Text);

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig()
        {
            AddColumn(new ThroughputColumn("Tokens/s", static size => TokenCount(size)));
            AddColumn(new ThroughputColumn("MB/s", static size => 2.0 * BenchmarkInputs.Create(size).Length / 1_000_000));
        }
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DocumentSize, int> TokenCounts = new();

    /// <summary>The number of word tokens (stop words included) of a benchmark text.</summary>
    public static int TokenCount(DocumentSize size) => TokenCounts.GetOrAdd(size, static s =>
        new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English).Analyze(BenchmarkInputs.Create(s)).Tokens.Length);

    /// <summary>Units of work per second: the case's amount of work divided by its mean time.</summary>
    private sealed class ThroughputColumn(string name, Func<DocumentSize, double> work) : IColumn
    {
        public string Id => nameof(ThroughputColumn) + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => name == "MB/s"
            ? "Input size (UTF-16, 2 bytes a character) in millions of bytes per second of mean time"
            : "Word tokens (stop words included) per second of mean time";

        public bool IsDefault(BdnSummary summary, BenchmarkCase benchmarkCase) => false;
        public bool IsAvailable(BdnSummary summary) => true;

        public string GetValue(BdnSummary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(BdnSummary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null || benchmarkCase.Parameters["Size"] is not DocumentSize size)
                return "NA";
            double perSecond = work(size) / (statistics.Mean / 1e9);
            return name == "MB/s"
                ? perSecond.ToString("N1", System.Globalization.CultureInfo.InvariantCulture)
                : (perSecond / 1e6).ToString("N2", System.Globalization.CultureInfo.InvariantCulture) + " M";
        }
    }
}
