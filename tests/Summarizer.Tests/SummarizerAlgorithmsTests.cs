using Summarizer.Ranking;

namespace Summarizer.Tests;

public class SummarizerAlgorithmsTests
{
    private const string Story = """
        Heavy rain flooded the river town of Alden on Monday night. Flood water reached two hundred homes near the river.
        The town council met on Tuesday and voted for a flood barrier along the river. Engineers say the barrier will
        protect the homes from the next flood. A bakery on the hill sold bread as usual. The barrier will be built
        next year with money from the regional flood fund.
        """;

    [TestCaseSource(typeof(SummarizerAlgorithms), nameof(SummarizerAlgorithms.Names))]
    public void EveryMethodGivesAVerbatimSummaryOfTheRequestedLength(string name)
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseAlgorithm(name).Build();
        Summary summary = pipeline.Summarize(Story, SummaryLength.Sentences(2));
        Assert.That(summary.Sentences, Has.Count.EqualTo(2));
        foreach (ScoredSentence sentence in summary.Sentences)
            Assert.That(Story.Substring(sentence.Span.Start, sentence.Span.Length), Is.EqualTo(sentence.Text));
    }

    [Test]
    public void LeadTakesTheFirstSentences()
    {
        Summary summary = new SummarizerPipelineBuilder().UseAlgorithm("LEAD").Build().Summarize(Story, SummaryLength.Sentences(2));
        Assert.That(summary.Sentences.Select(s => s.Index), Is.EqualTo(new[] { 0, 1 }));
    }

    [Test]
    public void TheOffTopicSentenceIsLeftOutByTheCentralityMethods()
    {
        foreach (string name in new[] { "textrank", "default" })
        {
            Summary summary = new SummarizerPipelineBuilder().UseAlgorithm(name).Build().Summarize(Story, SummaryLength.Sentences(3));
            Assert.That(summary.Sentences.Select(s => s.Text), Has.None.Contains("bakery"), name);
        }

        // The story is hard-wrapped and read as six whole sentences. LexRank's self-loop (see LexRankRanker) keeps a
        // sentence similar to no other at the average score 1/n, above weakly connected ones, so among six sentences it
        // may reach a summary of three; it is still never among the best two.
        Summary lexrank = new SummarizerPipelineBuilder().UseAlgorithm("lexrank").Build().Summarize(Story, SummaryLength.Sentences(2));
        Assert.That(lexrank.Sentences.Select(s => s.Text), Has.None.Contains("bakery"), "lexrank");
    }

    [Test]
    public void DefaultUndoesAnEarlierMethod()
    {
        Summary viaDefault = new SummarizerPipelineBuilder().UseAlgorithm("lsa").UseAlgorithm("default").Build().Summarize(Story, SummaryLength.Sentences(2));
        Summary plain = new SummarizerPipelineBuilder().Build().Summarize(Story, SummaryLength.Sentences(2));
        Assert.That(viaDefault.Sentences.Select(s => (s.Index, s.Score)), Is.EqualTo(plain.Sentences.Select(s => (s.Index, s.Score))));
    }

    [Test]
    public void UnknownNamesAreRejectedWithTheKnownOnes()
    {
        Assert.That(() => new SummarizerPipelineBuilder().UseAlgorithm("pagerank"),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("name").And.Message.Contains("lexrank"));
        Assert.That(() => new SummarizerPipelineBuilder().UseAlgorithm(null!), Throws.ArgumentNullException);
        Assert.That(SummarizerAlgorithms.IsKnown("SumBasic"), Is.True);
        Assert.That(SummarizerAlgorithms.IsKnown(null), Is.False);
        Assert.That(SummarizerAlgorithms.Names[0], Is.EqualTo("default"));
    }
}
