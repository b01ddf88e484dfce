using System.Buffers;
using System.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.LinearAlgebra.Storage;
using Summarizer.Weighting;

namespace Summarizer.Graph;

/// <summary>
/// An undirected, weighted graph of sentences: a symmetric MathNet matrix with a zero diagonal whose
/// entry <c>(i, j)</c> is the similarity of sentences i and j. Dense for ordinary documents, sparse
/// (compressed rows) for long ones.
/// </summary>
internal sealed partial class SimilarityGraph
{
    private SimilarityGraph(Matrix<double> weights, double[]? denseStorage)
    {
        Weights = weights;
        DenseStorage = denseStorage;
    }

    /// <summary>The symmetric weight matrix.</summary>
    public Matrix<double> Weights { get; }

    /// <summary>
    /// For a dense graph, the matrix's own storage (symmetric, so row-major and column-major alike), which the hot
    /// path reads directly; null for a sparse graph.
    /// </summary>
    internal double[]? DenseStorage { get; }

    /// <summary>Whether the graph was built sparse (only the strongest edges of each sentence).</summary>
    public bool IsSparse => DenseStorage is null;

    /// <summary>The number of sentences (nodes).</summary>
    public int Count => Weights.RowCount;

    /// <summary>Builds the graph of <paramref name="vectors"/>.</summary>
    /// <param name="vectors">The sentence vectors.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <param name="cancellationToken">Checked between rows.</param>
    /// <returns>The graph.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vectors"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public static SimilarityGraph Build(SentenceVectors vectors, SimilarityGraphOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        options ??= new SimilarityGraphOptions();
        options.Validate();
        return vectors.Count <= options.DenseSentenceLimit
            ? BuildDense(vectors, options, cancellationToken)
            : BuildSparse(vectors.Count, options, visit => ForEachSimilarityRow(vectors, options, visit, cancellationToken));
    }

    private static double Similarity(SentenceVectors vectors, SimilarityMeasure measure, int a, int b) => measure switch
    {
        SimilarityMeasure.WordOverlap => Overlap(vectors.SharedTermCount(a, b), vectors.GetTermIds(a).Length, vectors.GetTermIds(b).Length),
        _ => vectors.Cosine(a, b),
    };

    private static double Overlap(int shared, int sizeA, int sizeB) =>
        shared == 0 ? 0 : shared / (Math.Log(1 + sizeA) + Math.Log(1 + sizeB));

    private static SimilarityGraph BuildDense(SentenceVectors vectors, SimilarityGraphOptions options, CancellationToken cancellationToken)
    {
        int n = vectors.Count;
        var storage = new double[n * n]; // column-major, symmetric
        for (int i = 0; i < n; i++)
        {
            if ((i & 63) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (vectors.IsEmpty(i))
                continue;
            for (int j = i + 1; j < n; j++)
            {
                double w = Similarity(vectors, options.Measure, i, j);
                if (w > 0 && w >= options.MinSimilarity)
                {
                    storage[j * n + i] = w;
                    storage[i * n + j] = w;
                }
            }
        }

        // DenseMatrix wraps the array without copying it.
        return new SimilarityGraph(new DenseMatrix(n, n, storage), storage);
    }

    /// <summary>Receives one sentence's non-zero similarities: <c>similarities[j]</c> for each <c>j</c> in <c>neighbors</c>.</summary>
    internal delegate void SimilarityRowVisitor(int sentence, ReadOnlySpan<int> neighbors, double[] similarities);

    /// <summary>
    /// Computes each sentence's similarities to all others through an inverted index, visiting only sentences that
    /// share a term, in time close to linear in the document's length. Terms found in more than
    /// <see cref="SimilarityGraphOptions.MaxTermSentences"/> sentences are left out: they carry little weight (low
    /// IDF) but would make the work grow with the square of their frequency.
    /// </summary>
    /// <remarks>
    /// Each similarity is summed over the shared terms in ascending term order, exactly as <see cref="SentenceVectors.Cosine"/>
    /// sums it, so with no term left out the values are bit for bit those of the pairwise computation. With
    /// <paramref name="ascendingNeighbors"/> the neighbours are visited in ascending order, so sums over a row
    /// also match a pass over a dense row. With <paramref name="laterOnly"/> a row holds only the sentences after its
    /// own: each pair is computed once, in the row of its earlier sentence (a similarity is the same summed from either
    /// side: the same products in the same term order).
    /// </remarks>
    internal static void ForEachSimilarityRow(SentenceVectors vectors, SimilarityGraphOptions options, SimilarityRowVisitor visit, CancellationToken cancellationToken, bool ascendingNeighbors = false, bool laterOnly = false)
    {
        int n = vectors.Count;
        bool cosine = options.Measure == SimilarityMeasure.Cosine;
        var postings = Postings.Build(vectors);
        double[] accumulator = ArrayPool<double>.Shared.Rent(n);
        int[] touched = ArrayPool<int>.Shared.Rent(n);
        // For each term, its posting of the sentence whose row comes next: postings list sentences in ascending order,
        // and the rows are visited in that order, so the sentences after row i that hold a term follow i's own posting.
        int[]? next = laterOnly ? ArrayPool<int>.Shared.Rent(vectors.TermCount) : null;
        try
        {
            accumulator.AsSpan(0, n).Clear();
            if (next is not null)
                postings.Starts.AsSpan(0, vectors.TermCount).CopyTo(next);
            for (int i = 0; i < n; i++)
            {
                if ((i & 255) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                ReadOnlySpan<int> terms = vectors.GetTermIds(i);
                ReadOnlySpan<double> weights = vectors.GetWeights(i);
                int touchedCount = 0;
                for (int t = 0; t < terms.Length; t++)
                {
                    int from = postings.Starts[terms[t]], to = postings.Starts[terms[t] + 1];
                    int after = next is null ? from : ++next[terms[t]];
                    if (to - from > options.MaxTermSentences)
                        continue;
                    from = after;
                    double weight = cosine ? weights[t] : 1;
                    for (int p = from; p < to; p++)
                    {
                        int j = postings.Sentences[p];
                        if (j == i)
                            continue;
                        if (accumulator[j] == 0)
                            touched[touchedCount++] = j;
                        accumulator[j] += cosine ? weight * postings.Weights[p] : 1;
                    }
                }

                if (!cosine)
                {
                    for (int c = 0; c < touchedCount; c++)
                    {
                        int j = touched[c];
                        accumulator[j] = Overlap((int)accumulator[j], terms.Length, vectors.GetTermIds(j).Length);
                    }
                }

                if (ascendingNeighbors)
                    SortAscending(touched, touchedCount, accumulator, n);
                visit(i, touched.AsSpan(0, touchedCount), accumulator);
                for (int c = 0; c < touchedCount; c++)
                    accumulator[touched[c]] = 0;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(accumulator);
            ArrayPool<int>.Shared.Return(touched);
            if (next is not null)
                ArrayPool<int>.Shared.Return(next);
            postings.Return();
        }
    }

    /// <summary>Puts a row's neighbours in ascending order: by sorting a few, or by collecting the non-zero entries of a full row.</summary>
    private static void SortAscending(int[] touched, int count, double[] accumulator, int n)
    {
        if (count < 2)
            return;
        if (8L * count * BitOperations.Log2((uint)count) < n) // a sort costs several times a pass over a row per element
        {
            touched.AsSpan(0, count).Sort();
            return;
        }

        // Branch-free: about half the entries of a long document's row are non-zero, in no predictable pattern.
        int c = 0;
        for (int j = 0; j < n; j++)
        {
            touched[c] = j;
            c += accumulator[j] != 0 ? 1 : 0;
        }
    }

    /// <summary>
    /// Keeps each sentence's strongest <see cref="SimilarityGraphOptions.MaxNeighbors"/> edges from the rows
    /// <paramref name="forEachRow"/> visits; the union of kept edges is symmetric.
    /// </summary>
    private static SimilarityGraph BuildSparse(int n, SimilarityGraphOptions options, Action<SimilarityRowVisitor> forEachRow)
    {
        int k = options.MaxNeighbors;
        var topNeighbors = new int[n * k];   // row i keeps its strongest neighbours in [i * k, i * k + topCounts[i])
        var topWeights = new double[n * k];
        var topCounts = new int[n];

        forEachRow((i, neighbors, similarities) =>
        {
            Span<int> rowNeighbors = topNeighbors.AsSpan(i * k, k);
            Span<double> rowWeights = topWeights.AsSpan(i * k, k);
            int kept = 0;
            foreach (int j in neighbors)
            {
                double w = similarities[j];
                if (w > 0 && w >= options.MinSimilarity)
                    kept = InsertStrongest(rowNeighbors, rowWeights, kept, j, w);
            }

            topCounts[i] = kept;
        });

        return new SimilarityGraph(Symmetric(n, k, topNeighbors, topWeights, topCounts), denseStorage: null);
    }

    /// <summary>Keeps the strongest edges of a row, strongest first; ties go to the lower neighbour index.</summary>
    private static int InsertStrongest(Span<int> neighbors, Span<double> weights, int count, int neighbor, double weight)
    {
        int capacity = neighbors.Length;
        int position = count;
        while (position > 0 && (weights[position - 1] < weight || weights[position - 1] == weight && neighbors[position - 1] > neighbor))
            position--;
        if (position >= capacity)
            return count;
        int last = Math.Min(count, capacity - 1);
        for (int m = last; m > position; m--)
        {
            neighbors[m] = neighbors[m - 1];
            weights[m] = weights[m - 1];
        }

        neighbors[position] = neighbor;
        weights[position] = weight;
        return Math.Min(count + 1, capacity);
    }

    /// <summary>The union of the kept edges in both directions, as a compressed-row MathNet matrix.</summary>
    private static Matrix<double> Symmetric(int n, int k, int[] topNeighbors, double[] topWeights, int[] topCounts)
    {
        var rowCounts = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            for (int c = 0; c < topCounts[i]; c++)
            {
                rowCounts[i]++;
                rowCounts[topNeighbors[i * k + c]]++;
            }
        }

        var starts = new int[n + 1];
        for (int i = 0; i < n; i++)
            starts[i + 1] = starts[i] + rowCounts[i];
        var columns = new int[starts[n]];
        var values = new double[starts[n]];
        var fill = (int[])starts.Clone();
        for (int i = 0; i < n; i++)
        {
            for (int c = 0; c < topCounts[i]; c++)
            {
                int j = topNeighbors[i * k + c];
                double w = topWeights[i * k + c];
                columns[fill[i]] = j;
                values[fill[i]++] = w;
                columns[fill[j]] = i;
                values[fill[j]++] = w;
            }
        }

        // Sort each row by column and drop the duplicates of edges both ends kept.
        var rowPointers = new int[n + 1];
        var compactColumns = new int[columns.Length];
        var compactValues = new double[values.Length];
        int written = 0;
        for (int i = 0; i < n; i++)
        {
            rowPointers[i] = written;
            Array.Sort(columns, values, starts[i], starts[i + 1] - starts[i]);
            for (int p = starts[i]; p < starts[i + 1]; p++)
            {
                if (p > starts[i] && columns[p] == columns[p - 1])
                    continue;
                compactColumns[written] = columns[p];
                compactValues[written++] = values[p];
            }
        }

        rowPointers[n] = written;
        return Matrix<double>.Build.Sparse(SparseCompressedRowMatrixStorage<double>.OfCompressedSparseRowFormat(
            n, n, written, rowPointers, compactColumns[..written], compactValues[..written]));
    }

    /// <summary>The inverted index: for each term, the sentences containing it and the term's weight there. The arrays are pooled.</summary>
    private readonly record struct Postings(int[] Starts, int[] Sentences, double[] Weights)
    {
        public static Postings Build(SentenceVectors vectors)
        {
            int terms = vectors.TermCount;
            int[] starts = ArrayPool<int>.Shared.Rent(terms + 1);
            starts.AsSpan(0, terms + 1).Clear();
            for (int s = 0; s < vectors.Count; s++)
            {
                foreach (int term in vectors.GetTermIds(s))
                    starts[term + 1]++;
            }

            for (int t = 0; t < terms; t++)
                starts[t + 1] += starts[t];
            int entries = starts[terms];
            int[] sentences = ArrayPool<int>.Shared.Rent(entries);
            double[] weights = ArrayPool<double>.Shared.Rent(entries);
            int[] fill = ArrayPool<int>.Shared.Rent(terms);
            starts.AsSpan(0, terms).CopyTo(fill);
            for (int s = 0; s < vectors.Count; s++)
            {
                ReadOnlySpan<int> termIds = vectors.GetTermIds(s);
                ReadOnlySpan<double> termWeights = vectors.GetWeights(s);
                for (int t = 0; t < termIds.Length; t++)
                {
                    int slot = fill[termIds[t]]++;
                    sentences[slot] = s;
                    weights[slot] = termWeights[t];
                }
            }

            ArrayPool<int>.Shared.Return(fill);
            return new Postings(starts, sentences, weights);
        }

        public void Return()
        {
            ArrayPool<int>.Shared.Return(Starts);
            ArrayPool<int>.Shared.Return(Sentences);
            ArrayPool<double>.Shared.Return(Weights);
        }
    }
}
