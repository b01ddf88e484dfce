namespace Summarizer.Tests.Documentation;

/// <summary>The README's first command, <c>dotnet run --project samples/QuickStart</c>, as a process (the test project references the sample, so it is built beside the tests).</summary>
public class QuickStartTests
{
    private static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        ProcessRunner.Result result = ProcessRunner.Run(ProcessRunner.DotnetHost, [Path.Combine(AppContext.BaseDirectory, "QuickStart.dll"), .. args]);
        return (result.ExitCode, result.OutputText, result.Error);
    }

    [Test]
    public void SummarizesItsBuiltInArticle()
    {
        var (exitCode, output, error) = Run();
        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(3));
    }

    [Test]
    public void AMissingFileIsOneLineAndExitCodeOne()
    {
        string missing = Path.Combine(Path.GetTempPath(), "summarizer-no-such-article.txt");
        var (exitCode, output, error) = Run(missing);
        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Is.Empty);
        Assert.That(error.TrimEnd('\n').Split('\n'), Is.EqualTo(new[] { $"QuickStart: cannot read '{missing}': Could not find file '{missing}'." }));
    }
}
