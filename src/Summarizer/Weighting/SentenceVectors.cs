namespace Summarizer.Weighting;

/// <summary>
/// Sparse, L2-normalized term-weight vectors, one per sentence, stored row by row (compressed sparse rows)
/// with term ids ascending so two vectors' dot product is a linear merge (a view of the library's <c>SparseRows</c> layout).
/// </summary>
public sealed class SentenceVectors
{
    internal SentenceVectors(int[] offsets, int[] termIds, double[] weights, int termCount) =>
        Rows = new SparseRows(offsets, termIds, weights, termCount);

    /// <summary>The vectors as sparse rows, sentences by terms.</summary>
    internal SparseRows Rows { get; }

    /// <summary>The number of vectors (sentences).</summary>
    public int Count => Rows.RowCount;

    /// <summary>The size of the vocabulary the term ids come from.</summary>
    public int TermCount => Rows.ColumnCount;

    /// <summary>The term ids of one sentence's vector, ascending.</summary>
    /// <param name="sentence">The sentence index.</param>
    /// <returns>The ids of the terms with non-zero weight.</returns>
    public ReadOnlySpan<int> GetTermIds(int sentence) => Rows.Ids(sentence);

    /// <summary>The weights of one sentence's vector, aligned with <see cref="GetTermIds"/>; their squares sum to 1 unless the vector is empty.</summary>
    /// <param name="sentence">The sentence index.</param>
    /// <returns>The non-zero weights.</returns>
    public ReadOnlySpan<double> GetWeights(int sentence) => Rows.Values(sentence);

    /// <summary>Whether a sentence has no content terms (for example only stop words).</summary>
    /// <param name="sentence">The sentence index.</param>
    /// <returns><see langword="true"/> for an all-zero vector.</returns>
    public bool IsEmpty(int sentence) => Rows.IsEmpty(sentence);

    /// <summary>The cosine similarity of two sentences (their vectors are normalized, so this is the dot product).</summary>
    /// <param name="a">One sentence index.</param>
    /// <param name="b">The other sentence index.</param>
    /// <returns>A value from 0 to 1.</returns>
    public double Cosine(int a, int b) => Rows.Dot(a, b);

    /// <summary>The number of terms two sentences share.</summary>
    /// <param name="a">One sentence index.</param>
    /// <param name="b">The other sentence index.</param>
    /// <returns>The size of the intersection of their term sets.</returns>
    public int SharedTermCount(int a, int b) => Rows.SharedCount(a, b);

    /// <summary>The cosine similarity of one sentence with a dense vector over the vocabulary.</summary>
    internal double Dot(int sentence, ReadOnlySpan<double> dense) => Rows.Dot(sentence, dense);
}
