using MathNet.Numerics.LinearAlgebra;
using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Graph;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Ranking;

public class TextRankRankerTests
{
    private const string Story = """
        The river flooded the town on Monday. Flood water reached homes near the river.
        The town council met on Tuesday to discuss a flood barrier. Council members agreed the barrier is urgent.
        A local bakery sold bread as usual. Engineers will design the barrier along the river next year.
        Nobody mentioned cheese.
        """;

    private static RankingContext Context(string text)
    {
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);
        Document document = analyzer.Analyze(text);
        return new RankingContext(document, new TfIdfVectorizer().Vectorize(document));
    }

    /// <summary>The principal eigenvector of the Google matrix, from MathNet's eigen-decomposition, scaled to sum 1.</summary>
    private static double[] GoogleMatrixEigenvector(Matrix<double> weights, double damping)
    {
        int n = weights.RowCount;
        Vector<double> strength = weights.ColumnSums();
        Matrix<double> google = Matrix<double>.Build.Dense(n, n, (i, j) =>
            (1 - damping) / n + damping * (strength[j] > 0 ? weights[i, j] / strength[j] : 1.0 / n));
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

    [Test]
    public void ScoresEqualThePrincipalEigenvectorOfTheGoogleMatrix()
    {
        RankingContext context = Context(Story);
        var options = new TextRankOptions { Tolerance = 1e-12 };
        double[] scores = new TextRankRanker(options).Rank(context);
        SimilarityGraph graph = SimilarityGraph.Build(context.Vectors, options.Graph);

        double[] expected = GoogleMatrixEigenvector(graph.Weights, options.Damping);
        Assert.That(scores, Is.EqualTo(expected).Within(1e-6));
        Assert.That(scores.Sum(), Is.EqualTo(1.0).Within(1e-9));
    }

    [Test]
    public void CosineSimilarityAlsoMatchesTheEigenvector()
    {
        RankingContext context = Context(Story);
        var options = new TextRankOptions { Tolerance = 1e-12, Graph = new SimilarityGraphOptions { Measure = SimilarityMeasure.Cosine } };
        double[] scores = new TextRankRanker(options).Rank(context);
        SimilarityGraph graph = SimilarityGraph.Build(context.Vectors, options.Graph);
        Assert.That(scores, Is.EqualTo(GoogleMatrixEigenvector(graph.Weights, options.Damping)).Within(1e-6));
    }

    [Test]
    public void CentralSentencesOutrankUnrelatedOnes()
    {
        RankingContext context = Context(Story);
        double[] scores = new TextRankRanker().Rank(context);
        int bakery = 4, cheese = 6, barrier = 5;
        Assert.That(scores[barrier], Is.GreaterThan(scores[bakery]));
        int[] lowestTwo = Enumerable.Range(0, scores.Length).OrderBy(i => scores[i]).Take(2).ToArray();
        Assert.That(lowestTwo, Is.EquivalentTo(new[] { bakery, cheese }), "the off-topic sentences rank last");
    }

    [Test]
    public void SparseGraphEqualsDenseGraphWhenEveryNeighbourIsKept()
    {
        RankingContext context = Context(Story);
        SimilarityGraph dense = SimilarityGraph.Build(context.Vectors);
        SimilarityGraph sparse = SimilarityGraph.Build(context.Vectors, new SimilarityGraphOptions { DenseSentenceLimit = 0, MaxNeighbors = 100 });
        Assert.That(sparse.IsSparse, Is.True);
        Assert.That(dense.IsSparse, Is.False);
        Assert.That(sparse.Weights.ToArray(), Is.EqualTo(dense.Weights.ToArray()).Within(1e-12));
    }

    [Test]
    public void SparseGraphKeepsOnlyTheStrongestNeighbours()
    {
        RankingContext context = Context(Story);
        SimilarityGraph sparse = SimilarityGraph.Build(context.Vectors, new SimilarityGraphOptions { DenseSentenceLimit = 0, MaxNeighbors = 1 });
        SimilarityGraph dense = SimilarityGraph.Build(context.Vectors);
        for (int i = 0; i < dense.Count; i++)
        {
            int strongest = dense.Weights.Row(i).MaximumIndex();
            if (dense.Weights[i, strongest] > 0)
                Assert.That(sparse.Weights[i, strongest], Is.EqualTo(dense.Weights[i, strongest]).Within(1e-12), $"row {i}");
        }

        Assert.That(sparse.Weights.ToArray(), Is.EqualTo(sparse.Weights.Transpose().ToArray()), "symmetric");
    }

    [Test]
    public void GraphIsSymmetricWithZeroDiagonal()
    {
        SimilarityGraph graph = SimilarityGraph.Build(Context(Story).Vectors);
        Assert.That(graph.Weights.ToArray(), Is.EqualTo(graph.Weights.Transpose().ToArray()));
        Assert.That(graph.Weights.Diagonal().All(d => d == 0), Is.True);
    }

    [TestCase(0.0)]
    [TestCase(1.0)]
    [TestCase(double.NaN)]
    public void RejectsDampingOutsideTheOpenUnitInterval(double damping) =>
        Assert.That(() => new TextRankRanker(new TextRankOptions { Damping = damping }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("Damping"));

    [Test]
    public void RejectsNonPositiveIterationCap() =>
        Assert.That(() => new TextRankRanker(new TextRankOptions { MaxIterations = 0 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("MaxIterations"));
}
