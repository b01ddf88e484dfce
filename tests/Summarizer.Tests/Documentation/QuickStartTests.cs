using System.Diagnostics;

namespace Summarizer.Tests.Documentation;

/// <summary>The README's first command, <c>dotnet run --project samples/QuickStart</c>, as a process (the test project references the sample, so it is built beside the tests).</summary>
public class QuickStartTests
{
    private static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "QuickStart.dll"));
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("QuickStart did not finish within two minutes");
        }

        return (process.ExitCode, output.Result, error.Result);
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
