using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Scoring;

namespace Summarizer.Tests;

/// <summary>The graded ladder of inputs, the length policies and the pipeline's guarantees.</summary>
public class SummarizerPipelineTests
{
    private const string Article = """
        Harbor City Votes for a Flood Barrier

        The Harbor City council voted on Tuesday to build a flood barrier along the Alder River.
        The barrier will protect the Riverside district, which flooded three times in ten years.
        A bakery on Main Street changed its opening hours last week.
        Engineers say the flood barrier will include channels that carry river water into a wetland.
        Construction of the barrier begins in the spring and should end by 2028.
        The mayor said the council vote on the barrier was the most important of her term.

        Previous Article
        """;

    private static string[] Texts(Summary summary) => summary.Sentences.Select(s => s.Text).ToArray();

    [Test]
    public void NullTextThrows() =>
        Assert.That(() => TextSummarizer.Summarize(null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("text"));

    [Test]
    public void NullLengthThrows() =>
        Assert.That(() => TextSummarizer.Default.Summarize("A text.", null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("length"));

    [TestCase("")]
    [TestCase("   \n\t  \r\n ")]
    public void EmptyOrBlankTextGivesEmptySummary(string text)
    {
        Summary summary = TextSummarizer.Summarize(text);
        Assert.That(summary.IsEmpty, Is.True);
        Assert.That(summary.DocumentSentenceCount, Is.Zero);
        Assert.That(summary.ToString(), Is.Empty);
    }

    [Test]
    public void OneSentenceIsItsOwnSummary()
    {
        Summary summary = TextSummarizer.Summarize("  Only one sentence here.  ");
        Assert.That(Texts(summary), Is.EqualTo(new[] { "Only one sentence here." }));
        Assert.That(summary.Sentences[0].Span, Is.EqualTo(new Summarizer.Text.TextSpan(2, 23)));
        Assert.That(summary.Sentences[0].Rank, Is.EqualTo(1));
    }

    [Test]
    public void TwoSentencesWithThreeRequestedGivesBoth()
    {
        Summary summary = TextSummarizer.Summarize("The first sentence is about rivers. The second one is about cheese.");
        Assert.That(Texts(summary), Is.EqualTo(new[] { "The first sentence is about rivers.", "The second one is about cheese." }));
    }

    [Test]
    public void StopWordsOnlyStillGivesASentence()
    {
        Summary summary = TextSummarizer.Summarize("It is as it is. It was as it was.", SummaryLength.Sentences(1));
        Assert.That(summary.Sentences, Has.Count.EqualTo(1));
        Assert.That(summary.Sentences[0].Text, Is.EqualTo("It is as it is."), "ties go to the earlier sentence");
    }

    [Test]
    public void DuplicateSentencesAreNotRepeated()
    {
        const string text = "The river flooded the town again. The river flooded the town again. The council will build a barrier. The river flooded the town again.";
        Summary summary = TextSummarizer.Summarize(text, SummaryLength.Sentences(3));
        Assert.That(Texts(summary), Is.Unique);
        Assert.That(Texts(summary), Is.EquivalentTo(new[] { "The river flooded the town again.", "The council will build a barrier." }));
    }

    [Test]
    public void TextWithoutPunctuationStillYieldsSentences()
    {
        const string text = "river levels rose overnight across the valley\nthe council met to discuss the flood barrier plan\nresidents were told to move cars to higher ground";
        Summary summary = TextSummarizer.Summarize(text, SummaryLength.Sentences(2));
        Assert.That(summary.DocumentSentenceCount, Is.GreaterThanOrEqualTo(1));
        Assert.That(summary.Sentences, Is.Not.Empty);
        foreach (ScoredSentence s in summary.Sentences)
            Assert.That(text.Substring(s.Span.Start, s.Span.Length), Is.EqualTo(s.Text));
    }

    [Test]
    public void HeadingsAndNavigationLinesAreNotChosen()
    {
        Summary summary = TextSummarizer.Summarize(Article, SummaryLength.Sentences(10));
        Assert.That(Texts(summary), Has.None.EqualTo("Harbor City Votes for a Flood Barrier"));
        Assert.That(Texts(summary), Has.None.EqualTo("Previous Article"));
    }

    [Test]
    public void ChoosesTheCentralSentencesAndSkipsTheOffTopicOne()
    {
        Summary summary = TextSummarizer.Summarize(Article, SummaryLength.Sentences(3));
        Assert.That(summary.Sentences, Has.Count.EqualTo(3));
        Assert.That(Texts(summary), Has.None.Contains("bakery"));
        Assert.That(Texts(summary)[0], Does.StartWith("The Harbor City council voted"));
    }

    [Test]
    public void SentencesAreInDocumentOrderAndByRankIsBestFirst()
    {
        Summary summary = TextSummarizer.Summarize(Article, SummaryLength.Sentences(3));
        Assert.That(summary.Sentences.Select(s => s.Index), Is.Ordered.Ascending);
        Assert.That(summary.ByRank.Select(s => s.Rank), Is.EqualTo(new[] { 1, 2, 3 }));
        Assert.That(summary.ByRank.Select(s => s.Score), Is.Ordered.Descending);
        Assert.That(summary.InOrder(SummaryOrder.Rank), Is.SameAs(summary.ByRank));
    }

    [Test]
    public void WordBudgetIsRespectedButNeverEmpty()
    {
        Summary summary = TextSummarizer.Summarize(Article, SummaryLength.Words(35));
        int words = summary.Sentences.Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.That(words, Is.LessThanOrEqualTo(35));
        Assert.That(summary.Sentences, Is.Not.Empty);

        Summary tiny = TextSummarizer.Summarize(Article, SummaryLength.Words(1));
        Assert.That(tiny.Sentences, Has.Count.EqualTo(1), "the best sentence even when it exceeds the budget");
    }

    [Test]
    public void CharacterBudgetIsRespected()
    {
        Summary summary = TextSummarizer.Summarize(Article, SummaryLength.Characters(200));
        Assert.That(summary.ToString().Length, Is.LessThanOrEqualTo(200));
        Assert.That(summary.Sentences.Count, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public void RatioChoosesAFractionOfTheSentences()
    {
        Summary summary = TextSummarizer.Summarize(Article, SummaryLength.Ratio(0.25));
        Assert.That(summary.DocumentSentenceCount, Is.EqualTo(8));
        Assert.That(summary.Sentences, Has.Count.EqualTo(2));
    }

    [TestCase(0)]
    [TestCase(-3)]
    public void InvalidSentenceCountThrowsNamingTheParameter(int count) =>
        Assert.That(() => SummaryLength.Sentences(count), Throws.InstanceOf<ArgumentOutOfRangeException>()
            .With.Property("ParamName").EqualTo("count").And.Property("ActualValue").EqualTo(count));

    [TestCase(0.0)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void InvalidRatioThrows(double ratio) =>
        Assert.That(() => SummaryLength.Ratio(ratio), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("ratio"));

    [Test]
    public void InvalidOptionsFailAtBuild()
    {
        Assert.That(() => new SummarizerPipelineBuilder().UseRedundancyFilter(0).Build(),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("MaxSimilarity"));
        Assert.That(() => new SummarizerPipelineBuilder().UseScoring(new ScoringOptions { PositionWeight = -1 }).Build(),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("PositionWeight"));
        Assert.That(() => new SummarizerPipelineBuilder().UseTextRank(new TextRankOptions { Tolerance = 0 }).Build(),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("Tolerance"));
        Assert.That(() => new SummarizerPipelineBuilder().UseSelection(new SelectionOptions { MinWords = -1 }).Build(),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("MinWords"));
    }

    [Test]
    public void OverlongSentencesAreChosenOnlyWhenNothingElseIsLeft()
    {
        // A 70-word run-on (what an unsplit table or list looks like) first, then two ordinary sentences.
        string runOn = "Results " + string.Join(" ", Enumerable.Range(1, 68).Select(i => $"item{i}")) + " ended.";
        string text = runOn + " The council approved the new flood barrier. Engineers start work next spring.";
        SummarizerPipelineBuilder ByPosition() => new SummarizerPipelineBuilder().UseRanker(LeadRanker.Instance).UseScoring(ScoringOptions.CentralityOnly);

        Summary capped = ByPosition().Build().Summarize(text, SummaryLength.Sentences(1));
        Assert.That(capped.Sentences.Single().Text, Is.EqualTo("The council approved the new flood barrier."), "default MaxWords is 60");

        Summary uncapped = ByPosition().UseSelection(new SelectionOptions { MaxWords = 0 }).Build().Summarize(text, SummaryLength.Sentences(1));
        Assert.That(uncapped.Sentences.Single().Text, Is.EqualTo(runOn));

        Summary onlyLong = ByPosition().Build().Summarize(runOn, SummaryLength.Sentences(1));
        Assert.That(onlyLong.Sentences.Single().Text, Is.EqualTo(runOn), "a long sentence is still better than an empty summary");
        Assert.That(() => new SummarizerPipelineBuilder().UseSelection(new SelectionOptions { MaxWords = -1 }).Build(),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("MaxWords"));
    }

    [Test]
    public void RedundancyFilterCanBeLoosened()
    {
        const string text = "The river flooded the old town. The river flooded the old town badly. A council plans a barrier.";
        // Rank by position alone, so the two near-duplicates are the top two candidates.
        SummarizerPipeline strict = new SummarizerPipelineBuilder().UseRanker(LeadRanker.Instance).UseScoring(ScoringOptions.CentralityOnly).UseRedundancyFilter(0.5).Build();
        SummarizerPipeline loose = new SummarizerPipelineBuilder().UseRanker(LeadRanker.Instance).UseScoring(ScoringOptions.CentralityOnly).UseRedundancyFilter(1.0).Build();
        Assert.That(strict.Summarize(text, SummaryLength.Sentences(2)).Sentences.Count(s => s.Text.Contains("flooded")), Is.EqualTo(1));
        Assert.That(loose.Summarize(text, SummaryLength.Sentences(2)).Sentences.Count(s => s.Text.Contains("flooded")), Is.EqualTo(2));
    }

    [Test]
    public void SameInputGivesSameOutput()
    {
        string first = Describe(TextSummarizer.Summarize(Article));
        string second = Describe(new SummarizerPipelineBuilder().Build().Summarize(Article, SummaryLength.Sentences(3)));
        Assert.That(second, Is.EqualTo(first));

        static string Describe(Summary s) => string.Join("|", s.ByRank.Select(x => $"{x.Index}:{x.Score:R}:{x.Rank}"));
    }

    [Test]
    public void OnePipelineServesManyThreadsWithSequentialResults()
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().Build();
        string[] inputs = Enumerable.Range(0, 64).Select(i => Article.Replace("Tuesday", $"day {i}", StringComparison.Ordinal)).ToArray();
        string[] sequential = inputs.Select(t => pipeline.Summarize(t, SummaryLength.Sentences(3)).ToString()).ToArray();
        string[] parallel = new string[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = pipeline.Summarize(inputs[i], SummaryLength.Sentences(3)).ToString());
        Assert.That(parallel, Is.EqualTo(sequential));
    }

    [Test]
    public void CancellationStopsTheWork()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(() => TextSummarizer.Summarize(Article, cancellationToken: cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void ScoresCoverEverySentence()
    {
        var document = TextSummarizer.Default.Analyze(Article);
        IReadOnlyList<double> scores = TextSummarizer.Default.Score(document);
        Assert.That(scores, Has.Count.EqualTo(document.Sentences.Count));
        Assert.That(scores.All(double.IsFinite), Is.True);
    }
}
