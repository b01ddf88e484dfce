using Summarizer.Ranking;
using Summarizer.Scoring;
using Summarizer.Segmentation;

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

    [Test]
    public void QuotedPassagesAreJudgedWithoutWalkingEveryRange()
    {
        // Terminators among thousands of brackets and quotes on one line: each terminator used to walk every range
        // opened before it, so a megabyte of punctuation took minutes. The result must also stay what it was.
        string text = string.Concat(Enumerable.Repeat("He said (this is it. Really) and [so? Yes] left. ", 20_000));
        var splitter = new RuleBasedSentenceSplitter(new SentenceSplitterOptions { KeepQuotationsWhole = false });
        var sentences = splitter.Split(text);
        SummaryInvariants.CheckDocument(text, sentences, "brackets");
        Assert.That(sentences, Has.Count.EqualTo(20_000), "terminators in brackets are protected; each final period ends a sentence");
    }

    [Test]
    public void SupportedLanguagesAreListedInAStableOrder() =>
        // The list came straight from a frozen dictionary, whose key order is unspecified.
        Assert.That(RuleBasedSentenceSplitter.SupportedLanguages, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal).And.Contains("en"));
}
