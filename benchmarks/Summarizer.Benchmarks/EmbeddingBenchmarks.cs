using BenchmarkDotNet.Attributes;
using Summarizer.Embeddings;
using Summarizer.Segmentation;
using Summarizer.Weighting;

namespace Summarizer.Benchmarks;

/// <summary>
/// What similarity by meaning costs on a news article (the dev article closest to 800 words): MiniLM encoding of its
/// sentences in batches and one at a time, and whole summaries with and without embeddings. Divide by
/// <see cref="SentenceCount"/> (printed by the setup) for the cost per sentence.
/// </summary>
[MemoryDiagnoser]
public class EmbeddingBenchmarks
{
    private readonly SummarizerPipeline _tfIdf = new SummarizerPipelineBuilder().Build();
    private MiniLmSentenceEmbedder _embedder = null!;
    private SummarizerPipeline _embeddings = null!;
    private string _article = "";
    private string[] _sentences = [];

    /// <summary>The number of sentences of the article.</summary>
    public int SentenceCount => _sentences.Length;

    [GlobalSetup]
    public void Setup()
    {
        _embedder = new MiniLmSentenceEmbedder();
        _embeddings = new SummarizerPipelineBuilder().UseEmbeddings(_embedder).Build();
        _article = BenchmarkInputs.Create(DocumentSize.Article);
        _sentences = RuleBasedSentenceSplitter.Instance.Split(_article).Select(s => s.GetText(_article)).ToArray();
        Console.WriteLine($"// Article: {_sentences.Length} sentences, {_article.Length} characters ({BenchmarkInputs.Source})");
        _embedder.Embed(_sentences); // the first run sizes ONNX Runtime's buffers
    }

    [GlobalCleanup]
    public void Cleanup() => _embedder.Dispose();

    [Benchmark(Baseline = true)]
    public Summary SummaryTfIdf() => _tfIdf.Summarize(_article, SummaryLength.Sentences(3));

    [Benchmark]
    public Summary SummaryEmbeddings() => _embeddings.Summarize(_article, SummaryLength.Sentences(3));

    [Benchmark]
    public SentenceEmbeddings EncodeArticleBatched() => _embedder.Embed(_sentences);

    [Benchmark]
    public int EncodeArticleSentenceBySentence()
    {
        int dimensions = 0;
        foreach (string sentence in _sentences)
            dimensions += _embedder.Embed([sentence]).Dimensions;
        return dimensions;
    }
}

/// <summary>
/// The batching policy: the same article's sentences encoded in batches of 4, 8 or 32 (sorted by length, each batch
/// padded to its longest). Smaller batches pad less; larger ones make fewer, larger model runs.
/// </summary>
[MemoryDiagnoser]
public class EmbeddingBatchSizeBenchmarks
{
    private MiniLmSentenceEmbedder _embedder = null!;
    private string[] _sentences = [];

    /// <summary>Sentences per model run.</summary>
    [Params(4, 8, 32)]
    public int BatchSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _embedder = new MiniLmSentenceEmbedder(new MiniLmOptions { BatchSize = BatchSize });
        string article = BenchmarkInputs.Create(DocumentSize.Article);
        _sentences = RuleBasedSentenceSplitter.Instance.Split(article).Select(s => s.GetText(article)).ToArray();
        _embedder.Embed(_sentences);
    }

    [GlobalCleanup]
    public void Cleanup() => _embedder.Dispose();

    [Benchmark]
    public SentenceEmbeddings EncodeArticle() => _embedder.Embed(_sentences);
}
