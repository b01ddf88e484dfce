using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
using Summarizer.Text;
using Summarizer.Weighting;

namespace Summarizer.Ranking;

/// <summary>
/// Latent semantic analysis: sentences score by their length in the space of the document's strongest latent topics.
/// </summary>
/// <remarks>
/// Steinberger, J. and Ježek, K. (2004). "Using Latent Semantic Analysis in Text Summarization and Summary Evaluation."
/// Proceedings of ISIM '04, 93–100.
/// The term-by-sentence matrix <c>A</c> is Boolean: <c>a_ts = 1</c> when content term t (after stop-word removal and
/// stemming) occurs in sentence s. Columns are not length-normalized: with unit columns of nearly orthogonal sentences
/// every singular value is close to 1 and the dimension cut-off selects nothing in particular. On the evaluation sets
/// Boolean weights scored higher than count times inverse sentence frequency. With the singular value decomposition <c>A = U Σ Vᵀ</c>, sentence i scores
/// <c>sqrt(Σ_k (σ_k v_ik)²)</c> over the dimensions k with <c>σ_k ≥ MinSingularValueRatio · σ_1</c>.
/// Only the singular values and <c>Σ Vᵀ</c> are needed, so they come from the symmetric eigen-decomposition of the smaller
/// of the two Gram matrices with MathNet: <c>AᵀA = V Σ² Vᵀ</c> (sentences by sentences) or, when there are more sentences than terms, <c>AAᵀ = U Σ² Uᵀ</c> with <c>σ_k v_ik = (Aᵀ u_k)_i</c>.
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
        int n = context.Count;
        SparseRows a = TermSentenceMatrix(context.Document);
        var scores = new double[n];
        int m = a.ColumnCount;
        if (m == 0)
            return scores;

        cancellationToken.ThrowIfCancellationRequested();
        bool bySentence = n <= m;
        Matrix<double> gram = bySentence ? SentenceGram(a, cancellationToken) : TermGram(a, cancellationToken);
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
                // σ_k v_ik = (Aᵀ u_k)_i: sentence i's column dotted with the k-th left singular vector.
                double[] singular = evd.EigenVectors.Column(k).ToArray();
                for (int i = 0; i < n; i++)
                {
                    double projection = a.Dot(i, singular);
                    scores[i] += projection * projection;
                }
            }
        }

        for (int i = 0; i < n; i++)
            scores[i] = Math.Sqrt(scores[i]);
        return scores;
    }

    /// <summary>
    /// The Boolean term-by-sentence matrix, stored by sentence as <see cref="SparseRows"/>: each sentence's terms
    /// (renumbered densely from 0 in order of first appearance) ascending, each with weight 1.
    /// </summary>
    internal static SparseRows TermSentenceMatrix(Document document)
    {
        int n = document.Sentences.Count;
        var row = new int[document.Vocabulary.Count];
        Array.Fill(row, -1);
        int terms = 0;
        for (int s = 0; s < n; s++)
        {
            foreach (Token token in document.GetTokens(s))
            {
                if (!token.IsStopWord && row[token.TermId] < 0)
                    row[token.TermId] = terms++;
            }
        }

        var offsets = new int[n + 1];
        var rows = new List<int>();
        var seen = new bool[document.Vocabulary.Count];
        var present = new List<int>();
        for (int s = 0; s < n; s++)
        {
            offsets[s] = rows.Count;
            present.Clear();
            foreach (Token token in document.GetTokens(s))
            {
                if (!token.IsStopWord && !seen[token.TermId])
                {
                    seen[token.TermId] = true;
                    present.Add(token.TermId);
                }
            }

            present.Sort((x, y) => row[x].CompareTo(row[y]));
            foreach (int t in present)
            {
                rows.Add(row[t]);
                seen[t] = false;
            }
        }

        offsets[n] = rows.Count;
        var ones = new double[rows.Count];
        Array.Fill(ones, 1.0);
        return new SparseRows(offsets, rows.ToArray(), ones, terms);
    }

    /// <summary><c>AᵀA</c>: the sentences' pairwise dot products.</summary>
    private static Matrix<double> SentenceGram(SparseRows a, CancellationToken cancellationToken)
    {
        int n = a.RowCount;
        var storage = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            if ((i & 63) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            for (int j = i; j < n; j++)
            {
                double dot = a.Dot(i, j);
                storage[j * n + i] = dot;
                storage[i * n + j] = dot;
            }
        }

        return Matrix<double>.Build.DenseOfColumnMajor(n, n, storage);
    }

    /// <summary><c>AAᵀ</c>: the terms' pairwise dot products over sentences.</summary>
    private static Matrix<double> TermGram(SparseRows a, CancellationToken cancellationToken)
    {
        int m = a.ColumnCount;
        var storage = new double[m * m];
        for (int s = 0; s < a.RowCount; s++)
        {
            if ((s & 63) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<int> rows = a.Ids(s);
            ReadOnlySpan<double> values = a.Values(s);
            for (int x = 0; x < rows.Length; x++)
            {
                for (int y = 0; y < rows.Length; y++)
                    storage[rows[y] * m + rows[x]] += values[x] * values[y];
            }
        }

        return Matrix<double>.Build.DenseOfColumnMajor(m, m, storage);
    }
}
