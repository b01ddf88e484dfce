using Summarizer.Benchmarks;

namespace Summarizer.Benchmarks.Tests;

/// <summary>Where the benchmarks' texts come from.</summary>
[NonParallelizable]
public class BenchmarkInputsTests
{
    private const string DataVariable = "SUMMARIZER_DATA";

    [Test]
    public void ADataFolderWithoutDevSetsIsAnErrorNotGeneratedText()
    {
        // Named one level too deep (the dev folder itself), the benchmarks once measured generated text and reported it
        // as the dev sets' figures.
        string folder = Path.Combine(Path.GetTempPath(), "summarizer-no-dev-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        string? previous = Environment.GetEnvironmentVariable(DataVariable);
        Environment.SetEnvironmentVariable(DataVariable, folder);
        try
        {
            var error = Assert.Throws<DirectoryNotFoundException>(() => BenchmarkInputs.ReviewLines(10));
            Assert.That(error!.Message, Does.Contain(folder).And.Contain("dev"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(DataVariable, previous);
            Directory.Delete(folder);
        }
    }

    [Test]
    public void ADataFolderWithDevSetsIsRead()
    {
        string folder = Path.Combine(Path.GetTempPath(), "summarizer-dev-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "dev"));
        File.WriteAllText(Path.Combine(folder, "dev", "opinosis.jsonl"),
            "{\"id\":\"a\",\"text\":\"The battery lasts two days.\\nThe screen is too dim outdoors.\"}\n");
        string? previous = Environment.GetEnvironmentVariable(DataVariable);
        Environment.SetEnvironmentVariable(DataVariable, folder);
        try
        {
            Assert.That(BenchmarkInputs.ReviewLines(3).Split('\n'),
                Is.EqualTo(new[] { "The battery lasts two days.", "The screen is too dim outdoors.", "The battery lasts two days." }));
        }
        finally
        {
            Environment.SetEnvironmentVariable(DataVariable, previous);
            Directory.Delete(folder, recursive: true);
        }
    }
}
