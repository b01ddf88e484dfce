using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;
using Summarizer.Weighting;

namespace Summarizer.Tests.Selection;

/// <summary>Greedy selection on its own: scores are given, so each test states exactly which sentences compete.</summary>
public class SentenceSelectorTests
{
    private static readonly SummarizerPipeline Analysis = new SummarizerPipelineBuilder().UseLanguage(Language.English).Build();

    // 0: a title line; 1-4: ordinary sentences (3 nearly repeats 1; 4 is the shortest); 5: a short one after 4 on its line.
    private const string Report = """
        Ferry Timetable Changes

        The island ferry will run every forty minutes from the first of June, the operator said on Friday.
        Extra crossings are planned on weekends when visitors fill the car deck by mid morning.
        The ferry will run every forty minutes from June, the operator said on Friday afternoon.
        Fares for residents stay the same this year. It sails early.
        """;

    private static RankingContext Context(string text)
    {
        Document document = Analysis.Analyze(text);
        return new RankingContext(document, new TfIdfVectorizer().Vectorize(document));
    }

    private static List<int> Select(double[] scores, SummaryLength length, SelectionOptions? options = null) =>
        SentenceSelector.Select(Context(Report), scores, length, options ?? new SelectionOptions());

    [Test]
    public void TheTextHasTheSentencesTheTestsAssume()
    {
        RankingContext context = Context(Report);
        Assert.That(context.Count, Is.EqualTo(6));
        Assert.That(context.Document.Sentences[0].GetText(Report), Is.EqualTo("Ferry Timetable Changes"));
    }

    [Test]
    public void BestScoresComeFirstAndTiesGoToTheEarlierSentence()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Select([0, 0.1, 0.9, 0.2, 0.5, 0], SummaryLength.Sentences(2)), Is.EqualTo(new[] { 2, 4 }));
            Assert.That(Select([0, 0.5, 0.5, 0.1, 0.5, 0], SummaryLength.Sentences(2)), Is.EqualTo(new[] { 1, 2 }));
        });
    }

    [Test]
    public void ANearRepeatOfAChosenSentenceIsSkippedUnlessRedundancyIsAllowed()
    {
        double[] scores = [0, 0.9, 0.2, 0.8, 0.1, 0];
        Assert.Multiple(() =>
        {
            Assert.That(Select(scores, SummaryLength.Sentences(2)), Is.EqualTo(new[] { 1, 2 }), "sentence 3 repeats sentence 1");
            Assert.That(Select(scores, SummaryLength.Sentences(2), new SelectionOptions { MaxSimilarity = 1 }), Is.EqualTo(new[] { 1, 3 }));
        });
    }

    [Test]
    public void AWordBudgetIsFilledByLowerRankedSentencesThatStillFit()
    {
        RankingContext context = Context(Report);
        double[] scores = [0, 0.9, 0.8, 0.1, 0.7, 0];
        int first = context.Document.GetWordCount(1), fourth = context.Document.GetWordCount(4);
        List<int> chosen = SentenceSelector.Select(context, scores, SummaryLength.Words(first + fourth), new SelectionOptions(), default, out bool overBudget);

        Assert.Multiple(() =>
        {
            Assert.That(chosen, Is.EqualTo(new[] { 1, 4 }), "sentence 2 does not fit beside sentence 1; sentence 4 does");
            Assert.That(overBudget, Is.False);
        });
    }

    [Test]
    public void WhenNoRealSentenceFitsTheBestOneIsReturnedOverBudgetNeverTheTitle()
    {
        RankingContext context = Context(Report);
        double[] scores = [1, 0.2, 0.9, 0.1, 0.3, 0];
        List<int> chosen = SentenceSelector.Select(context, scores, SummaryLength.Words(2), new SelectionOptions(), default, out bool overBudget);

        Assert.Multiple(() =>
        {
            Assert.That(chosen, Is.EqualTo(new[] { 2 }), "the best real sentence, although the title scores higher");
            Assert.That(overBudget, Is.True);
        });
    }

    [Test]
    public void ATitleLineIsChosenOnlyWhenHeadingsAreIncluded()
    {
        double[] scores = [1, 0.2, 0.9, 0.1, 0.3, 0];
        Assert.Multiple(() =>
        {
            Assert.That(Select(scores, SummaryLength.Sentences(1)), Is.EqualTo(new[] { 2 }));
            Assert.That(Select(scores, SummaryLength.Sentences(1), new SelectionOptions { IncludeHeadings = true, MinWords = 0 }), Is.EqualTo(new[] { 0 }));
        });
    }

    [Test]
    public void AShortSentenceIsUsedOnlyToReachTheRequestedCount()
    {
        double[] scores = [0, 0.1, 0.2, 0.05, 0.3, 1];
        Assert.Multiple(() =>
        {
            Assert.That(Select(scores, SummaryLength.Sentences(2)), Is.EqualTo(new[] { 4, 2 }), "'It sails early.' has fewer than MinWords words");
            Assert.That(Select(scores, SummaryLength.Sentences(5)), Does.Contain(5));
        });
    }

    [Test]
    public void ACancelledSelectionThrows()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.That(() => SentenceSelector.Select(Context(Report), [0, 1, 2, 3, 4, 5], SummaryLength.Sentences(2), new SelectionOptions(), cancelled.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
