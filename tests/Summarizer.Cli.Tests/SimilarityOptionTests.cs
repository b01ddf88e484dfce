using System.Text.Json;

namespace Summarizer.Cli.Tests;

public class SimilarityOptionTests
{
    private static readonly string Article = SampleTexts.HarborCity;

    [Test]
    public void AnUnknownSimilarityIsAUsageErrorListingTheChoices()
    {
        var result = CliRunner.Run(Article, "--similarity", "bert");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.ErrorLines[0], Is.EqualTo("summarize: Argument 'bert' not recognized. Must be one of: 'tfidf' 'overlap' 'embeddings'"));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void TheEmbeddingWeightNeedsEmbeddings()
    {
        var result = CliRunner.Run(Article, "--embedding-weight", "0.5");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.ErrorLines[0], Is.EqualTo("summarize: --embedding-weight needs --similarity embeddings."));
    }

    [TestCase("1.5")]
    [TestCase("-0.1")]
    [TestCase("half")]
    public void AnEmbeddingWeightOutsideZeroToOneIsAUsageError(string weight)
    {
        var result = CliRunner.Run(Article, "--similarity", "embeddings", "--embedding-weight", weight);
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.ErrorLines[0], Is.EqualTo($"summarize: --embedding-weight expects a number in [0, 1], got '{weight}'."));
    }

    [TestCase("default", "tfidf")]
    [TestCase("pacsum", "tfidf")]
    [TestCase("textrank", "overlap")]
    public void NamingAMethodsOwnSimilarityChangesNothing(string algorithm, string own)
    {
        var plain = CliRunner.Run(Article, "-a", algorithm, "--format", "json");
        var named = CliRunner.Run(Article, "-a", algorithm, "--similarity", own, "--format", "json");
        Assert.That(named.ExitCode, Is.Zero, named.Error);
        Assert.That(named.Out, Is.EqualTo(plain.Out));
    }

    [Test]
    public void TfIdfChangesTextRanksGraph()
    {
        // TextRank's own graph is word overlap; its scores change with the cosine.
        static double[] Scores(CliRunner.Result result) => JsonDocument.Parse(result.Out).RootElement.GetProperty("sentences")
            .EnumerateArray().Select(s => s.GetProperty("score").GetDouble()).ToArray();
        var overlap = CliRunner.Run(Article, "-a", "textrank", "--format", "json");
        var cosine = CliRunner.Run(Article, "-a", "textrank", "--similarity", "tfidf", "--format", "json");
        Assert.That(cosine.ExitCode, Is.Zero, cosine.Error);
        Assert.That(Scores(cosine), Is.Not.EqualTo(Scores(overlap)));
    }

    [Test]
    public void EmbeddingsSummarizeAndEvaluate()
    {
        var summary = CliRunner.Run(Article, "--similarity", "embeddings", "-n", "2");
        Assert.That(summary.ExitCode, Is.Zero, summary.Error);
        Assert.That(summary.Lines, Has.Length.EqualTo(2));

        string path = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, [JsonSerializer.Serialize(new { id = "a", text = Article, summaries = new[] { "A harbour city." } })]);
        try
        {
            var eval = CliRunner.Run("", "eval", path, "-a", "textrank", "--similarity", "embeddings", "--embedding-weight", "0.5", "--format", "json");
            Assert.That(eval.ExitCode, Is.Zero, eval.Error);
            Assert.That(eval.Lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("method").GetString()), Is.EquivalentTo(new[] { "textrank", "lead-3" }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string WriteDataset()
    {
        string path = Path.Combine(Path.GetTempPath(), $"eval-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path, [JsonSerializer.Serialize(new { id = "a", text = Article, summaries = new[] { "Harbor City will build a flood barrier along the river." } })]);
        return path;
    }

    private static Dictionary<string, double> Rouge1ByMethod(CliRunner.Result result) => result.Lines.Select(l => JsonDocument.Parse(l).RootElement)
        .ToDictionary(r => r.GetProperty("method").GetString()!, r => r.GetProperty("rouge1").GetProperty("f").GetDouble());

    [Test]
    public void EvalTakesACommaSeparatedListOfMethods()
    {
        string path = WriteDataset();
        try
        {
            var result = CliRunner.Run("", "eval", path, "-a", "default,lead, textrank", "--format", "json");
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(Rouge1ByMethod(result).Keys, Is.EqualTo(new[] { "default", "lead-3", "textrank" }));

            var unknown = CliRunner.Run("", "eval", path, "-a", "default,bogus");
            Assert.That(unknown.ExitCode, Is.EqualTo(2));
            Assert.That(unknown.ErrorLines[0], Does.StartWith("summarize: unknown algorithm 'bogus'; use one of default, lead,"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void AnEmbeddingCacheFileIsReusedAndGivesTheSameScores()
    {
        string path = WriteDataset();
        string cache = Path.Combine(Path.GetTempPath(), $"embeddings-{Guid.NewGuid():N}.bin");
        try
        {
            string[] args = ["eval", path, "-a", "pacsum,textrank", "--similarity", "embeddings", "--embedding-cache", cache, "--format", "json"];
            var first = CliRunner.Run("", args);
            Assert.That(first.ExitCode, Is.Zero, first.Error);
            long size = new FileInfo(cache).Length;
            Assert.That(size, Is.GreaterThan(384 * 4), "vectors were written");

            var second = CliRunner.Run("", args);
            Assert.That(second.ExitCode, Is.Zero, second.Error);
            Assert.That(Rouge1ByMethod(second), Is.EqualTo(Rouge1ByMethod(first)));
            Assert.That(new FileInfo(cache).Length, Is.EqualTo(size), "nothing new to add");

            var withoutEmbeddings = CliRunner.Run("", "eval", path, "--embedding-cache", cache);
            Assert.That(withoutEmbeddings.ExitCode, Is.EqualTo(2));
            Assert.That(withoutEmbeddings.ErrorLines[0], Is.EqualTo("summarize: --embedding-cache needs --similarity embeddings."));
        }
        finally
        {
            File.Delete(path);
            File.Delete(cache);
        }
    }
}
