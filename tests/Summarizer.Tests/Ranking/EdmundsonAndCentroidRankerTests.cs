using Summarizer.Ranking;
using static Summarizer.Tests.Ranking.RankerTestText;

namespace Summarizer.Tests.Ranking;

/// <summary>Edmundson and the centroid ranker: rankers that use position or document structure.</summary>
public class EdmundsonAndCentroidRankerTests
{
    private static readonly EdmundsonOptions Only = new() { CueWeight = 0, KeyWeight = 0, TitleWeight = 0, LocationWeight = 0 };

    [Test]
    public void EdmundsonCueWordsRewardBonusAndPunishStigmaWords()
    {
        var options = Only with { CueWeight = 1, BonusWords = ["Significant"], StigmaWords = ["hardly"] };
        double[] scores = new EdmundsonRanker(options).Rank(Context(
            "The results are hardly useful. The weather was mild. The significant finding is new."));
        Assert.That(scores, Is.EqualTo(new[] { 0.0, 1.0, 2.0 }).Within(1e-12), "cue -1, 0, +1, shifted to start at 0");
    }

    [Test]
    public void EdmundsonTitleWordsComeFromAHeadingOnly()
    {
        const string text = "Flood barrier plans\n\nThe council discussed a flood barrier. The bakery sold bread. The barrier is costly.";
        RankingContext context = Context(text);
        Assert.That(context.Document.Sentences[0].IsHeading, Is.True);
        double[] scores = new EdmundsonRanker(Only with { TitleWeight = 1 }).Rank(context);
        Assert.That(scores, Is.EqualTo(new[] { 0.0, 1.0, 0.0, 0.5 }).Within(1e-12), "2, 0 and 1 title words, over the maximum 2");

        double[] noHeading = new EdmundsonRanker(Only with { TitleWeight = 1 }).Rank(Context("The council discussed a flood barrier. The barrier is costly."));
        Assert.That(noHeading, Has.All.Zero);
    }

    [Test]
    public void EdmundsonLocationFavoursTheEdgesOfParagraphsAndOfTheDocument()
    {
        RankingContext context = Context("Rain fell. Rivers rose. Roads closed.\n\nShops shut. Schools opened late.");
        Assert.That(EdmundsonRanker.Paragraphs(context.Document), Is.EqualTo(new[] { 0, 0, 0, 1, 1 }));
        double[] scores = new EdmundsonRanker(Only with { LocationWeight = 1 }).Rank(context);
        // Points: first of paragraph, last of paragraph, first paragraph, last paragraph: 2, 1, 2, 2, 2.
        Assert.That(scores, Is.EqualTo(new[] { 0.5, 0, 0.5, 0.5, 0.5 }).Within(1e-12));
    }

    [Test]
    public void EdmundsonTreatsLinesAsParagraphsInTextWithoutBlankLines()
    {
        RankingContext context = Context("Rain fell. Rivers rose.\nRoads closed.\nShops shut.");
        Assert.That(EdmundsonRanker.Paragraphs(context.Document), Is.EqualTo(new[] { 0, 0, 1, 2 }));
    }

    [Test]
    public void EdmundsonByDefaultPrefersTheLeadOfANewsStory()
    {
        double[] scores = new EdmundsonRanker().Rank(Context(Story));
        Assert.That(Order(scores)[0], Is.EqualTo(0));
    }

    [Test]
    public void EdmundsonRejectsBadWeights()
    {
        Assert.That(() => new EdmundsonRanker(new EdmundsonOptions { CueWeight = -1 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("CueWeight"));
        Assert.That(() => new EdmundsonRanker(new EdmundsonOptions { TitleWeight = double.NaN }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("TitleWeight"));
        Assert.That(() => new EdmundsonRanker(Only),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("LocationWeight"));
        Assert.That(() => new EdmundsonRanker(new EdmundsonOptions { KeyWordMinFrequency = 0 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("KeyWordMinFrequency"));
    }

    [Test]
    public void EdmundsonKeyWordsFavourSentencesWithFrequentWords()
    {
        double[] scores = new EdmundsonRanker(Only with { KeyWeight = 1 }).Rank(Context(Story));
        OffTopicSentencesRankLast(scores);
    }

    [Test]
    public void CentroidSimilarityRanksTheOffTopicSentencesLast()
    {
        var options = new CentroidOptions { PositionWeight = 0, FirstSentenceWeight = 0 };
        OffTopicSentencesRankLast(new CentroidRanker(options).Rank(Context(Story)));
    }

    [Test]
    public void CentroidKeepsOnlyItsHeaviestTerms()
    {
        RankingContext context = Context(Story);
        double[] full = CentroidRanker.Centroid(context, 1000);
        double[] sorted = full.OrderDescending().ToArray();
        for (int keep = 1; keep <= 8; keep++)
        {
            double[] centroid = CentroidRanker.Centroid(context, keep);
            int kept = centroid.Count(w => w > 0);
            Assert.That(kept, Is.LessThanOrEqualTo(keep));
            Assert.That(kept, Is.EqualTo(sorted.Count(w => w > sorted[keep])), "every term heavier than the cut, none tied with it");
            Assert.That(centroid.Where(w => w > 0), Has.All.GreaterThan(sorted[keep]));
        }
    }

    [Test]
    public void CentroidPositionAndFirstSentenceTermsFollowMead()
    {
        RankingContext context = Context(Story);
        double[] positionOnly = new CentroidRanker(new CentroidOptions { CentroidWeight = 0, FirstSentenceWeight = 0 }).Rank(context);
        double[] centroidOnly = new CentroidRanker(new CentroidOptions { PositionWeight = 0, FirstSentenceWeight = 0 }).Rank(context);
        int n = context.Count;
        for (int i = 0; i < n; i++)
            Assert.That(positionOnly[i], Is.EqualTo((double)(n - i) / n * centroidOnly.Max()).Within(1e-12));

        double[] firstOnly = new CentroidRanker(new CentroidOptions { CentroidWeight = 0, PositionWeight = 0 }).Rank(context);
        Assert.That(firstOnly[0], Is.EqualTo(1).Within(1e-12));
        Assert.That(firstOnly[Cheese], Is.Zero);
    }

    [Test]
    public void CentroidRejectsBadOptions()
    {
        Assert.That(() => new CentroidRanker(new CentroidOptions { CentroidTerms = 0 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("CentroidTerms"));
        Assert.That(() => new CentroidRanker(new CentroidOptions { PositionWeight = -1 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("PositionWeight"));
        Assert.That(() => new CentroidRanker(new CentroidOptions { CentroidWeight = 0, PositionWeight = 0, FirstSentenceWeight = 0 }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("CentroidWeight"));
    }
}
