using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Summarizer.Ranking;

/// <summary>
/// Latent semantic analysis: sentences score by their length in the space of the document's strongest latent topics.
/// </summary>
/// <remarks>
/// Steinberger, J. and Ježek, K. (2004). "Using Latent Semantic Analysis in Text Summarization and Summary Evaluation."
/// Proceedings of ISIM '04, 93–100.
/// The term-by-sentence matrix <c>A</c> has the sentences' TF-IDF vectors (L2-normalized, as the pipeline builds them)
/// as its columns. With the singular value decomposition <c>A = U Σ Vᵀ</c>, sentence i scores
/// <c>sqrt(Σ_k (σ_k v_ik)²)</c> over the dimensions k with <c>σ_k ≥ MinSingularValueRatio · σ_1</c>.
/// Only the singular values and <c>Σ Vᵀ</c> are needed, so they come from the symmetric eigen-decomposition of the smaller
/// of the two Gram matrices with MathNet: <c>AᵀA = V Σ² Vᵀ</c> (sentences by sentences; its entries are the sentences'
/// cosines) or, when there are more sentences than terms, <c>AAᵀ = U Σ² Uᵀ</c> with <c>σ_k v_ik = (Aᵀ u_k)_i</c>.
/// This equals the SVD up to rounding and costs <c>O(min(terms, sentences)³)</c> rather than a full SVD's
/// <c>O(terms² · sentences)</c> for the unused <c>U</c>.
/// </remarks>
public sealed class LsaRanker : SentenceRanker
{
    /// <summary>Creates a ranker.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public LsaRanker(LsaOptions? options = null)
    {
        Options = options ?? new LsaOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public LsaOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "lsa";

    /// <inheritdoc />
    protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
    {
        var vectors = context.Vectors;
        int n = context.Count;

        // The terms that occur, renumbered densely in ascending id order.
        var column = new int[vectors.TermCount];
        Array.Fill(column, -1);
        int m = 0;
        for (int s = 0; s < n; s++)
        {
            foreach (int t in vectors.GetTermIds(s))
            {
                if (column[t] < 0)
                    column[t] = m++;
            }
        }

        var scores = new double[n];
        if (m == 0)
            return scores;

        cancellationToken.ThrowIfCancellationRequested();
        bool bySentence = n <= m;
        Matrix<double> gram = bySentence ? SentenceGram(context, cancellationToken) : TermGram(context, column, m, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        Evd<double> evd = gram.Evd(Symmetricity.Symmetric);
        cancellationToken.ThrowIfCancellationRequested();

        int size = gram.RowCount;
        double largest = 0;
        for (int k = 0; k < size; k++)
            largest = Math.Max(largest, evd.EigenValues[k].Real);
        if (!(largest > 0))
            return scores;
        double minSigma = Options.MinSingularValueRatio * Math.Sqrt(largest);

        for (int k = 0; k < size; k++)
        {
            double eigenvalue = evd.EigenValues[k].Real;
            if (!(eigenvalue > 0) || Math.Sqrt(eigenvalue) < minSigma * (1 - 1e-12))
                continue;
            if (bySentence)
            {
                for (int i = 0; i < n; i++)
                {
                    double v = evd.EigenVectors[i, k];
                    scores[i] += eigenvalue * v * v;
                }
            }
            else
            {
                // σ_k v_ik = (Aᵀ u_k)_i: sentence i's vector dotted with the k-th left singular vector.
                for (int i = 0; i < n; i++)
                {
                    ReadOnlySpan<int> terms = vectors.GetTermIds(i);
                    ReadOnlySpan<double> weights = vectors.GetWeights(i);
                    double projection = 0;
                    for (int j = 0; j < terms.Length; j++)
                        projection += weights[j] * evd.EigenVectors[column[terms[j]], k];
                    scores[i] += projection * projection;
                }
            }
        }

        for (int i = 0; i < n; i++)
            scores[i] = Math.Sqrt(scores[i]);
        return scores;
    }

    /// <summary><c>AᵀA</c>: the sentences' pairwise cosines, 1 on the diagonal of non-empty sentences.</summary>
    private static Matrix<double> SentenceGram(RankingContext context, CancellationToken cancellationToken)
    {
        int n = context.Count;
        var storage = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            if ((i & 63) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (context.Vectors.IsEmpty(i))
                continue;
            for (int j = i; j < n; j++)
            {
                double c = context.Vectors.Cosine(i, j);
                storage[j * n + i] = c;
                storage[i * n + j] = c;
            }
        }

        return Matrix<double>.Build.DenseOfColumnMajor(n, n, storage);
    }

    /// <summary><c>AAᵀ</c> over the terms that occur.</summary>
    private static Matrix<double> TermGram(RankingContext context, int[] column, int m, CancellationToken cancellationToken)
    {
        var storage = new double[m * m];
        for (int s = 0; s < context.Count; s++)
        {
            if ((s & 63) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<int> terms = context.Vectors.GetTermIds(s);
            ReadOnlySpan<double> weights = context.Vectors.GetWeights(s);
            for (int a = 0; a < terms.Length; a++)
            {
                for (int b = 0; b < terms.Length; b++)
                    storage[column[terms[b]] * m + column[terms[a]]] += weights[a] * weights[b];
            }
        }

        return Matrix<double>.Build.DenseOfColumnMajor(m, m, storage);
    }
}
