using Summarizer.Graph;
using Summarizer.Ranking;
using Summarizer.Tests.Ranking;
using Summarizer.Text;
using Summarizer.Weighting;

namespace Summarizer.Tests.Weighting;

public class SentenceEmbedderTests
{
    private static readonly HashedBagOfWordsEmbedder Hashed = new();

    private static RankingContext WithEmbeddings(RankingContext lexical, SentenceEmbedder embedder, double weight)
    {
        Document document = lexical.Document;
        string[] texts = document.Sentences.Select(s => s.GetText(document.Text)).ToArray();
        return new RankingContext(document, lexical.Vectors, embedder.Embed(texts), weight);
    }

    private static IEnumerable<TestCaseData> SimilarityRankers()
    {
        yield return new TestCaseData(new PacSumRanker()).SetArgDisplayNames("pacsum");
        yield return new TestCaseData(new PacSumRanker(new PacSumOptions { Beta = 0.3 })).SetArgDisplayNames("pacsum-beta");
        yield return new TestCaseData(new PacSumRanker(new PacSumOptions { Graph = new SimilarityGraphOptions { DenseSentenceLimit = 2 } })).SetArgDisplayNames("pacsum-long");
        yield return new TestCaseData(new TextRankRanker()).SetArgDisplayNames("textrank-overlap");
        yield return new TestCaseData(new TextRankRanker(new TextRankOptions { Graph = new SimilarityGraphOptions() })).SetArgDisplayNames("textrank-cosine");
        yield return new TestCaseData(new TextRankRanker(new TextRankOptions { Graph = new SimilarityGraphOptions { Measure = SimilarityMeasure.WordOverlap, DenseSentenceLimit = 2, MaxNeighbors = 2 } })).SetArgDisplayNames("textrank-sparse");
        yield return new TestCaseData(new LexRankRanker()).SetArgDisplayNames("lexrank");
        yield return new TestCaseData(new LexRankRanker(new LexRankOptions { Threshold = 0.1 })).SetArgDisplayNames("lexrank-threshold");
        yield return new TestCaseData(new CentroidRanker()).SetArgDisplayNames("centroid");
    }

    [TestCaseSource(nameof(SimilarityRankers))]
    public void WeightZeroGivesTheLexicalScoresExactly(SentenceRanker ranker)
    {
        RankingContext lexical = RankerTestText.Context(RankerTestText.Story);
        double[] expected = ranker.Rank(lexical);
        double[] actual = ranker.Rank(WithEmbeddings(lexical, Hashed, weight: 0));
        Assert.That(actual, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(SimilarityRankers))]
    public void EmbeddingsChangeTheScores(SentenceRanker ranker)
    {
        RankingContext lexical = RankerTestText.Context(RankerTestText.Story);
        Assert.That(ranker.Rank(WithEmbeddings(lexical, Hashed, weight: 1)), Is.Not.EqualTo(ranker.Rank(lexical)));
    }

    [Test]
    public void IdenticalEmbeddingsMakeEverySentenceEquallyCentral()
    {
        // All cosines 1: PageRank is uniform, and PacSum's threshold (the smallest similarity) leaves no edge.
        RankingContext context = WithEmbeddings(RankerTestText.Context(RankerTestText.Story), ScriptedEmbedder.Constant(), weight: 1);
        int n = context.Count;
        Assert.That(new TextRankRanker().Rank(context), Is.All.EqualTo(1.0 / n).Within(1e-9), "textrank");
        Assert.That(new LexRankRanker().Rank(context), Is.All.EqualTo(1.0 / n).Within(1e-9), "lexrank");
        Assert.That(new PacSumRanker().Rank(context), Is.All.EqualTo(0.0), "pacsum");

        // Centroid: cosine 1 with the centroid and with the first sentence, so only MEAD's position score differs.
        double[] centroid = new CentroidRanker().Rank(context);
        for (int i = 0; i < n; i++)
            Assert.That(centroid[i], Is.EqualTo(1 + (double)(n - i) / n + 1).Within(1e-6), $"centroid, sentence {i}");
    }

    [Test]
    public void NegativeCosinesAreClippedToZero()
    {
        // Sentence 0 and 1 point in opposite directions (cosine -1); 0 and 2 are at 60 degrees (cosine 0.5).
        float h = (float)Math.Sqrt(0.75);
        var vectors = new Dictionary<int, float[]> { [0] = [1, 0], [1] = [-1, 0], [2] = [0.5f, h] };
        var embedder = new ScriptedEmbedder(2, (sentences, _) => sentences.Select((_, i) => (ReadOnlyMemory<float>)(vectors.TryGetValue(i, out float[]? v) ? v : new float[] { 0, 1 })).ToArray());
        RankingContext context = WithEmbeddings(RankerTestText.Context(RankerTestText.Story), embedder, weight: 1);
        Assert.That(context.Embeddings!.Cosine(0, 1), Is.EqualTo(-1).Within(1e-6));

        SimilarityGraph graph = SimilarityGraph.Build(context);
        Assert.That(graph.Weights[0, 1], Is.Zero);
        Assert.That(graph.Weights[0, 2], Is.EqualTo(0.5).Within(1e-6));
        Assert.That(graph.Weights.Enumerate().Min(), Is.Zero);
        SimilarityGraph.ForEachSimilarityRow(context, new SimilarityGraphOptions(), (i, neighbors, similarities) =>
        {
            foreach (int j in neighbors)
                Assert.That(similarities[j], Is.Positive, $"row {i}, column {j}");
            Assert.That(neighbors.ToArray(), Is.Ordered.Ascending);
        }, CancellationToken.None);
    }

    /// <summary>
    /// PacSum takes each pair once, from the row of its earlier sentence: those rows must hold exactly the later half of
    /// the full rows, bit for bit, with the measure, the minimum and the blend with embeddings as given.
    /// </summary>
    [TestCase(0.0, SimilarityMeasure.Cosine, 0.0)]
    [TestCase(0.0, SimilarityMeasure.WordOverlap, 0.0)]
    [TestCase(0.0, SimilarityMeasure.Cosine, 0.05)]
    [TestCase(0.4, SimilarityMeasure.Cosine, 0.0)]
    [TestCase(1.0, SimilarityMeasure.Cosine, 0.0)]
    public void RowsOfLaterSentencesAreTheLaterHalfOfTheFullRows(double embeddingWeight, SimilarityMeasure measure, double minSimilarity)
    {
        RankingContext lexical = RankerTestText.Context(RankerTestText.Story + " " + RankerTestText.Story.Replace("the", "a", StringComparison.Ordinal));
        RankingContext context = embeddingWeight == 0 ? lexical : WithEmbeddings(lexical, Hashed, embeddingWeight);
        var options = new SimilarityGraphOptions { Measure = measure, MinSimilarity = minSimilarity };
        int n = context.Count;
        var full = new double[n, n];
        SimilarityGraph.ForEachSimilarityRow(context, options, (i, neighbors, similarities) =>
        {
            foreach (int j in neighbors)
                full[i, j] = similarities[j];
        }, CancellationToken.None, ascendingNeighbors: true);

        var later = new double[n, n];
        int rows = 0;
        SimilarityGraph.ForEachSimilarityRow(context, options, (i, neighbors, similarities) =>
        {
            Assert.That(i, Is.EqualTo(rows++), "rows in order");
            Assert.That(neighbors.ToArray(), Is.Ordered.Ascending.And.All.GreaterThan(i));
            foreach (int j in neighbors)
                later[i, j] = similarities[j];
        }, CancellationToken.None, ascendingNeighbors: true, laterOnly: true);

        Assert.That(rows, Is.EqualTo(n));
        int pairs = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                Assert.That(later[i, j], Is.EqualTo(full[i, j]), $"({i}, {j})");
                Assert.That(full[j, i], Is.EqualTo(full[i, j]), $"({j}, {i}) is ({i}, {j})");
                pairs += later[i, j] != 0 ? 1 : 0;
            }
        }

        Assert.That(pairs, Is.GreaterThan(n), "the text's sentences share words");
    }

    [Test]
    public void AWeightBetweenBlendsTheEmbeddingAndLexicalCosines()
    {
        RankingContext lexical = RankerTestText.Context(RankerTestText.Story);
        RankingContext blended = WithEmbeddings(lexical, Hashed, weight: 0.3);
        SimilarityGraph graph = SimilarityGraph.Build(blended);
        for (int i = 0; i < blended.Count; i++)
        {
            for (int j = 0; j < blended.Count; j++)
            {
                double expected = i == j ? 0 : Math.Max(0, 0.3 * blended.Embeddings!.Cosine(i, j) + 0.7 * lexical.Vectors.Cosine(i, j));
                Assert.That(graph.Weights[i, j], Is.EqualTo(expected).Within(1e-12), $"({i}, {j})");
            }
        }
    }

    [TestCase("default", 1)]
    [TestCase("pacsum", 1)]
    [TestCase("textrank", 1)]
    [TestCase("lexrank", 1)]
    [TestCase("centroid", 1)]
    [TestCase("lead", 0)]
    [TestCase("luhn", 0)]
    public void APipelineEmbedsEachTextOnceAndOnlyForRankersThatCompareSentences(string algorithm, int calls)
    {
        var embedder = new HashedBagOfWordsEmbedder();
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseAlgorithm(algorithm).UseSentenceEmbedder(embedder).Build();
        pipeline.Summarize(RankerTestText.Story, SummaryLength.Sentences(2));
        Assert.That(embedder.Calls, Is.EqualTo(calls));
    }

    [Test]
    public void APipelineWithWeightZeroSummarizesAsWithoutAnEmbedder()
    {
        string text = SampleTexts.HarborCity;
        Summary expected = new SummarizerPipelineBuilder().Build().Summarize(text, SummaryLength.Sentences(3));
        Summary actual = new SummarizerPipelineBuilder().UseSentenceEmbedder(new HashedBagOfWordsEmbedder(), weight: 0).Build().Summarize(text, SummaryLength.Sentences(3));
        Assert.That(actual.Sentences.Select(s => (s.Index, s.Score)), Is.EqualTo(expected.Sentences.Select(s => (s.Index, s.Score))));
    }

    [Test]
    public void SettingsCarryTheEmbedderAndTheSimilarity()
    {
        var embedder = new HashedBagOfWordsEmbedder();
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder()
            .UseSettings(new SummarizerSettings { Embedder = embedder, EmbeddingWeight = 0.5, Similarity = SimilarityMeasure.WordOverlap })
            .Build();
        Assert.That(pipeline.Embedder, Is.SameAs(embedder));
        Assert.That(pipeline.EmbeddingWeight, Is.EqualTo(0.5));
        Assert.That(((PacSumRanker)pipeline.Ranker).Options.Graph.Measure, Is.EqualTo(SimilarityMeasure.WordOverlap));

        SummarizerPipeline textRank = new SummarizerPipelineBuilder().UseSettings(new SummarizerSettings { Algorithm = "textrank", Similarity = SimilarityMeasure.Cosine }).Build();
        Assert.That(((TextRankRanker)textRank.Ranker).Options.Graph.Measure, Is.EqualTo(SimilarityMeasure.Cosine));
        Assert.That(textRank.Embedder, Is.Null);
    }

    [Test]
    public void CancellationDuringEmbeddingStopsTheSummary()
    {
        using var source = new CancellationTokenSource();
        CancellationToken seen = default;
        var embedder = new ScriptedEmbedder(4, (sentences, token) =>
        {
            seen = token;
            source.Cancel(); // the caller gives up while the last batch is encoded; the vectors still come back
            return sentences.Select(_ => (ReadOnlyMemory<float>)new float[] { 0, 1, 0, 0 }).ToArray();
        });
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseSentenceEmbedder(embedder).Build();
        Assert.Throws(Is.InstanceOf<OperationCanceledException>(), () => pipeline.Summarize(RankerTestText.Story, SummaryLength.Sentences(2), source.Token));
        Assert.That(seen, Is.EqualTo(source.Token), "the embedder gets the caller's token");
    }

    [Test]
    public void AnEmbedderThatHonoursCancellationStopsTheSummary()
    {
        using var source = new CancellationTokenSource();
        var embedder = new ScriptedEmbedder(4, (_, token) =>
        {
            source.Cancel();
            token.ThrowIfCancellationRequested();
            throw new AssertionException("not reached");
        });
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseSentenceEmbedder(embedder).Build();
        Assert.Throws(Is.InstanceOf<OperationCanceledException>(), () => pipeline.Summarize(RankerTestText.Story, SummaryLength.Sentences(2), source.Token));
    }

    [Test]
    public void ANullEmbedderIsRefused()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new SummarizerPipelineBuilder().UseSentenceEmbedder(null!));
        Assert.That(e!.ParamName, Is.EqualTo("embedder"));
    }

    [TestCase(-0.1)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void AWeightOutsideZeroToOneIsRefusedInOneLine(double weight)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new SummarizerPipelineBuilder().UseSentenceEmbedder(Hashed, weight));
        Assert.That(e!.Message, Does.StartWith("The embedding weight must be in [0, 1], not ").And.Not.Contains("\n"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SummarizerPipelineBuilder().UseSettings(new SummarizerSettings { Embedder = Hashed, EmbeddingWeight = weight }));
    }

    private static IEnumerable<TestCaseData> BrokenEmbedders()
    {
        yield return new TestCaseData(new ScriptedEmbedder(2, (s, _) => s.Skip(1).Select(_ => (ReadOnlyMemory<float>)new float[] { 1, 0 }).ToArray()), "returned 6 vectors for 7 sentences")
            .SetArgDisplayNames("count");
        yield return new TestCaseData(new ScriptedEmbedder(2, (s, _) => s.Select(_ => (ReadOnlyMemory<float>)new float[] { 1, 0, 0 }).ToArray()), "returned a vector of 3 dimensions for sentence 0; expected 2")
            .SetArgDisplayNames("dimension");
        yield return new TestCaseData(new ScriptedEmbedder(2, (s, _) => s.Select(_ => (ReadOnlyMemory<float>)new float[] { 3, 4 }).ToArray()), "returned a vector of length 5 for sentence 0; vectors must be L2-normalized")
            .SetArgDisplayNames("not normalized");
        yield return new TestCaseData(new ScriptedEmbedder(2, (s, _) => s.Select(_ => (ReadOnlyMemory<float>)new float[] { float.NaN, 0 }).ToArray()), "returned a value that is not finite for sentence 0")
            .SetArgDisplayNames("NaN");
    }

    [TestCaseSource(nameof(BrokenEmbedders))]
    public void ABrokenEmbedderGivesAClearOneLineError(SentenceEmbedder embedder, string message)
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseSentenceEmbedder(embedder).Build();
        var e = Assert.Throws<InvalidOperationException>(() => pipeline.Summarize(RankerTestText.Story, SummaryLength.Sentences(2)));
        Assert.That(e!.Message, Is.EqualTo($"ScriptedEmbedder {message}."));
    }

    [Test]
    public void TheFakeEmbedderIsNormalizedAndDeterministic()
    {
        SentenceEmbeddings a = Hashed.Embed(["The river flooded the town.", "Flood water reached the town.", ""]);
        SentenceEmbeddings b = Hashed.Embed(["The river flooded the town.", "Flood water reached the town.", ""]);
        Assert.That(a.Cosine(0, 0), Is.EqualTo(1).Within(1e-6));
        Assert.That(a.Cosine(2, 2), Is.Zero, "no words: a zero vector");
        Assert.That(a.GetVector(1).ToArray(), Is.EqualTo(b.GetVector(1).ToArray()));
    }
}
