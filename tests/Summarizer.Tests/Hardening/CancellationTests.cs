using System.Text;
using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Hardening;

/// <summary>
/// Every public entry point honours its token, and a long document is stopped part-way: the tests cancel from inside the
/// work (a tokenizer that cancels after it has run a while, a ranker that cancels when it is done), so they do not depend on timing.
/// </summary>
public class CancellationTests
{
    /// <summary>30,000 generated sentences over a varied vocabulary.</summary>
    private static readonly Lazy<string> LongDocument = new(() =>
    {
        string[] subjects = ["The council", "An engineer", "The mayor", "A resident", "The river authority", "Our reporter"];
        string[] verbs = ["approved", "questioned", "described", "measured", "rejected", "studied"];
        string[] objects = ["the flood barrier", "the wetland channels", "the spring budget", "the harbour wall", "the new pumps", "the district map"];
        var text = new StringBuilder();
        for (int i = 0; i < 30_000; i++)
            text.Append(subjects[i % 6]).Append(' ').Append(verbs[i / 6 % 6]).Append(' ').Append(objects[i / 36 % 6]).Append(" near site ").Append(i % 997).Append(". ");
        return text.ToString();
    });

    /// <summary>Cancels its source after a number of sentences has been tokenized.</summary>
    private sealed class CancellingTokenizer(CancellationTokenSource source, int afterSentences) : Tokenizer
    {
        private int _sentences;

        public int Sentences => _sentences;

        protected override void TokenizeCore(string text, TextSpan span, ICollection<TextSpan> words)
        {
            if (Interlocked.Increment(ref _sentences) == afterSentences)
                source.Cancel();
            WordTokenizer.Instance.Tokenize(text, span, words);
        }
    }

    /// <summary>Ranks with the wrapped ranker, then cancels its source: the stages after ranking must notice.</summary>
    private sealed class CancellingRanker(CancellationTokenSource source, SentenceRanker inner) : SentenceRanker
    {
        public override string Name => "cancelling";

        protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
        {
            double[] scores = inner.Rank(context, cancellationToken);
            source.Cancel();
            return scores;
        }
    }

    [Test]
    public void AnalysisStopsPartWayThroughALongDocument()
    {
        using var source = new CancellationTokenSource();
        var tokenizer = new CancellingTokenizer(source, afterSentences: 10_000);
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseTokenizer(tokenizer).Build();
        Assert.That(() => pipeline.Summarize(LongDocument.Value, SummaryLength.Sentences(3), source.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(tokenizer.Sentences, Is.InRange(10_000, 10_000 + 256), "stopped within one polling interval, long before 30,000");
    }

    private static IEnumerable<TestCaseData> Rankers()
    {
        yield return new TestCaseData(new PacSumRanker()).SetName("PacSumLongDocument");
        yield return new TestCaseData(new TextRankRanker()).SetName("TextRankSparseGraph");
        yield return new TestCaseData(new LexRankRanker()).SetName("LexRank");
        yield return new TestCaseData(new SumBasicRanker()).SetName("SumBasic");
        yield return new TestCaseData(new KlSumRanker()).SetName("KlSum");
        yield return new TestCaseData(new LuhnRanker()).SetName("Luhn");
        yield return new TestCaseData(new CentroidRanker()).SetName("Centroid");
        yield return new TestCaseData(new EdmundsonRanker()).SetName("Edmundson");
    }

    [TestCaseSource(nameof(Rankers))]
    public void EveryRankerHonoursItsTokenOnALongDocument(SentenceRanker ranker)
    {
        SummarizerPipeline pipeline = TextSummarizer.Default;
        Document document = pipeline.Analyze(LongDocument.Value);
        var context = new RankingContext(document, pipeline.Vectorizer.Vectorize(document));
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.That(() => ranker.Rank(context, source.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void SelectionStopsWhenCancelledAfterRanking()
    {
        using var source = new CancellationTokenSource();
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseRanker(new CancellingRanker(source, LeadRanker.Instance)).Build();
        Assert.That(() => pipeline.Summarize("One sentence here. Another one there.", SummaryLength.Sentences(1), source.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void EveryEntryPointHonoursAnAlreadyCancelledToken()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        CancellationToken token = source.Token;
        SummarizerPipeline pipeline = TextSummarizer.Default;
        Document document = pipeline.Analyze(SampleTexts.HarborCity);
        const string text = SampleTexts.HarborCity;

        Assert.Multiple(() =>
        {
            Assert.That(() => TextSummarizer.Summarize(text, cancellationToken: token), Throws.InstanceOf<OperationCanceledException>(), "TextSummarizer.Summarize");
            Assert.That(() => pipeline.Analyze(text, token), Throws.InstanceOf<OperationCanceledException>(), "Analyze");
            Assert.That(() => pipeline.Score(document, token), Throws.InstanceOf<OperationCanceledException>(), "Score");
            Assert.That(() => pipeline.Summarize(text, SummaryLength.Sentences(2), token), Throws.InstanceOf<OperationCanceledException>(), "Summarize(string)");
            Assert.That(() => pipeline.Summarize(document, SummaryLength.Sentences(2), token), Throws.InstanceOf<OperationCanceledException>(), "Summarize(Document)");
            Assert.That(() => pipeline.ExtractKeywords(text, 3, token), Throws.InstanceOf<OperationCanceledException>(), "ExtractKeywords(string)");
            Assert.That(() => pipeline.ExtractKeywords(document, 3, token), Throws.InstanceOf<OperationCanceledException>(), "ExtractKeywords(Document)");
            Assert.That(() => pipeline.Analyzer.Analyze(text, token), Throws.InstanceOf<OperationCanceledException>(), "TextAnalyzer.Analyze");
            Assert.That(() => RuleBasedSentenceSplitter.Instance.Split(text, token), Throws.InstanceOf<OperationCanceledException>(), "SentenceSplitter.Split");
            Assert.That(() => pipeline.Vectorizer.Vectorize(document, token), Throws.InstanceOf<OperationCanceledException>(), "Vectorize");
        });
    }

    [Test]
    public void CancelAfterStopsSummarizingALongDocument()
    {
        // Summarize the long document again and again until the timer fires: each call either completes or throws
        // OperationCanceledException, whatever the machine's speed, and the loop ends within a bounded number of calls.
        using var source = new CancellationTokenSource();
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().Build();
        source.CancelAfter(TimeSpan.FromMilliseconds(50));
        int completed = 0;
        Assert.That(() =>
        {
            for (; completed < 10_000; completed++)
                pipeline.Summarize(LongDocument.Value, SummaryLength.Sentences(3), source.Token);
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(completed, Is.LessThan(10_000));
    }
}
