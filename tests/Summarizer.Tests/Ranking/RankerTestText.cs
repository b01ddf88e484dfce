using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Ranking;

/// <summary>Small texts and the analysis the ranker tests share.</summary>
internal static class RankerTestText
{
    /// <summary>Four sentences about a flood barrier (0, 1, 2, 5) and two off-topic ones (4, 6).</summary>
    public const string Story = """
        The river flooded the town on Monday. Flood water reached homes near the river.
        The town council met on Tuesday to discuss a flood barrier. Council members agreed the barrier is urgent.
        A local bakery sold bread as usual. Engineers will design the barrier along the river next year.
        Nobody mentioned cheese.
        """;

    public const int Bakery = 4;
    public const int Cheese = 6;

    public static RankingContext Context(string text)
    {
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);
        Document document = analyzer.Analyze(text);
        return new RankingContext(document, new TfIdfVectorizer().Vectorize(document));
    }

    /// <summary>Sentence indices by descending score, ties by index.</summary>
    public static int[] Order(double[] scores) =>
        Enumerable.Range(0, scores.Length).OrderByDescending(i => scores[i]).ThenBy(i => i).ToArray();

    /// <summary>Asserts that the two off-topic sentences of <see cref="Story"/> rank last.</summary>
    public static void OffTopicSentencesRankLast(double[] scores)
    {
        Assert.That(scores, Has.Length.EqualTo(7));
        Assert.That(Order(scores).TakeLast(2), Is.EquivalentTo(new[] { Bakery, Cheese }), string.Join(", ", scores));
    }
}
