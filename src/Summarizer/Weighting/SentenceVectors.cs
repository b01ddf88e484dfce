namespace Summarizer.Weighting;

/// <summary>
/// Sparse, L2-normalized term-weight vectors, one per sentence, stored row by row (compressed sparse rows)
/// with term ids ascending so two vectors' dot product is a linear merge.
/// </summary>
public sealed class SentenceVectors
{
    private readonly int[] _offsets;
    private readonly int[] _termIds;
    private readonly double[] _weights;

    internal SentenceVectors(int[] offsets, int[] termIds, double[] weights, int termCount)
    {
        _offsets = offsets;
        _termIds = termIds;
        _weights = weights;
        TermCount = termCount;
    }

    /// <summary>The number of vectors (sentences).</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>The size of the vocabulary the term ids come from.</summary>
    public int TermCount { get; }

    /// <summary>The term ids of one sentence's vector, ascending.</summary>
    /// <param name="sentence">The sentence index.</param>
    /// <returns>The ids of the terms with non-zero weight.</returns>
    public ReadOnlySpan<int> GetTermIds(int sentence) => _termIds.AsSpan(_offsets[sentence], _offsets[sentence + 1] - _offsets[sentence]);

    /// <summary>The weights of one sentence's vector, aligned with <see cref="GetTermIds"/>; their squares sum to 1 unless the vector is empty.</summary>
    /// <param name="sentence">The sentence index.</param>
    /// <returns>The non-zero weights.</returns>
    public ReadOnlySpan<double> GetWeights(int sentence) => _weights.AsSpan(_offsets[sentence], _offsets[sentence + 1] - _offsets[sentence]);

    /// <summary>Whether a sentence has no content terms (for example only stop words).</summary>
    /// <param name="sentence">The sentence index.</param>
    /// <returns><see langword="true"/> for an all-zero vector.</returns>
    public bool IsEmpty(int sentence) => _offsets[sentence] == _offsets[sentence + 1];

    /// <summary>The cosine similarity of two sentences (their vectors are normalized, so this is the dot product).</summary>
    /// <param name="a">One sentence index.</param>
    /// <param name="b">The other sentence index.</param>
    /// <returns>A value from 0 to 1.</returns>
    public double Cosine(int a, int b)
    {
        ReadOnlySpan<int> ta = GetTermIds(a), tb = GetTermIds(b);
        ReadOnlySpan<double> wa = GetWeights(a), wb = GetWeights(b);
        double dot = 0;
        int i = 0, j = 0;
        while (i < ta.Length && j < tb.Length)
        {
            int d = ta[i] - tb[j];
            if (d == 0)
                dot += wa[i++] * wb[j++];
            else if (d < 0)
                i++;
            else
                j++;
        }

        return dot;
    }

    /// <summary>The number of terms two sentences share.</summary>
    /// <param name="a">One sentence index.</param>
    /// <param name="b">The other sentence index.</param>
    /// <returns>The size of the intersection of their term sets.</returns>
    public int SharedTermCount(int a, int b)
    {
        ReadOnlySpan<int> ta = GetTermIds(a), tb = GetTermIds(b);
        int shared = 0, i = 0, j = 0;
        while (i < ta.Length && j < tb.Length)
        {
            int d = ta[i] - tb[j];
            if (d == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (d < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    /// <summary>The cosine similarity of one sentence with a dense vector over the vocabulary.</summary>
    internal double Dot(int sentence, ReadOnlySpan<double> dense)
    {
        ReadOnlySpan<int> terms = GetTermIds(sentence);
        ReadOnlySpan<double> weights = GetWeights(sentence);
        double dot = 0;
        for (int k = 0; k < terms.Length; k++)
            dot += weights[k] * dense[terms[k]];
        return dot;
    }
}
