using System.Text.Json;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Analysis;

namespace Summarizer.Cli.Tests;

public class IdfCommandTests
{
    private static readonly string[] Corpus =
    [
        "The flood barrier plan was approved by the council. Residents welcomed the barrier.",
        "A new barrier will protect the harbor from storms. Engineers designed the barrier.",
        "The library reopened after a long renovation. Readers returned on the first day.",
        "Farmers expect a good harvest after the rain. Prices of grain may fall.",
        "The council debated the budget for the harbor. The vote was close.",
    ];

    private const string Article = """
        The council approved the flood barrier on Tuesday after a long debate.
        The barrier will protect the harbor district, where storms flooded homes twice.
        Engineers said the barrier design includes channels for storm water.
        A bakery near the harbor changed its opening hours.
        Construction of the barrier begins in spring.
        """;

    private static readonly TextAnalyzer English = new SummarizerPipelineBuilder().Build().Analyzer;

    private string _folder = "";

    [SetUp]
    public void CreateFolder() => Directory.CreateDirectory(_folder = Path.Combine(Path.GetTempPath(), $"idf-{Guid.NewGuid():N}"));

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    private string FileWith(string name, IEnumerable<string> lines)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string JsonLine(string text, int id) => JsonSerializer.Serialize(new { id, text });

    private static string Saved(IdfModel model)
    {
        var writer = new StringWriter();
        model.Save(writer);
        return writer.ToString();
    }

    [Test]
    public void FitReadsTheTextOfEachLineAndCountsSkippedLines()
    {
        string corpus = FileWith("corpus.jsonl", Corpus.Select(JsonLine).Append("{broken").Append("{\"id\": 9}"));
        string model = Path.Combine(_folder, "news.idf");

        var result = CliRunner.Run("", "idf", "fit", corpus, "-o", model);

        Assert.That(result.ExitCode, Is.EqualTo(3), "some lines were skipped");
        Assert.That(result.Error, Does.Contain("7 lines, 5 documents").And.Contain("2 skipped"));
        Assert.That(File.ReadAllText(model), Is.EqualTo(Saved(IdfModel.Fit(Corpus, English))));
        Assert.That(IdfModel.Load(model).GetDocumentFrequency("barrier"), Is.EqualTo(2));
    }

    [Test]
    public void FitReplacesALongerModelFileWhole()
    {
        string corpus = FileWith("small.jsonl", Corpus[..2].Select(JsonLine));
        string model = Path.Combine(_folder, "replaced.idf");
        File.WriteAllText(model, Saved(IdfModel.Fit(Corpus, English)) + new string('#', 5000));

        var result = CliRunner.Run("", "idf", "fit", corpus, "-o", model);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(File.ReadAllText(model), Is.EqualTo(Saved(IdfModel.Fit(Corpus[..2], English))));
    }

    [Test]
    public void FitFromStandardInputToStandardOutputInAnotherLanguage()
    {
        string[] german = ["Der Rat stimmte für den Damm.", "Die Bibliothek öffnete wieder."];
        var result = CliRunner.Run(string.Join("\n", german.Select(JsonLine)) + "\n", "idf", "fit", "-", "--language", "de");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        IdfModel model = IdfModel.Load(new StringReader(result.Out));
        Assert.That(model.Language, Is.EqualTo(Language.German));
        Assert.That(model.DocumentCount, Is.EqualTo(2));
    }

    [Test]
    public void FitRefusesLanguageDetection()
    {
        var result = CliRunner.Run("", "idf", "fit", "-", "--language", "auto");
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Error, Does.Contain("give --language"));
    }

    [Test]
    public void MergeOfShardFitsEqualsAFitOfTheWholeCorpus()
    {
        string whole = Path.Combine(_folder, "whole.idf");
        string a = Path.Combine(_folder, "a.idf");
        string b = Path.Combine(_folder, "b.idf");
        string merged = Path.Combine(_folder, "merged.idf");
        Assert.That(CliRunner.Run("", "idf", "fit", FileWith("all.jsonl", Corpus.Select(JsonLine)), "-o", whole).ExitCode, Is.Zero);
        Assert.That(CliRunner.Run("", "idf", "fit", FileWith("a.jsonl", Corpus[..2].Select(JsonLine)), "-o", a).ExitCode, Is.Zero);
        Assert.That(CliRunner.Run("", "idf", "fit", FileWith("b.jsonl", Corpus[2..].Select(JsonLine)), "-o", b).ExitCode, Is.Zero);

        var result = CliRunner.Run("", "idf", "merge", a, b, "-o", merged);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Error, Does.Contain("2 models, 5 documents"));
        Assert.That(File.ReadAllText(merged), Is.EqualTo(File.ReadAllText(whole)));
    }

    [Test]
    public void MergeRejectsModelsOfDifferentLanguages()
    {
        string en = Path.Combine(_folder, "en.idf");
        string de = Path.Combine(_folder, "de.idf");
        IdfModel.Fit(Corpus, English).Save(en);
        IdfModel.Fit(["Der Rat stimmte."], new SummarizerPipelineBuilder().UseLanguage(Language.German).Build().Analyzer).Save(de);
        var result = CliRunner.Run("", "idf", "merge", en, de);
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("different languages"));
    }

    /// <summary>The scores of the summarize command's JSON output.</summary>
    private static double[] Scores(string jsonLine)
    {
        using JsonDocument json = JsonDocument.Parse(jsonLine);
        return json.RootElement.GetProperty("sentences").EnumerateArray().Select(s => s.GetProperty("score").GetDouble()).ToArray();
    }

    private static double[] LibraryScores(IdfModel? idf) =>
        new SummarizerPipelineBuilder().UseTfIdf(idf).Build().Summarize(Article, SummaryLength.Sentences(2))
            .Sentences.Select(s => Math.Round(s.Score, 6)).ToArray();

    [Test]
    public void SummarizeWeighsTermsWithTheCorpusModel()
    {
        IdfModel model = IdfModel.Fit(Corpus, English);
        string path = Path.Combine(_folder, "news.idf");
        model.Save(path);

        var result = CliRunner.Run(Article, "--idf", path, "-n", "2", "--format", "json");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(Scores(result.Lines.Single()), Is.EqualTo(LibraryScores(model)));
        Assert.That(LibraryScores(model), Is.Not.EqualTo(LibraryScores(null)), "the corpus model changes the weights");
    }

    [Test]
    public void BatchWeighsTermsWithTheCorpusModel()
    {
        IdfModel model = IdfModel.Fit(Corpus, English);
        string path = Path.Combine(_folder, "news.idf");
        model.Save(path);

        var result = CliRunner.Run(JsonLine(Article, 1) + "\n" + JsonLine(Article, 2) + "\n", "batch", "-", "--idf", path, "-n", "2");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Has.Length.EqualTo(2));
        Assert.That(result.Lines.Select(Scores), Has.All.EqualTo(LibraryScores(model)));
    }

    [Test]
    public void EvalRunsWithTheCorpusModel()
    {
        string data = FileWith("dev.jsonl", [JsonSerializer.Serialize(new { id = "a", text = Article, summaries = new[] { "The council approved the flood barrier." } })]);
        string path = Path.Combine(_folder, "news.idf");
        IdfModel.Fit(Corpus, English).Save(path);

        var result = CliRunner.Run("", "eval", data, "--idf", path, "-n", "1", "--format", "json");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Has.Length.EqualTo(2), "the default method and lead-1");
    }

    [Test]
    public void AModelOfAnotherLanguageOrAMissingFileIsReported()
    {
        string de = Path.Combine(_folder, "de.idf");
        IdfModel.Fit(["Der Rat stimmte."], new SummarizerPipelineBuilder().UseLanguage(Language.German).Build().Analyzer).Save(de);

        var wrongLanguage = CliRunner.Run(Article, "--idf", de);
        Assert.That(wrongLanguage.ExitCode, Is.EqualTo(2));
        Assert.That(wrongLanguage.Error, Does.Contain("fitted for de"));

        var missing = CliRunner.Run(Article, "batch", "-", "--idf", Path.Combine(_folder, "none.idf"));
        Assert.That(missing.ExitCode, Is.EqualTo(1));
        Assert.That(missing.Error, Does.Contain("cannot read"));
    }
}
