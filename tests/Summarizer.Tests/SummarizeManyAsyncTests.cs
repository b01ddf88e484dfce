using System.Runtime.CompilerServices;
using Summarizer.Ranking;

namespace Summarizer.Tests;

public class SummarizeManyAsyncTests
{
    private static readonly SummaryLength TwoSentences = SummaryLength.Sentences(2);

    /// <summary>Texts from one sentence to a few hundred, in an order where long and short ones alternate.</summary>
    private static string Story(int i)
    {
        int sentences = i % 3 == 0 ? 1 + i * 7 % 300 : 1 + i % 5;
        var text = new System.Text.StringBuilder();
        for (int s = 0; s < sentences; s++)
            text.Append($"Report {i} line {s} says town {i} saw event {s % 7} near river {s % 3}. ");
        return text.ToString();
    }

    /// <summary>An async source that counts how many elements have been read from it.</summary>
    private sealed class CountingSource(Func<int, string> texts, int count = int.MaxValue)
    {
        private int _reads;

        public int Reads => Volatile.Read(ref _reads);

        public async IAsyncEnumerable<string> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            for (int i = 0; i < count; i++)
            {
                await Task.Yield();
                cancellationToken.ThrowIfCancellationRequested();
                Interlocked.Increment(ref _reads);
                yield return texts(i);
            }
        }
    }

    /// <summary>Lead ranking that records how many documents are being ranked at once, and fails on a marked document.</summary>
    /// <remarks>
    /// With a gate, the first documents wait (up to ten seconds) until that many are being ranked together, so the
    /// bound is reached deterministically rather than by the luck of scheduling.
    /// </remarks>
    private sealed class ObservingRanker(int gate = 0) : SentenceRanker
    {
        private readonly CountdownEvent? _gate = gate > 0 ? new CountdownEvent(gate) : null;
        private int _arrived;
        private int _running;
        private int _maxRunning;

        public int MaxRunning => Volatile.Read(ref _maxRunning);

        public override string Name => "observing";

        protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
        {
            int running = Interlocked.Increment(ref _running);
            int seen;
            while (running > (seen = Volatile.Read(ref _maxRunning)) && Interlocked.CompareExchange(ref _maxRunning, running, seen) != seen)
            {
            }

            try
            {
                if (context.Document.Text.Contains("POISON", StringComparison.Ordinal))
                    throw new InvalidOperationException("cannot rank a poisoned document");
                if (_gate is not null && Interlocked.Increment(ref _arrived) <= _gate.InitialCount)
                {
                    _gate.Signal();
                    _gate.Wait(TimeSpan.FromSeconds(10), cancellationToken);
                }

                return LeadRanker.Instance.Rank(context, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }
    }

    [Test]
    public async Task YieldsOneSummaryPerTextInInputOrder()
    {
        SummarizerPipeline pipeline = TextSummarizer.Default;
        var source = new CountingSource(Story, 60);
        var results = new List<Summary>();
        await foreach (Summary summary in pipeline.SummarizeManyAsync(source.ReadAsync(), TwoSentences, maxDegreeOfParallelism: 4))
            results.Add(summary);

        Assert.That(results, Has.Count.EqualTo(60));
        for (int i = 0; i < results.Count; i++)
        {
            Assert.That(results[i].Text, Is.EqualTo(Story(i)), $"summary {i} is of text {i}");
            Assert.That(results[i].Sentences.Select(s => s.Text), Is.EqualTo(pipeline.Summarize(Story(i), TwoSentences).Sentences.Select(s => s.Text)));
        }
    }

    [Test]
    public async Task RunsAtMostTheGivenNumberAtOnceAndReadsAheadAtMostTwiceThat()
    {
        const int parallelism = 3;
        var ranker = new ObservingRanker(gate: parallelism);
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseRanker(ranker).Build();
        var source = new CountingSource(Story, 40);
        int received = 0;
        await foreach (Summary summary in pipeline.SummarizeManyAsync(source.ReadAsync(), TwoSentences, parallelism))
        {
            Assert.That(source.Reads, Is.LessThanOrEqualTo(received + 2 * parallelism), "texts read ahead of the one yielded");
            received++;
        }

        Assert.That(received, Is.EqualTo(40));
        Assert.That(ranker.MaxRunning, Is.EqualTo(parallelism), "documents summarized at once: in parallel, and never more than asked");
    }

    [Test]
    public void CancellationStopsAnEndlessStreamWithOperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        var source = new CountingSource(Story);
        int received = 0;

        Assert.That(async () =>
        {
            await foreach (Summary summary in TextSummarizer.Default.SummarizeManyAsync(source.ReadAsync(), TwoSentences, 2, cancel.Token))
            {
                if (++received == 5)
                    await cancel.CancelAsync();
            }
        }, Throws.InstanceOf<OperationCanceledException>());
        Assert.That(received, Is.EqualTo(5));
        Assert.That(source.Reads, Is.LessThanOrEqualTo(5 + 2 * 2), "the endless source was read only as far as the window");
    }

    [Test]
    public void AFailingDocumentSurfacesAfterTheSummariesBeforeIt()
    {
        var pipeline = new SummarizerPipelineBuilder().UseRanker(new ObservingRanker()).Build();
        var source = new CountingSource(i => i == 7 ? "This POISON document fails. It has two sentences." : Story(i), 30);
        var received = new List<string>();

        Assert.That(async () =>
        {
            await foreach (Summary summary in pipeline.SummarizeManyAsync(source.ReadAsync(), TwoSentences, 4))
                received.Add(summary.Text);
        }, Throws.InvalidOperationException.With.Message.EqualTo("cannot rank a poisoned document"));
        Assert.That(received, Is.EqualTo(Enumerable.Range(0, 7).Select(Story)));
    }

    [Test]
    public async Task TextSummarizerStreamsWithTheDefaultPipeline()
    {
        var results = new List<Summary>();
        await foreach (Summary summary in TextSummarizer.SummarizeManyAsync(new CountingSource(Story, 5).ReadAsync()))
            results.Add(summary);
        Assert.That(results.Select(r => r.Text), Is.EqualTo(Enumerable.Range(0, 5).Select(Story)));
        Assert.That(results.Select(r => r.Sentences.Count), Is.All.InRange(1, 3));
    }

    [Test]
    public void InvalidArgumentsThrowAtTheCall()
    {
        IAsyncEnumerable<string> texts = new CountingSource(Story, 1).ReadAsync();
        Assert.That(() => TextSummarizer.Default.SummarizeManyAsync(null!, TwoSentences), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("texts"));
        Assert.That(() => TextSummarizer.Default.SummarizeManyAsync(texts, null!), Throws.ArgumentNullException.With.Property("ParamName").EqualTo("length"));
        Assert.That(() => TextSummarizer.Default.SummarizeManyAsync(texts, TwoSentences, 0), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void ThePipelineIsAnISummarizer()
    {
        ISummarizer summarizer = TextSummarizer.Default;
        Summary summary = summarizer.Summarize("The river rose in the night. The town council met at dawn to plan repairs.", SummaryLength.Sentences(1));
        Assert.That(summary.Sentences, Has.Count.EqualTo(1));
    }
}
