using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using Summarizer.Weighting;

namespace Summarizer.Cli;

/// <summary>
/// Sentence embeddings kept by sentence text, and optionally in a file, so evaluating several methods, halves or weights
/// over the same dataset encodes each sentence once. Used by <c>eval --embedding-cache</c> only: a summary of new text
/// gains nothing from it. A vector from the file may differ in the last digits from a fresh one (each batch is padded
/// differently), which is far below what changes a ranking in practice.
/// </summary>
internal sealed class EmbeddingCache : SentenceEmbedder
{
    private readonly SentenceEmbedder _inner;
    private readonly string? _path;
    private readonly ConcurrentDictionary<string, float[]> _vectors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _added = new();

    private EmbeddingCache(SentenceEmbedder inner, string? path)
    {
        _inner = inner;
        _path = path;
    }

    public override int Dimensions => _inner.Dimensions;

    /// <summary>A cache over <paramref name="inner"/>, filled first from <paramref name="path"/> when that file exists.</summary>
    public static EmbeddingCache Open(SentenceEmbedder inner, string? path)
    {
        var cache = new EmbeddingCache(inner, path);
        if (path is null || !File.Exists(path))
            return cache;
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadInt32() != inner.Dimensions)
                throw new CliException(ExitCodes.InputError, $"'{path}' holds vectors of another size; give a new --embedding-cache file.");
            while (reader.BaseStream.Position < reader.BaseStream.Length)
            {
                string sentence = reader.ReadString();
                var vector = new float[inner.Dimensions];
                reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(vector.AsSpan()));
                cache._vectors[sentence] = vector;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CommonOptions.CannotRead(path, e);
        }

        return cache;
    }

    /// <summary>Appends the vectors computed since <see cref="Open"/> to the file, if there is one.</summary>
    public void Save()
    {
        if (_path is null || _added.IsEmpty)
            return;
        bool isNew = !File.Exists(_path);
        using var writer = new BinaryWriter(new FileStream(_path, FileMode.Append, FileAccess.Write), Encoding.UTF8);
        if (isNew)
            writer.Write(Dimensions);
        while (_added.TryDequeue(out string? sentence))
        {
            writer.Write(sentence);
            writer.Write(MemoryMarshal.AsBytes(_vectors[sentence].AsSpan()));
        }
    }

    protected override IReadOnlyList<ReadOnlyMemory<float>> EmbedCore(IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        string[] missing = sentences.Where(s => !_vectors.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToArray();
        if (missing.Length > 0)
        {
            SentenceEmbeddings computed = _inner.Embed(missing, cancellationToken);
            for (int i = 0; i < missing.Length; i++)
            {
                if (_vectors.TryAdd(missing[i], computed.GetVector(i).ToArray()))
                    _added.Enqueue(missing[i]);
            }
        }

        return sentences.Select(s => (ReadOnlyMemory<float>)_vectors[s]).ToArray();
    }
}
