using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Graph;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Ranking;

public class PacSumRankerTests
{
    private static RankingContext Context(string text)
    {
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);
        Document document = analyzer.Analyze(text);
        return new RankingContext(document, new TfIdfVectorizer().Vectorize(document));
    }

    private const string Story = """
        Storms flooded the valley town and closed the main bridge.
        The flooded bridge will stay closed for a week, engineers said.
        Engineers blamed the storms for cracks in the bridge.
        A choir gave a concert on Sunday.
        """;

    [Test]
    public void ScoresAreTheWeightedForwardAndBackwardSimilarities()
    {
        RankingContext context = Context(Story);
        var options = new PacSumOptions { ForwardWeight = 1, BackwardWeight = -2 };
        double[] scores = new PacSumRanker(options).Rank(context);

        // With beta 0 the threshold is the smallest similarity (0: the concert shares no term), so e_ij = sim_ij.
        for (int i = 0; i < context.Count; i++)
        {
            double forward = 0, backward = 0;
            for (int j = 0; j < context.Count; j++)
            {
                if (j > i)
                    forward += context.Vectors.Cosine(i, j);
                else if (j < i)
                    backward += context.Vectors.Cosine(i, j);
            }

            Assert.That(scores[i], Is.EqualTo(Math.Max(0, forward - 2 * backward)).Within(1e-12), $"sentence {i}");
        }
    }

    private const string LongerStory = """
        The council approved a new flood barrier for the river district on Monday.
        Engineers say the barrier will protect four hundred homes from spring floods.
        The barrier project costs twelve million and the state grant covers half of it.
        Residents of the district asked the council to start construction before spring.
        A hydrologist at the university warned that the river channels are silting up.
        Silting channels raise the flood risk for farmland downstream of the district.
        The mayor said the barrier design keeps a wetland for wildlife along the river.
        Opposition members voted against the budget, citing the rising cost of the project.
        Construction is scheduled to begin in January, weather permitting.
        A choir gave a concert in the town hall on Sunday.
        Farmers downstream welcomed the plan but asked for compensation for lost land.
        The council will publish the final design of the barrier next month.
        """;

    private static readonly PacSumOptions[] ExactCases =
    [
        new(),
        new() { Beta = 0.3 },
        new() { ForwardWeight = 1, BackwardWeight = 1 },
        new() { Graph = new SimilarityGraphOptions { MinSimilarity = 0.05 } },
        new() { Beta = 0.2, Graph = new SimilarityGraphOptions { Measure = SimilarityMeasure.WordOverlap } },
    ];

    [TestCaseSource(nameof(ExactCases))]
    public void ScoresEqualTheDenseMatrixDefinitionBitForBit(PacSumOptions options)
    {
        // The ranker takes similarities from an inverted index; the definition works on the full dense matrix.
        RankingContext context = Context(LongerStory);
        SimilarityGraph graph = SimilarityGraph.Build(context.Vectors, options.Graph);
        Assert.That(graph.IsSparse, Is.False);
        int n = context.Count;
        double min = double.MaxValue, max = double.MinValue;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                if (i != j)
                {
                    min = Math.Min(min, graph.Weights[i, j]);
                    max = Math.Max(max, graph.Weights[i, j]);
                }
            }
        }

        double threshold = min + options.Beta * (max - min);
        var expected = new double[n];
        for (int i = 0; i < n; i++)
        {
            double backward = 0, forward = 0;
            for (int j = 0; j < i; j++)
                backward += Math.Max(0, graph.Weights[i, j] - threshold);
            for (int j = i + 1; j < n; j++)
                forward += Math.Max(0, graph.Weights[i, j] - threshold);
            expected[i] = Math.Max(0, options.BackwardWeight * backward + options.ForwardWeight * forward);
        }

        Assert.That(new PacSumRanker(options).Rank(context), Is.EqualTo(expected));
    }

    [Test]
    public void TheSentenceThatIntroducesTheStoryRanksFirst()
    {
        double[] scores = new PacSumRanker().Rank(Context(Story));
        Assert.That(Array.IndexOf(scores, scores.Max()), Is.Zero);
        Assert.That(scores[3], Is.Zero, "an unrelated sentence has no centrality");
    }

    [Test]
    public void SymmetricWeightsGiveUndirectedDegreeCentrality()
    {
        RankingContext context = Context(Story);
        double[] scores = new PacSumRanker(new PacSumOptions { ForwardWeight = 1, BackwardWeight = 1 }).Rank(context);
        for (int i = 0; i < context.Count; i++)
        {
            double degree = Enumerable.Range(0, context.Count).Where(j => j != i).Sum(j => context.Vectors.Cosine(i, j));
            Assert.That(scores[i], Is.EqualTo(degree).Within(1e-12));
        }
    }

    [Test]
    public void SparseGraphGivesTheSameScoresWhenAllEdgesAreKept()
    {
        RankingContext context = Context(Story);
        double[] dense = new PacSumRanker().Rank(context);
        double[] sparse = new PacSumRanker(new PacSumOptions { Graph = new SimilarityGraphOptions { DenseSentenceLimit = 0, MaxNeighbors = 100 } }).Rank(context);
        Assert.That(sparse, Is.EqualTo(dense).Within(1e-12));
    }

    [Test]
    public void BetaRaisesTheEdgeThreshold()
    {
        RankingContext context = Context(Story);
        double[] loose = new PacSumRanker(new PacSumOptions { BackwardWeight = 0 }).Rank(context);
        double[] strict = new PacSumRanker(new PacSumOptions { BackwardWeight = 0, Beta = 0.9 }).Rank(context);
        Assert.That(strict.Sum(), Is.LessThan(loose.Sum()));
    }

    [TestCase(1.0, "Beta")]
    [TestCase(-0.1, "Beta")]
    public void RejectsBetaOutsideRange(double beta, string name) =>
        Assert.That(() => new PacSumRanker(new PacSumOptions { Beta = beta }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo(name));

    [Test]
    public void RejectsAllZeroOrNonFiniteWeights()
    {
        Assert.That(() => new PacSumRanker(new PacSumOptions { ForwardWeight = 0, BackwardWeight = 0 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("ForwardWeight"));
        Assert.That(() => new PacSumRanker(new PacSumOptions { BackwardWeight = double.NaN }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("BackwardWeight"));
    }
}
