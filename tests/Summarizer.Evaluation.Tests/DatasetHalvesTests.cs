namespace Summarizer.Evaluation.Tests;

public class DatasetHalvesTests
{
    private static readonly string[] Ids = Enumerable.Range(0, 2000).Select(i => $"story-{i:D5}").ToArray();

    [Test]
    public void TheHalfOfAnIdIsFixed()
    {
        // Pinned values: a change of hash would silently move documents between halves and mix a tuning half
        // into the reporting half, so it must fail here instead.
        Assert.That(Ids.Take(12).Select(DatasetHalves.Of).Select(h => h.ToString()), Is.EqualTo(PinnedHalves));
    }

    private static readonly string[] PinnedHalves = ["A", "B", "A", "B", "A", "B", "A", "B", "A", "B", "B", "A"];

    [Test]
    public void TheHalvesAreNearlyEqualInSize()
    {
        int a = Ids.Count(id => DatasetHalves.Of(id) == DatasetHalf.A);
        Assert.That(a, Is.InRange(900, 1100), "half A of 2,000 sequential ids");
        int numeric = Enumerable.Range(0, 2000).Count(i => DatasetHalves.Of(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) == DatasetHalf.A);
        Assert.That(numeric, Is.InRange(900, 1100), "half A of 2,000 numeric ids");
    }

    [Test]
    public void SelectKeepsOrderAndTheTwoHalvesPartitionTheSet()
    {
        EvaluationDocument[] documents = Ids.Take(50).Select(id => new EvaluationDocument(id, "Text.", ["Summary."])).ToArray();
        List<EvaluationDocument> a = DatasetHalves.Select(documents, DatasetHalf.A).ToList();
        List<EvaluationDocument> b = DatasetHalves.Select(documents, DatasetHalf.B).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(a.Count + b.Count, Is.EqualTo(documents.Length));
            Assert.That(a.Select(d => d.Id).Intersect(b.Select(d => d.Id)), Is.Empty);
            Assert.That(a, Is.Ordered.By(nameof(EvaluationDocument.Id)));
            Assert.That(a, Is.Not.Empty);
            Assert.That(b, Is.Not.Empty);
        });
    }

    [Test]
    public void NullArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => DatasetHalves.Of(null!));
        Assert.Throws<ArgumentNullException>(() => DatasetHalves.Select(null!, DatasetHalf.A));
    }
}
