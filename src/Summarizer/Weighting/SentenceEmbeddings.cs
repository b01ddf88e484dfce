using System.Globalization;
using System.Numerics.Tensors;

namespace Summarizer.Weighting;

/// <summary>
/// The dense, L2-normalized vectors of a document's sentences from a <see cref="SentenceEmbedder"/>, stored in one
/// row-major block. Immutable.
/// </summary>
public sealed class SentenceEmbeddings
{
    /// <summary>How far a vector's length may be from 1: float rounding over a few hundred dimensions stays far below.</summary>
    private const double NormTolerance = 1e-3;

    private readonly float[] _values;

    /// <summary>Copies and checks <paramref name="vectors"/>.</summary>
    /// <param name="vectors">One vector per sentence, each L2-normalized (or all zeros) and <paramref name="dimensions"/> long.</param>
    /// <param name="dimensions">The length of every vector; at least 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="vectors"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimensions"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">A vector has the wrong length, a value that is not finite, or a length other than 0 or 1.</exception>
    public SentenceEmbeddings(IReadOnlyList<ReadOnlyMemory<float>> vectors, int dimensions)
        : this(vectors, dimensions, "The embedder")
    {
    }

    internal SentenceEmbeddings(IReadOnlyList<ReadOnlyMemory<float>> vectors, int dimensions, string source)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        Count = vectors.Count;
        Dimensions = dimensions;
        _values = new float[Count * dimensions];
        for (int i = 0; i < Count; i++)
        {
            ReadOnlySpan<float> vector = vectors[i].Span;
            if (vector.Length != dimensions)
                throw new InvalidOperationException($"{source} returned a vector of {vector.Length} dimensions for sentence {i}; expected {dimensions}.");
            double norm = 0;
            foreach (float v in vector)
            {
                if (!float.IsFinite(v))
                    throw new InvalidOperationException($"{source} returned a value that is not finite for sentence {i}.");
                norm += (double)v * v;
            }

            norm = Math.Sqrt(norm);
            if (norm != 0 && Math.Abs(norm - 1) > NormTolerance)
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{source} returned a vector of length {norm:G6} for sentence {i}; vectors must be L2-normalized."));
            vector.CopyTo(_values.AsSpan(i * dimensions, dimensions));
        }
    }

    /// <summary>The number of sentences.</summary>
    public int Count { get; }

    /// <summary>The length of every vector.</summary>
    public int Dimensions { get; }

    /// <summary>The vector of sentence <paramref name="sentence"/>.</summary>
    /// <param name="sentence">The sentence index.</param>
    /// <returns>The vector.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentence"/> is out of range.</exception>
    public ReadOnlySpan<float> GetVector(int sentence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sentence);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sentence, Count);
        return _values.AsSpan(sentence * Dimensions, Dimensions);
    }

    /// <summary>The cosine of two sentences' vectors, their dot product as both are normalized: from -1 to 1, 0 with a zero vector.</summary>
    /// <param name="a">One sentence index.</param>
    /// <param name="b">The other.</param>
    /// <returns>The cosine.</returns>
    public double Cosine(int a, int b) => TensorPrimitives.Dot(GetVector(a), GetVector(b));

    /// <summary>The cosine of a sentence's vector with <paramref name="vector"/>, which must be L2-normalized or zero.</summary>
    internal double Cosine(int sentence, ReadOnlySpan<float> vector) => TensorPrimitives.Dot(GetVector(sentence), vector);
}
