using Summarizer.Weighting;

namespace Summarizer.Tests.Weighting;

/// <summary>
/// A deterministic stand-in for a sentence encoder: each lower-cased word adds +1 or -1 (by a hash) to one of
/// <see cref="Dimensions"/> hashed dimensions, and the sum is L2-normalized. Sentences sharing words are close;
/// the signs make unrelated sentences' cosines negative about half the time, as with a real encoder.
/// </summary>
internal sealed class HashedBagOfWordsEmbedder : SentenceEmbedder
{
    private int _calls;

    public override int Dimensions => 64;

    /// <summary>How many times <see cref="EmbedCore"/> ran.</summary>
    public int Calls => Volatile.Read(ref _calls);

    public static float[] Vector(string sentence, int dimensions)
    {
        var vector = new float[dimensions];
        foreach (string word in sentence.ToLowerInvariant().Split([' ', ',', '.', '!', '?', ';', ':', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            uint hash = Fnv1a(word);
            vector[hash % (uint)dimensions] += (hash & 0x8000_0000) == 0 ? 1 : -1;
        }

        double norm = Math.Sqrt(vector.Sum(v => (double)v * v));
        if (norm > 0)
        {
            for (int d = 0; d < dimensions; d++)
                vector[d] = (float)(vector[d] / norm);
        }

        return vector;
    }

    /// <summary>FNV-1a over the UTF-16 units: stable across runs, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint Fnv1a(string word)
    {
        uint hash = 2166136261;
        foreach (char c in word)
            hash = (hash ^ c) * 16777619;
        return hash;
    }

    protected override IReadOnlyList<ReadOnlyMemory<float>> EmbedCore(IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return sentences.Select(s => (ReadOnlyMemory<float>)Vector(s, Dimensions)).ToArray();
    }
}

/// <summary>Returns what a test tells it to, so the checks on implementations can be exercised.</summary>
internal sealed class ScriptedEmbedder(int dimensions, Func<IReadOnlyList<string>, CancellationToken, IReadOnlyList<ReadOnlyMemory<float>>> embed) : SentenceEmbedder
{
    public override int Dimensions => dimensions;

    /// <summary>Every sentence gets the same unit vector: all cosines are 1.</summary>
    public static ScriptedEmbedder Constant() => new(4, (sentences, _) => sentences.Select(_ => (ReadOnlyMemory<float>)new float[] { 1, 0, 0, 0 }).ToArray());

    protected override IReadOnlyList<ReadOnlyMemory<float>> EmbedCore(IReadOnlyList<string> sentences, CancellationToken cancellationToken) =>
        embed(sentences, cancellationToken);
}
