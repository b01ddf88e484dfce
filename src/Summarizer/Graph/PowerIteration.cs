using MathNet.Numerics.LinearAlgebra;

namespace Summarizer.Graph;

/// <summary>
/// The stationary distribution of a random walk on a weighted graph, by damped power iteration (PageRank): the one
/// implementation behind TextRank, LexRank and keyword TextRank.
/// </summary>
/// <remarks>
/// Each step computes <c>p_i = (1 - d) / n + d * Σ_j w_ij / (Σ_k w_kj) * p_j</c>. A node whose column sums to zero (no
/// edges) spreads its score evenly over all nodes, the usual PageRank treatment of dangling nodes, so the result is the
/// principal eigenvector of the Google matrix, scaled to sum 1.
/// </remarks>
internal static class PowerIteration
{
    /// <summary>Sets its second argument to the weight matrix times its first.</summary>
    public delegate void MatrixVectorProduct(double[] vector, double[] product);

    /// <summary>Runs power iteration on a MathNet matrix (dense or sparse).</summary>
    /// <param name="weights">Non-negative edge weights; column j holds the edges out of node j.</param>
    /// <param name="damping">The probability of following an edge rather than jumping, in (0, 1].</param>
    /// <param name="tolerance">Iteration stops when no score moves by more than this.</param>
    /// <param name="maxIterations">The iteration cap.</param>
    /// <param name="cancellationToken">Checked every iteration.</param>
    /// <returns>The scores, summing to 1.</returns>
    public static double[] Stationary(Matrix<double> weights, double damping, double tolerance, int maxIterations, CancellationToken cancellationToken)
    {
        double[] strength = weights.ColumnSums().ToArray();
        var vector = new double[strength.Length];
        var product = new double[strength.Length];
        Vector<double> vectorView = Vector<double>.Build.Dense(vector), productView = Vector<double>.Build.Dense(product);
        // The views wrap the very buffers the iteration passes, so MathNet writes the product in place.
        return Stationary(strength, (_, _) => weights.Multiply(vectorView, productView), vector, product, damping, tolerance, maxIterations, cancellationToken);
    }

    /// <summary>Runs power iteration with a caller's matrix-vector product (for instance plain loops over a dense symmetric matrix).</summary>
    /// <param name="strength">Each node's total edge weight (the column sums).</param>
    /// <param name="multiply">Called once a step with <paramref name="vector"/> and <paramref name="product"/>.</param>
    /// <param name="vector">A buffer of the node count that receives each score divided by its node's strength.</param>
    /// <param name="product">A buffer of the node count that <paramref name="multiply"/> fills.</param>
    /// <param name="damping">The probability of following an edge rather than jumping, in (0, 1].</param>
    /// <param name="tolerance">Iteration stops when no score moves by more than this.</param>
    /// <param name="maxIterations">The iteration cap.</param>
    /// <param name="cancellationToken">Checked every iteration.</param>
    /// <returns>The scores, summing to 1.</returns>
    public static double[] Stationary(double[] strength, MatrixVectorProduct multiply, double[] vector, double[] product,
        double damping, double tolerance, int maxIterations, CancellationToken cancellationToken)
    {
        int n = strength.Length;
        var inverseStrength = new double[n];
        for (int j = 0; j < n; j++)
            inverseStrength[j] = strength[j] > 0 ? 1 / strength[j] : 0;

        double d = damping;
        var scores = new double[n];
        var next = new double[n];
        Array.Fill(scores, 1.0 / n);
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double danglingMass = 0;
            for (int j = 0; j < n; j++)
            {
                vector[j] = scores[j] * inverseStrength[j];
                if (inverseStrength[j] == 0)
                    danglingMass += scores[j]; // a node without edges spreads its score evenly
            }

            multiply(vector, product);
            double teleport = (1 - d) / n + d * danglingMass / n;
            double change = 0;
            for (int i = 0; i < n; i++)
            {
                double value = teleport + d * product[i];
                change = Math.Max(change, Math.Abs(value - scores[i]));
                next[i] = value;
            }

            (scores, next) = (next, scores);
            if (change < tolerance)
                break;
        }

        return scores;
    }
}
