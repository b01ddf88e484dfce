using Summarizer.Ranking;

namespace Summarizer.Tests.Hardening;

/// <summary>Minimal inputs for the failures the property tests and the fuzzing driver found, one test each.</summary>
public class RegressionTests
{
    [Test]
    public void RanksFollowScoresWhenAShortSentenceIsChosenToReachTheCount()
    {
        // Position alone scores the short first sentence highest; selection takes the proper sentence first and the
        // short one only to reach two sentences. Rank 1 must still be the better-scored sentence.
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseRanker(LeadRanker.Instance).UseScoring(ScoringOptions.CentralityOnly).Build();
        Summary summary = pipeline.Summarize("Floods return. The council will vote on a new flood barrier next week.", SummaryLength.Sentences(2));
        Assert.That(summary.ByRank.Select(s => s.Text), Is.EqualTo(new[] { "Floods return.", "The council will vote on a new flood barrier next week." }));
        Assert.That(summary.ByRank.Select(s => s.Score), Is.Ordered.Descending);
    }
}
