using Summarizer.Ranking;
using Summarizer.Scoring;

namespace Summarizer.Tests.Ranking;

public class TitleWeightTests
{
    // The lead is scene-setting; the sentence that says what the title says comes fourth.
    private const string Titled = """
        City opens harbour tunnel to traffic

        Commuters queued at dawn on Monday with flasks of coffee and cameras.
        Some had waited since midnight to be among the first through.
        Road workers handed out leaflets about the new bus routes.
        The harbour tunnel opened to city traffic on Monday after six years of building.
        The mayor thanked the engineers and the families who lived with the noise.
        Tolls will be free for the first month, the city said.
        """;

    private static Summary Summarize(string text, double titleWeight) =>
        new SummarizerPipelineBuilder().UseScoring(new ScoringOptions { TitleWeight = titleWeight }).Build().Summarize(text, SummaryLength.Sentences(1));

    [Test]
    public void TheSentenceThatEchoesTheTitleIsChosen()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Summarize(Titled, 0.5).Sentences[0].Text, Does.StartWith("The harbour tunnel opened"));
            Assert.That(Summarize(Titled, 0).Sentences[0].Text, Does.Not.StartWith("The harbour tunnel opened"), "without the title weight the lead wins");
        });
    }

    [Test]
    public void WithoutATitleTheWeightChangesNothing()
    {
        string untitled = Titled[(Titled.IndexOf('\n') + 1)..].TrimStart();
        var withWeight = new SummarizerPipelineBuilder().UseScoring(new ScoringOptions { TitleWeight = 2 }).Build();
        var without = new SummarizerPipelineBuilder().UseScoring(new ScoringOptions { TitleWeight = 0 }).Build();
        Assert.That(withWeight.Score(withWeight.Analyze(untitled)), Is.EqualTo(without.Score(without.Analyze(untitled))));
    }

    [Test]
    public void ANegativeTitleWeightIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SummarizerPipelineBuilder().UseScoring(new ScoringOptions { TitleWeight = -1 }).Build());
    }
}
