using Summarizer.Embeddings;
using Summarizer.Weighting;

namespace Summarizer.Embeddings.Tests;

[Parallelizable(ParallelScope.None)] // one model, loaded once for the fixture
public class MiniLmSentenceEmbedderTests
{
    private MiniLmSentenceEmbedder _embedder = null!;

    [OneTimeSetUp]
    public void LoadModel() => _embedder = new MiniLmSentenceEmbedder(new MiniLmOptions { BatchSize = 4 });

    [OneTimeTearDown]
    public void FreeModel() => _embedder.Dispose();

    [Test]
    public void AParaphraseIsCloserThanAnUnrelatedSentence()
    {
        SentenceEmbeddings e = _embedder.Embed(["A man is playing a guitar.", "Someone plays the guitar.", "The stock market fell sharply today."]);
        TestContext.Out.WriteLine($"paraphrase {e.Cosine(0, 1):F3}, unrelated {e.Cosine(0, 2):F3}");
        Assert.That(e.Dimensions, Is.EqualTo(384));
        Assert.That(e.Cosine(0, 1), Is.GreaterThan(0.6));
        Assert.That(e.Cosine(0, 2), Is.LessThan(0.2));
        Assert.That(e.Cosine(0, 1), Is.GreaterThan(e.Cosine(0, 2) + 0.4));
    }

    [Test]
    public void BatchedVectorsEqualOneAtATimeForSentencesOfVeryDifferentLengths()
    {
        string[] sentences =
        [
            "Rain.",
            "The ferry to the island was cancelled because of the storm, and the passengers waited at the harbour for news until late in the evening.",
            "Prices rose.",
            string.Join(' ', Enumerable.Repeat("The committee discussed the budget for the new library and the repairs of the old bridge.", 6)),
            "Children played in the park while their parents talked about the weather.",
            "",
        ];
        SentenceEmbeddings batched = _embedder.Embed(sentences); // batches of 4, padded to their longest
        for (int i = 0; i < sentences.Length; i++)
        {
            float[] alone = _embedder.Embed([sentences[i]]).GetVector(0).ToArray();
            Assert.That(batched.GetVector(i).ToArray(), Is.EqualTo(alone).Within(1e-5), $"sentence {i}");
        }
    }

    [Test]
    public void ASentenceLongerThanTheModelsInputIsTruncated()
    {
        string[] words = ["river", "bridge", "council", "budget", "harbour", "storm", "library", "train"];
        string longSentence = string.Join(' ', Enumerable.Range(0, 2000).Select(i => words[i % words.Length]));
        string sameBeginning = longSentence + " and then many different words about cooking pasta with tomatoes and basil";
        SentenceEmbeddings e = _embedder.Embed([longSentence, sameBeginning]);
        Assert.That(e.Cosine(0, 0), Is.EqualTo(1).Within(1e-5), "normalized");
        Assert.That(e.Cosine(0, 1), Is.EqualTo(1).Within(1e-6), "only the first 256 word pieces count");
    }

    [Test]
    public void ConcurrentCallsGiveIdenticalVectors()
    {
        string[] sentences = ["The town council approved the flood barrier.", "Engineers will start work in spring.", "A bakery opened on the main street.", "Nobody mentioned cheese."];
        float[][] expected = Vectors(_embedder.Embed(sentences));
        var results = new float[4][][];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, t =>
        {
            for (int repeat = 0; repeat < 3; repeat++)
                results[t] = Vectors(_embedder.Embed(sentences));
        });
        foreach (float[][] result in results)
        {
            for (int i = 0; i < sentences.Length; i++)
                Assert.That(result[i], Is.EqualTo(expected[i]));
        }
    }

    [Test]
    public void CancellationStopsBetweenBatches()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        string[] sentences = Enumerable.Range(0, 12).Select(i => $"Sentence number {i} of the test.").ToArray();
        Assert.Throws(Is.InstanceOf<OperationCanceledException>(), () => _embedder.Embed(sentences, source.Token));
    }

    [Test]
    public void APipelineWithEmbeddingsSummarizes()
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseEmbeddings(_embedder).Build();
        Summary summary = pipeline.Summarize(SampleTexts.HarborCity, SummaryLength.Sentences(2));
        Assert.That(summary.Sentences, Has.Count.EqualTo(2));
        Assert.That(pipeline.Embedder, Is.SameAs(_embedder));
    }

    [Test]
    public void ADisposedEmbedderRefusesWork()
    {
        var embedder = new MiniLmSentenceEmbedder();
        embedder.Dispose();
        Assert.Throws<ObjectDisposedException>(() => embedder.Embed(["Hello."]));
        Assert.DoesNotThrow(() => embedder.Dispose(), "twice is fine");
    }

    [Test]
    public void BadOptionsAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new MiniLmSentenceEmbedder(new MiniLmOptions { BatchSize = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new MiniLmSentenceEmbedder(new MiniLmOptions { IntraOpThreads = 0 }));
    }

    private static float[][] Vectors(SentenceEmbeddings e) => Enumerable.Range(0, e.Count).Select(i => e.GetVector(i).ToArray()).ToArray();
}
