using MathNet.Numerics.LinearAlgebra;

namespace Summarizer.Graph;

/// <summary>The stationary distribution of a random walk on a weighted graph, by power iteration (PageRank).</summary>
internal static class PowerIteration
{
    /// <summary>
    /// Runs damped power iteration on <paramref name="weights"/>: <c>p_i = (1 - d) / n + d * Σ_j w_ij / (Σ_k w_kj) * p_j</c>.
    /// A node whose column sums to zero (no edges) spreads its score evenly over all nodes, so the result is the
    /// principal eigenvector of the Google matrix, scaled to sum 1.
    /// </summary>
    /// <param name="weights">Non-negative edge weights; column j holds the edges out of node j.</param>
    /// <param name="damping">The probability of following an edge rather than jumping, in (0, 1].</param>
    /// <param name="tolerance">Iteration stops when no score moves by more than this.</param>
    /// <param name="maxIterations">The iteration cap.</param>
    /// <param name="cancellationToken">Checked every iteration.</param>
    /// <returns>The scores, summing to 1.</returns>
    public static double[] Stationary(Matrix<double> weights, double damping, double tolerance, int maxIterations, CancellationToken cancellationToken)
    {
        int n = weights.RowCount;
        Vector<double> strength = weights.ColumnSums();

        // Node j spreads score_j / strength_j along each of its edges: W (score ./ strength) is the column-stochastic
        // transition applied without building it.
        var dangling = new List<int>();
        for (int j = 0; j < n; j++)
        {
            if (strength[j] <= 0)
                dangling.Add(j);
        }

        double d = damping;
        Vector<double> scores = Vector<double>.Build.Dense(n, 1.0 / n);
        Vector<double> next = Vector<double>.Build.Dense(n);
        Vector<double> spread = Vector<double>.Build.Dense(n);
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double danglingMass = 0;
            foreach (int j in dangling)
                danglingMass += scores[j];
            for (int j = 0; j < n; j++)
                spread[j] = strength[j] > 0 ? scores[j] / strength[j] : 0;

            weights.Multiply(spread, next);
            double teleport = (1 - d) / n + d * danglingMass / n;
            double change = 0;
            for (int i = 0; i < n; i++)
            {
                double value = d * next[i] + teleport;
                change = Math.Max(change, Math.Abs(value - scores[i]));
                next[i] = value;
            }

            (scores, next) = (next, scores);
            if (change < tolerance)
                break;
        }

        return scores.ToArray();
    }
}
