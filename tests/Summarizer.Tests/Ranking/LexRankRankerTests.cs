using MathNet.Numerics.LinearAlgebra;
using Summarizer.Ranking;
using static Summarizer.Tests.Ranking.RankerTestText;

namespace Summarizer.Tests.Ranking;

public class LexRankRankerTests
{
    /// <summary>The LexRank matrix computed directly from the cosines: diagonal 1, thresholded or not.</summary>
    private static double[,] SimilarityMatrix(RankingContext context, double? threshold)
    {
        int n = context.Count;
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double c = i == j ? (context.Vectors.IsEmpty(i) ? 0 : 1) : context.Vectors.Cosine(i, j);
                m[i, j] = threshold is { } t && i != j ? (c > t ? 1 : 0) : c;
            }
        }

        return m;
    }

    /// <summary>A plain damped power method on the row-stochastic matrix, written out with arrays.</summary>
    private static double[] PowerMethod(double[,] m, double damping)
    {
        int n = m.GetLength(0);
        var rowSums = new double[n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
                rowSums[i] += m[i, j];
        }

        var p = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (int iteration = 0; iteration < 10_000; iteration++)
        {
            var next = new double[n];
            for (int j = 0; j < n; j++)
            {
                for (int i = 0; i < n; i++)
                {
                    double b = rowSums[i] > 0 ? m[i, j] / rowSums[i] : 1.0 / n;
                    next[j] += b * p[i];
                }

                next[j] = (1 - damping) / n + damping * next[j];
            }

            double change = next.Select((v, k) => Math.Abs(v - p[k])).Max();
            p = next;
            if (change < 1e-14)
                break;
        }

        return p;
    }

    /// <summary>The principal eigenvector of the damped stochastic matrix's transpose (MathNet Evd), scaled to sum 1.</summary>
    private static double[] PrincipalEigenvector(double[,] m, double damping)
    {
        int n = m.GetLength(0);
        Matrix<double> b = Matrix<double>.Build.DenseOfArray(m);
        Vector<double> rowSums = b.RowSums();
        Matrix<double> google = Matrix<double>.Build.Dense(n, n, (i, j) =>
            (1 - damping) / n + damping * (rowSums[j] > 0 ? b[j, i] / rowSums[j] : 1.0 / n));
        var evd = google.Evd();
        int best = 0;
        for (int k = 1; k < n; k++)
        {
            if (evd.EigenValues[k].Magnitude > evd.EigenValues[best].Magnitude)
                best = k;
        }

        Assert.That(evd.EigenValues[best].Real, Is.EqualTo(1.0).Within(1e-9), "a stochastic matrix has eigenvalue 1");
        Vector<double> v = evd.EigenVectors.Column(best);
        return v.Divide(v.Sum()).ToArray();
    }

    [TestCase(null)]
    [TestCase(0.1)]
    [TestCase(0.2)]
    public void ScoresEqualThePowerMethodAndThePrincipalEigenvector(double? threshold)
    {
        RankingContext context = Context(Story);
        var options = new LexRankOptions { Threshold = threshold, Tolerance = 1e-13, MaxIterations = 10_000 };
        double[] scores = new LexRankRanker(options).Rank(context);
        double[,] matrix = SimilarityMatrix(context, threshold);

        Assert.That(scores, Is.EqualTo(PowerMethod(matrix, options.Damping)).Within(1e-6));
        Assert.That(scores, Is.EqualTo(PrincipalEigenvector(matrix, options.Damping)).Within(1e-6));
        Assert.That(scores.Sum(), Is.EqualTo(1.0).Within(1e-9));
    }

    [Test]
    public void ThresholdedMatrixHasUnitEdgesOnlyAboveTheThreshold()
    {
        RankingContext context = Context(Story);
        Matrix<double> m = LexRankRanker.BuildMatrix(context, 0.1, CancellationToken.None);
        for (int i = 0; i < context.Count; i++)
        {
            for (int j = 0; j < context.Count; j++)
            {
                double expected = i == j || context.Vectors.Cosine(i, j) > 0.1 ? 1 : 0;
                Assert.That(m[i, j], Is.EqualTo(expected), $"({i}, {j})");
            }
        }
    }

    [TestCase(null)]
    [TestCase(0.1)]
    public void TheBestConnectedSentenceRanksFirst(double? threshold)
    {
        RankingContext context = Context(Story);
        double[] scores = new LexRankRanker(new LexRankOptions { Threshold = threshold }).Rank(context);
        int best = Order(scores)[0];
        Assert.That(best, Is.Not.EqualTo(Bakery).And.Not.EqualTo(Cheese));
        double[,] m = SimilarityMatrix(context, threshold);
        double Strength(int i) => Enumerable.Range(0, context.Count).Where(j => j != i).Sum(j => m[i, j]);
        Assert.That(Strength(best), Is.EqualTo(Enumerable.Range(0, context.Count).Max(Strength)).Within(1e-12),
            "the sentence most similar to the others leads");
    }

    [Test]
    public void ASentenceSimilarToNoOtherKeepsTheAverageScore()
    {
        RankingContext context = Context(Story);
        double[] scores = new LexRankRanker(new LexRankOptions { Tolerance = 1e-13 }).Rank(context);
        Assert.That(scores[Cheese], Is.EqualTo(1.0 / context.Count).Within(1e-9));
        Assert.That(scores[Bakery], Is.EqualTo(1.0 / context.Count).Within(1e-9));
    }

    [Test]
    public void NamesTellTheVariantsApart()
    {
        Assert.That(new LexRankRanker().Name, Is.EqualTo("lexrank"));
        Assert.That(new LexRankRanker(new LexRankOptions { Threshold = 0.1 }).Name, Is.EqualTo("lexrank-threshold"));
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(double.NaN)]
    public void RejectsThresholdOutsideTheOpenUnitInterval(double threshold) =>
        Assert.That(() => new LexRankRanker(new LexRankOptions { Threshold = threshold }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("Threshold"));

    [TestCase(0.0)]
    [TestCase(1.5)]
    public void RejectsDampingOutsideItsRange(double damping) =>
        Assert.That(() => new LexRankRanker(new LexRankOptions { Damping = damping }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("Damping"));
}
