using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Weighting;

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
