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
}
