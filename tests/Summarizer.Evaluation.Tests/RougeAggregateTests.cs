namespace Summarizer.Evaluation.Tests;

public class RougeAggregateTests
{
    private static RougeScores Document(double value) => new(
        new RougeScore(value, value / 2, value / 3),
        new RougeScore(value / 4, value / 5, value / 6),
        new RougeScore(value / 7, value / 8, value / 9),
        new RougeScore(value / 10, value / 11, value / 12));

    private static List<RougeScores> Corpus(int count) =>
        Enumerable.Range(0, count).Select(i => Document(((i * 37) % 101) / 100.0)).ToList();

    [Test]
    public void Compute_ReportsTheMeanOfEachValue()
    {
        RougeCorpusScore corpus = RougeAggregate.Compute([Document(0.2), Document(0.4), Document(0.9)]);

        Assert.Multiple(() =>
        {
            Assert.That(corpus.DocumentCount, Is.EqualTo(3));
            Assert.That(corpus.Rouge1.Mean.Precision, Is.EqualTo(0.5).Within(1e-15));
            Assert.That(corpus.Rouge1.Mean.Recall, Is.EqualTo(0.25).Within(1e-15));
            Assert.That(corpus.Rouge2.Mean.F1, Is.EqualTo(0.5 / 6).Within(1e-15));
            Assert.That(corpus.RougeL.Mean.Recall, Is.EqualTo(0.5 / 8).Within(1e-15));
            Assert.That(corpus.RougeLsum.Mean.F1, Is.EqualTo(0.5 / 12).Within(1e-15));
            Assert.That(corpus.Get(RougeMetric.RougeL), Is.SameAs(corpus.RougeL));
        });
    }

    [Test]
    public void Compute_IntervalContainsTheMean()
    {
        RougeCorpusScore corpus = RougeAggregate.Compute(Corpus(60));

        Assert.Multiple(() =>
        {
            foreach (RougeMetric metric in RougeScores.Metrics)
            {
                RougeEstimate estimate = corpus.Get(metric);
                Assert.That(estimate.Mean.Precision, Is.InRange(estimate.Low.Precision, estimate.High.Precision), $"{metric} precision");
                Assert.That(estimate.Mean.Recall, Is.InRange(estimate.Low.Recall, estimate.High.Recall), $"{metric} recall");
                Assert.That(estimate.Mean.F1, Is.InRange(estimate.Low.F1, estimate.High.F1), $"{metric} F1");
                Assert.That(estimate.Low.F1, Is.LessThan(estimate.High.F1), $"{metric} interval has width");
            }
        });
    }

    [Test]
    public void Compute_IsDeterministicForASeed()
    {
        List<RougeScores> scores = Corpus(40);

        RougeCorpusScore first = RougeAggregate.Compute(scores, bootstrapSamples: 500, seed: 7);
        RougeCorpusScore again = RougeAggregate.Compute(scores, bootstrapSamples: 500, seed: 7);
        RougeCorpusScore otherSeed = RougeAggregate.Compute(scores, bootstrapSamples: 500, seed: 8);

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(first));
            Assert.That(otherSeed.Rouge1.Low, Is.Not.EqualTo(first.Rouge1.Low));
            Assert.That(otherSeed.Rouge1.Mean, Is.EqualTo(first.Rouge1.Mean));
        });
    }

    [Test]
    public void Compute_UsesTheDocumentedDefaults()
    {
        RougeCorpusScore corpus = RougeAggregate.Compute(Corpus(10));

        Assert.Multiple(() =>
        {
            Assert.That(corpus.BootstrapSamples, Is.EqualTo(1000));
            Assert.That(corpus.Seed, Is.EqualTo(42));
            Assert.That(corpus.ConfidenceLevel, Is.EqualTo(0.95));
            Assert.That(RougeAggregate.Compute(Corpus(10), 1000, 42, 0.95), Is.EqualTo(corpus));
        });
    }

    [Test]
    public void Compute_GivesTheTextbookIntervalForALargeSample()
    {
        // 400 documents scoring 0 or 1: mean 0.5, standard error 0.025, so a 95% interval of about 0.5 +- 0.049.
        List<RougeScores> scores = Enumerable.Range(0, 400).Select(i => Document(i % 2)).ToList();

        RougeEstimate rouge1 = RougeAggregate.Compute(scores).Rouge1;

        Assert.Multiple(() =>
        {
            Assert.That(rouge1.Mean.Precision, Is.EqualTo(0.5));
            Assert.That(rouge1.Low.Precision, Is.EqualTo(0.451).Within(0.01));
            Assert.That(rouge1.High.Precision, Is.EqualTo(0.549).Within(0.01));
        });
    }

    [Test]
    public void Compute_NarrowsTheIntervalAtALowerConfidenceLevel()
    {
        List<RougeScores> scores = Corpus(50);

        RougeEstimate wide = RougeAggregate.Compute(scores, confidenceLevel: 0.95).Rouge1;
        RougeEstimate narrow = RougeAggregate.Compute(scores, confidenceLevel: 0.5).Rouge1;

        Assert.That(narrow.High.F1 - narrow.Low.F1, Is.LessThan(wide.High.F1 - wide.Low.F1));
    }

    [Test]
    public void Compute_OfOneDocumentCollapsesTheInterval()
    {
        RougeEstimate estimate = RougeAggregate.Compute([Document(0.6)]).RougeL;

        Assert.Multiple(() =>
        {
            Assert.That(estimate.Low, Is.EqualTo(estimate.Mean));
            Assert.That(estimate.High, Is.EqualTo(estimate.Mean));
        });
    }

    [TestCase(0.025, 1.075)]
    [TestCase(0.5, 2.5)]
    [TestCase(0.975, 3.925)]
    [TestCase(0.0, 1.0)]
    [TestCase(1.0, 4.0)]
    public void Quantile_InterpolatesLinearlyLikeNumpyPercentile(double q, double expected)
    {
        Assert.That(RougeAggregate.Quantile([1.0, 2.0, 3.0, 4.0], q), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Compute_RejectsBadArguments()
    {
        List<RougeScores> scores = Corpus(3);

        Assert.Multiple(() =>
        {
            Assert.That(() => RougeAggregate.Compute(null!),
                Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("scores"));
            Assert.That(() => RougeAggregate.Compute([]),
                Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("scores"));
            Assert.That(() => RougeAggregate.Compute([Document(0.1), null!]),
                Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("scores"));
            Assert.That(() => RougeAggregate.Compute(scores, bootstrapSamples: 0),
                Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("bootstrapSamples"));
            Assert.That(() => RougeAggregate.Compute(scores, confidenceLevel: 1.0),
                Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("confidenceLevel"));
            Assert.That(() => RougeAggregate.Compute(scores, confidenceLevel: double.NaN),
                Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property(nameof(ArgumentException.ParamName)).EqualTo("confidenceLevel"));
        });
    }
}
