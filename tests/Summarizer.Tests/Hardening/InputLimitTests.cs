using Summarizer.Text;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Hardening;

/// <summary>The input-length limit, and inputs that stress one stage each: they must complete with a valid summary.</summary>
public class InputLimitTests
{
    /// <summary>A splitter that records whether it was ever asked to work.</summary>
    private sealed class WatchingSplitter : SentenceSplitter
    {
        public int Calls;

        protected override void SplitCore(string text, List<Sentence> sentences, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            RuleBasedSentenceSplitter.Instance.Split(text).ToList().ForEach(sentences.Add);
        }
    }

    [Test]
    public void TheDefaultLimitIsTenMillionCharacters()
    {
        Assert.That(TextSummarizer.Default.MaxInputLength, Is.EqualTo(10_000_000));
        Assert.That(SummarizerPipeline.DefaultMaxInputLength, Is.EqualTo(10_000_000));
    }

    [Test]
    public void TextOverTheLimitIsRejectedBeforeAnyWorkNamingBothLengths()
    {
        var splitter = new WatchingSplitter();
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseSentenceSplitter(splitter).UseMaxInputLength(100).Build();
        string text = new string('a', 96) + ". Bb.";

        Assert.That(() => pipeline.Summarize(text, SummaryLength.Sentences(1)), Throws.ArgumentException
            .With.Property("ParamName").EqualTo("text")
            .And.Message.Contains("101 characters").And.Message.Contains("at most 100"));
        Assert.That(() => pipeline.Analyze(text), Throws.ArgumentException);
        Assert.That(() => pipeline.ExtractKeywords(text, 3), Throws.ArgumentException);
        Assert.That(() => TextSummarizer.Summarize(text, pipeline: pipeline), Throws.ArgumentException);
        Assert.That(splitter.Calls, Is.Zero, "rejected before splitting");

        Assert.That(pipeline.Summarize(text[..100], SummaryLength.Sentences(1)).IsEmpty, Is.False, "exactly the limit is accepted");
        Assert.That(splitter.Calls, Is.EqualTo(1));
    }

    [TestCase(0)]
    [TestCase(-5)]
    public void TheLimitMustBePositive(int limit) =>
        Assert.That(() => new SummarizerPipelineBuilder().UseMaxInputLength(limit).Build(),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("maxLength").And.Property("ActualValue").EqualTo(limit));

    [Test]
    public void FiveMegabytesWithoutPunctuation()
    {
        string text = PathologicalInputs.NoPunctuation(5_000_000);
        Summary summary = SummaryInvariants.CheckOnce(TextSummarizer.Default, text, SummaryLength.Sentences(3));
        // A run without punctuation is cut into sentence-like units (UnpunctuatedRuns), so the summary is three of them,
        // not the whole five megabytes (the generated words repeat, so the redundancy filter may keep fewer).
        Assert.That(summary.DocumentSentenceCount, Is.GreaterThan(10_000));
        Assert.That(summary.Sentences, Has.Count.InRange(1, 3));
        Assert.That(summary.Sentences.Sum(s => s.Span.Length), Is.LessThan(2_000));
    }

    [Test]
    public void AHundredThousandIdenticalSentences()
    {
        string text = PathologicalInputs.IdenticalSentences(100_000);
        Summary summary = SummaryInvariants.CheckOnce(TextSummarizer.Default, text, SummaryLength.Sentences(3));
        Assert.That(summary.DocumentSentenceCount, Is.EqualTo(100_000));
        Assert.That(summary.Sentences, Has.Count.EqualTo(1), "the copies are redundant");
    }

    [Test]
    public void OneMegabyteToken()
    {
        string text = PathologicalInputs.OneToken(1_000_000);
        Summary summary = SummaryInvariants.CheckOnce(TextSummarizer.Default, text, SummaryLength.Words(50));
        Assert.That(summary.Sentences.Single().Text, Has.Length.EqualTo(1_000_000));
    }

    [Test]
    public void OneMegabyteOfPunctuation()
    {
        string text = PathologicalInputs.OnlyPunctuation(1_000_000);
        SummaryInvariants.CheckOnce(TextSummarizer.Default, text, SummaryLength.Sentences(3));
        SummaryInvariants.CheckOnce(TextSummarizer.Default, text, SummaryLength.Characters(100));
    }
}
