namespace Summarizer.Evaluation.Tests;

public class EvaluationDatasetTests
{
    private string _directory = null!;

    [SetUp]
    public void CreateDirectory()
    {
        _directory = Path.Combine(Path.GetTempPath(), "summarizer-eval-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
    }

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string contents)
    {
        string path = Path.Combine(_directory, "set.jsonl");
        File.WriteAllText(path, contents);
        return path;
    }

    [Test]
    public void Read_ReadsDocumentsAndIgnoresUnknownKeys()
    {
        string path = WriteFile(
            """
            {"id": "a-1", "text": "First text.", "summaries": ["One.", "Two."], "title": "T", "category": "news", "source": {"url": "x", "n": [1, 2]}, "score": 0.5}
            {"extra": true, "summaries": [], "text": "Second text.", "id": 17}

            """);

        List<EvaluationDocument> documents = EvaluationDataset.Read(path).ToList();

        Assert.That(documents, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(documents[0].Id, Is.EqualTo("a-1"));
            Assert.That(documents[0].Text, Is.EqualTo("First text."));
            Assert.That(documents[0].Summaries, Is.EqualTo(new[] { "One.", "Two." }));
            Assert.That(documents[0].Title, Is.EqualTo("T"));
            Assert.That(documents[0].Category, Is.EqualTo("news"));
            Assert.That(documents[1].Id, Is.EqualTo("17"), "a numeric id is read as its JSON text");
            Assert.That(documents[1].Summaries, Is.Empty);
            Assert.That(documents[1].Title, Is.Null);
            Assert.That(documents[1].Category, Is.Null);
        });
    }

    [Test]
    public void Read_SkipsBlankLinesButCountsThemInLineNumbers()
    {
        const string input = "\n{\"id\": \"a\", \"text\": \"t\", \"summaries\": [\"s\"]}\n   \n{\"id\": \"b\", \"text\": \"t\", \"summaries\": \"s\"}\n";

        InvalidDataException? error = Assert.Throws<InvalidDataException>(() => EvaluationDataset.Read(new StringReader(input)).ToList());

        Assert.That(error!.Message, Does.StartWith("Line 4 of the input:").And.Contain("\"summaries\" must be an array of strings"));
    }

    [Test]
    public void Read_ReportsTheFileAndLineOfInvalidJson()
    {
        string path = WriteFile("{\"id\": \"a\", \"text\": \"t\", \"summaries\": [\"s\"]}\n{\"id\": \"b\", \"text\": \n");

        IEnumerator<EvaluationDocument> documents = EvaluationDataset.Read(path).GetEnumerator();
        Assert.That(documents.MoveNext(), Is.True, "the good first line is returned before the bad one is read");
        InvalidDataException? error = Assert.Throws<InvalidDataException>(() => documents.MoveNext());
        documents.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.StartWith($"Line 2 of '{path}': not valid JSON"));
            Assert.That(error.InnerException, Is.InstanceOf<System.Text.Json.JsonException>());
        });
    }

    [TestCase("{\"text\": \"t\", \"summaries\": []}", "missing required property \"id\"")]
    [TestCase("{\"id\": \"a\", \"summaries\": []}", "missing required property \"text\"")]
    [TestCase("{\"id\": \"a\", \"text\": \"t\"}", "missing required property \"summaries\"")]
    [TestCase("{\"id\": [1], \"text\": \"t\", \"summaries\": []}", "\"id\" must be a string or a number")]
    [TestCase("{\"id\": \"a\", \"text\": 3, \"summaries\": []}", "\"text\" must be a string, found a number")]
    [TestCase("{\"id\": \"a\", \"text\": \"t\", \"summaries\": [\"s\", null]}", "\"summaries\"[1] must be a string, found null")]
    [TestCase("{\"id\": \"a\", \"text\": \"t\", \"summaries\": [], \"title\": 5}", "\"title\" must be a string")]
    [TestCase("[1, 2]", "expected a JSON object, found an array")]
    public void Read_NamesTheProblemOfABadLine(string line, string problem)
    {
        InvalidDataException? error = Assert.Throws<InvalidDataException>(
            () => EvaluationDataset.Read(new StringReader(line)).ToList());

        Assert.That(error!.Message, Does.StartWith("Line 1 of the input: ").And.Contain(problem));
    }

    [Test]
    public void Read_RejectsAMissingFileAtOnce()
    {
        string missing = Path.Combine(_directory, "missing.jsonl");

        Assert.Multiple(() =>
        {
            Assert.That(() => EvaluationDataset.Read(missing), Throws.InstanceOf<FileNotFoundException>());
            Assert.That(() => EvaluationDataset.Read((string)null!),
                Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("path"));
            Assert.That(() => EvaluationDataset.Read(""),
                Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("path"));
            Assert.That(() => EvaluationDataset.Read((TextReader)null!),
                Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("reader"));
        });
    }

    [Test]
    public void ReadPredictions_JoinsASentenceListWithNewlines()
    {
        string path = WriteFile(
            """
            {"id": "a", "summary": "One sentence. Another.", "method": "lead3"}
            {"id": 2, "summary": ["First sentence.", "Second sentence."]}
            """);

        List<EvaluationPrediction> predictions = EvaluationDataset.ReadPredictions(path).ToList();

        Assert.That(predictions, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(predictions[0].Id, Is.EqualTo("a"));
            Assert.That(predictions[0].Summary, Is.EqualTo("One sentence. Another."));
            Assert.That(predictions[1].Id, Is.EqualTo("2"));
            Assert.That(predictions[1].Summary, Is.EqualTo("First sentence.\nSecond sentence."));
        });
    }

    [TestCase("{\"id\": \"a\"}", "missing required property \"summary\"")]
    [TestCase("{\"summary\": \"s\"}", "missing required property \"id\"")]
    [TestCase("{\"id\": \"a\", \"summary\": 1}", "\"summary\" must be a string or an array of strings")]
    [TestCase("{\"id\": \"a\", \"summary\": [\"s\", 2]}", "\"summary\"[1] must be a string, found a number")]
    public void ReadPredictions_NamesTheProblemOfABadLine(string line, string problem)
    {
        InvalidDataException? error = Assert.Throws<InvalidDataException>(
            () => EvaluationDataset.ReadPredictions(new StringReader("\n" + line)).ToList());

        Assert.That(error!.Message, Does.StartWith("Line 2 of the input: ").And.Contain(problem));
    }

    [Test]
    public void Document_CopiesItsSummaries()
    {
        var summaries = new List<string> { "one" };
        var document = new EvaluationDocument("id", "text", summaries);
        summaries.Add("two");

        Assert.That(document.Summaries, Is.EqualTo(new[] { "one" }));
    }

    [TestCase("dev/cnndm.jsonl", 119)]
    [TestCase("dev/bbc.jsonl", 1084)]
    [TestCase("dev/scisummnet.jsonl", 200)]
    [TestCase("dev/opinosis.jsonl", 51)]
    public void Read_ReadsEveryDocumentOfTheDevSets(string relative, int count)
    {
        string path = SharedData.RequireFile(relative);

        List<EvaluationDocument> documents = EvaluationDataset.Read(path).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(documents, Has.Count.EqualTo(count));
            Assert.That(documents.Select(d => d.Id), Is.Unique);
            Assert.That(documents, Has.All.Matches<EvaluationDocument>(d => d.Text.Length > 0 && d.Summaries.Count > 0));
        });
    }
}
