using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using Summarizer.Weighting;

namespace Summarizer.Ranking;

/// <summary>
/// An undirected, weighted graph of sentences: a symmetric MathNet matrix with a zero diagonal whose
/// entry <c>(i, j)</c> is the similarity of sentences i and j. Dense for ordinary documents, sparse
/// (compressed rows) for long ones.
/// </summary>
public sealed class SimilarityGraph
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
            : BuildSparse(vectors, options, cancellationToken);
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

    /// <summary>
    /// Accumulates each sentence's similarities through an inverted index (only sentences sharing a term are
    /// visited) and keeps its strongest <see cref="SimilarityGraphOptions.MaxNeighbors"/> edges; the union of
    /// kept edges is symmetric.
    /// </summary>
    private static SimilarityGraph BuildSparse(SentenceVectors vectors, SimilarityGraphOptions options, CancellationToken cancellationToken)
    {
        int n = vectors.Count;
        var postings = BuildPostings(vectors);
        var accumulator = new double[n];
        var touched = new List<int>();
        var candidates = new List<(double Weight, int Neighbor)>();
        var edges = new Dictionary<long, double>();

        for (int i = 0; i < n; i++)
        {
            if ((i & 63) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<int> terms = vectors.GetTermIds(i);
            ReadOnlySpan<double> weights = vectors.GetWeights(i);
            touched.Clear();
            for (int k = 0; k < terms.Length; k++)
            {
                double contribution = options.Measure == SimilarityMeasure.Cosine ? weights[k] : 1;
                foreach (var (sentence, weight) in postings[terms[k]])
                {
                    if (sentence == i)
                        continue;
                    if (accumulator[sentence] == 0)
                        touched.Add(sentence);
                    accumulator[sentence] += options.Measure == SimilarityMeasure.Cosine ? contribution * weight : 1;
                }
            }

            candidates.Clear();
            foreach (int j in touched)
            {
                double w = options.Measure == SimilarityMeasure.Cosine
                    ? accumulator[j]
                    : Overlap((int)accumulator[j], terms.Length, vectors.GetTermIds(j).Length);
                accumulator[j] = 0;
                if (w > 0 && w >= options.MinSimilarity)
                    candidates.Add((w, j));
            }

            // Strongest first; ties by neighbour index so the graph does not depend on visiting order.
            candidates.Sort(static (a, b) => a.Weight != b.Weight ? b.Weight.CompareTo(a.Weight) : a.Neighbor.CompareTo(b.Neighbor));
            int keep = Math.Min(options.MaxNeighbors, candidates.Count);
            for (int c = 0; c < keep; c++)
            {
                int j = candidates[c].Neighbor;
                edges[Key(Math.Min(i, j), Math.Max(i, j), n)] = candidates[c].Weight;
            }
        }

        var triples = new List<Tuple<int, int, double>>(edges.Count * 2);
        foreach (var (key, w) in edges)
        {
            int a = (int)(key / n), b = (int)(key % n);
            triples.Add(Tuple.Create(a, b, w));
            triples.Add(Tuple.Create(b, a, w));
        }

        return new SimilarityGraph(Matrix<double>.Build.SparseOfIndexed(n, n, triples), denseStorage: null);
    }

    private static long Key(int a, int b, int n) => (long)a * n + b;

    private static List<(int Sentence, double Weight)>[] BuildPostings(SentenceVectors vectors)
    {
        var postings = new List<(int, double)>[vectors.TermCount];
        for (int t = 0; t < postings.Length; t++)
            postings[t] = [];
        for (int s = 0; s < vectors.Count; s++)
        {
            ReadOnlySpan<int> terms = vectors.GetTermIds(s);
            ReadOnlySpan<double> weights = vectors.GetWeights(s);
            for (int k = 0; k < terms.Length; k++)
                postings[terms[k]].Add((s, weights[k]));
        }

        return postings;
    }
}
