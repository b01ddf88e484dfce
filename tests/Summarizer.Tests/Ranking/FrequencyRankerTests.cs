using Summarizer.Ranking;
using Summarizer.Text;
using static Summarizer.Tests.Ranking.RankerTestText;

namespace Summarizer.Tests.Ranking;

/// <summary>Luhn, SumBasic and KL-Sum: the rankers built on word frequencies.</summary>
public class FrequencyRankerTests
{
    [Test]
    public void LuhnScoresTheDensestClusterOfSignificantWords()
    {
        // river and flood occur twice (significant); "and" is a stop word but still counts in a cluster's length.
        // S0: "River flood" is a cluster of 2 in 2 words: 2² / 2 = 2. S1: "River levels and flood": 2² / 4 = 1. S2: none.
        double[] scores = new LuhnRanker().Rank(Context("River flood warnings. River levels and flood plans. Bakers sell bread."));
        Assert.That(scores, Is.EqualTo(new[] { 2.0, 1.0, 0.0 }).Within(1e-12));
    }

    [Test]
    public void LuhnSplitsClustersAtGapsLongerThanTheMaximum()
    {
        // With MaxGap 1, the two words between River and flood in S1 split it into two clusters of one word: 1² / 1.
        double[] scores = new LuhnRanker(new LuhnOptions { MaxGap = 1 }).Rank(Context("River flood warnings. River levels and flood plans. Bakers sell bread."));
        Assert.That(scores, Is.EqualTo(new[] { 2.0, 1.0, 0.0 }).Within(1e-12));
        double[] strict = new LuhnRanker(new LuhnOptions { MinFrequency = 3 }).Rank(Context("River flood warnings. River levels and flood plans. Bakers sell bread."));
        Assert.That(strict, Has.All.Zero, "no word occurs three times");
    }

    [Test]
    public void LuhnSignificantFractionKeepsOnlyTheMostFrequentTerms()
    {
        // river ×3 and flood ×2 reach MinFrequency 2. With both significant: S0 "River flood" 2²/2 = 2,
        // S1 "River levels and flood" 2²/4 = 1, S2 "River" 1²/1 = 1. Keeping the top half (river alone): every
        // sentence with river scores 1²/1.
        const string text = "River flood warnings. River levels and flood plans. River banks. Bakers sell bread.";
        double[] all = new LuhnRanker(new LuhnOptions { SignificantFraction = 1 }).Rank(Context(text));
        Assert.That(all, Is.EqualTo(new[] { 2.0, 1.0, 1.0, 0.0 }).Within(1e-12));
        double[] top = new LuhnRanker(new LuhnOptions { SignificantFraction = 0.5 }).Rank(Context(text));
        Assert.That(top, Is.EqualTo(new[] { 1.0, 1.0, 1.0, 0.0 }).Within(1e-12));
    }

    [TestCase(0.0)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void LuhnRejectsFractionsOutsideZeroToOne(double fraction) =>
        Assert.That(() => new LuhnRanker(new LuhnOptions { SignificantFraction = fraction }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("SignificantFraction"));

    [Test]
    public void LuhnRanksTheOffTopicSentencesLast() => OffTopicSentencesRankLast(new LuhnRanker().Rank(Context(Story)));

    [Test]
    public void SumBasicPicksTheSentenceWithTheTopWordAndMovesOn()
    {
        // Content words: appl ×2, red, pear, grape, grow (6 tokens): p = 1/3, 1/6, 1/6, 1/6, 1/6.
        // Averages: S0 = S1 = 1/4, S2 = 1/6. The top word (appl) is in S0 and S1; the tie goes to S0.
        // After squaring appl (1/9) and red (1/36): S1 = 5/36, S2 = 1/6. The most probable words left are pear, grape
        // and grow (1/6); pear comes first, so S1 is picked although S2's average is higher.
        const string text = "Apples are red. Apples and pears. Grapes grow.";
        double[] scores = new SumBasicRanker().Rank(Context(text));
        Assert.That(scores, Is.EqualTo(new[] { 1.0, 2.0 / 3, 1.0 / 3 }).Within(1e-12));

        // Without the top-word rule the higher average wins: S2 before S1.
        double[] byAverage = new SumBasicRanker(new SumBasicOptions { RequireTopWord = false }).Rank(Context(text));
        Assert.That(byAverage, Is.EqualTo(new[] { 1.0, 1.0 / 3, 2.0 / 3 }).Within(1e-12));
    }

    [Test]
    public void SumBasicStartsWithTheMostFrequentWordAndCoversTheOffTopicSentencesBeforeRepeatingItself()
    {
        // river, flood and barrier occur three times each; S0 (river, flood, town, Monday) has the best average.
        int[] order = Order(new SumBasicRanker().Rank(Context(Story)));
        Assert.That(order[0], Is.EqualTo(0));
        Assert.That(order.Take(3), Has.None.EqualTo(Bakery).And.None.EqualTo(Cheese));
    }

    /// <summary>KL(P_D ‖ P_S) with P_S smoothed additively over the document's vocabulary, computed in full.</summary>
    private static double Divergence(Document document, IEnumerable<int> summary, double alpha)
    {
        var documentCounts = new Dictionary<int, int>();
        foreach (Token token in document.Tokens)
        {
            if (!token.IsStopWord)
                documentCounts[token.TermId] = documentCounts.GetValueOrDefault(token.TermId) + 1;
        }

        var summaryCounts = new Dictionary<int, int>();
        int summaryLength = 0;
        foreach (int s in summary)
        {
            foreach (Token token in document.GetTokens(s))
            {
                if (token.IsStopWord)
                    continue;
                summaryCounts[token.TermId] = summaryCounts.GetValueOrDefault(token.TermId) + 1;
                summaryLength++;
            }
        }

        double total = documentCounts.Values.Sum(), kl = 0;
        foreach (var (term, count) in documentCounts)
        {
            double pd = count / total;
            double ps = (summaryCounts.GetValueOrDefault(term) + alpha) / (summaryLength + alpha * documentCounts.Count);
            kl += pd * Math.Log(pd / ps);
        }

        return kl;
    }

    [TestCase(0.1)]
    [TestCase(1.0)]
    public void KlSumFollowsTheGreedyOrderOfTheFullDivergence(double alpha)
    {
        RankingContext context = Context(Story);
        double[] scores = new KlSumRanker(new KlSumOptions { Smoothing = alpha }).Rank(context);

        var chosen = new List<int>();
        var left = Enumerable.Range(0, context.Count).ToList();
        while (left.Count > 0)
        {
            int best = left.OrderBy(s => Divergence(context.Document, chosen.Append(s), alpha)).ThenBy(s => s).First();
            chosen.Add(best);
            left.Remove(best);
        }

        Assert.That(Order(scores), Is.EqualTo(chosen.ToArray()));
        Assert.That(scores[chosen[0]], Is.EqualTo(1.0));
    }

    [Test]
    public void KlSumPicksTheSentenceThatMirrorsTheDocumentFirst()
    {
        // The document is mostly about the flood barrier: a sentence with both words goes first. The unrelated sentence
        // is not last: once the flood barrier is covered, its new words bring the summary closer to the document than a
        // third sentence repeating the same two words.
        double[] scores = new KlSumRanker().Rank(Context("The flood barrier is ready. Flood barrier work ended. The barrier held the flood. Cheese is tasty."));
        int[] order = Order(scores);
        Assert.That(order[0], Is.AnyOf(0, 1, 2));
        Assert.That(order[^1], Is.AnyOf(0, 1, 2));
    }

    [Test]
    public void SentencesWithoutContentWordsScoreZero()
    {
        RankingContext context = Context("It is not. Floods damage river towns. River towns build flood barriers.");
        Assert.That(new KlSumRanker().Rank(context)[0], Is.Zero);
        Assert.That(new SumBasicRanker().Rank(context)[0], Is.EqualTo(1.0 / 3).Within(1e-12), "picked last");
        Assert.That(new LuhnRanker().Rank(context)[0], Is.Zero);
    }

    [TestCase(0)]
    [TestCase(-1)]
    public void LuhnRejectsMinFrequencyBelowOne(int value) =>
        Assert.That(() => new LuhnRanker(new LuhnOptions { MinFrequency = value }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("MinFrequency"));

    [Test]
    public void LuhnRejectsNegativeGap() =>
        Assert.That(() => new LuhnRanker(new LuhnOptions { MaxGap = -1 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("MaxGap"));

    [TestCase(1.0)]
    [TestCase(0.5)]
    [TestCase(double.PositiveInfinity)]
    [TestCase(double.NaN)]
    public void SumBasicRejectsExponentsThatDoNotShrinkProbabilities(double exponent) =>
        Assert.That(() => new SumBasicRanker(new SumBasicOptions { UpdateExponent = exponent }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("UpdateExponent"));

    [TestCase(0.0)]
    [TestCase(-0.1)]
    [TestCase(double.NaN)]
    public void KlSumRejectsNonPositiveSmoothing(double smoothing) =>
        Assert.That(() => new KlSumRanker(new KlSumOptions { Smoothing = smoothing }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("Smoothing"));
}
