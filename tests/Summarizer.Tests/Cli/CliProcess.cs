using System.Diagnostics;

namespace Summarizer.Tests.Cli;

/// <summary>
/// Runs the built <c>summarize</c> command as a separate process, for what only a process shows: signals, the
/// process's own exit code and streams. The test project references the command's project, so its summarize.dll
/// (with its runtimeconfig and deps files) sits beside the test assembly.
/// </summary>
internal static class CliProcess
{
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "summarize.dll");

    /// <summary>Starts the command with redirected streams; the caller disposes the process.</summary>
    public static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (string arg in args)
            start.ArgumentList.Add(arg);
        return Process.Start(start) ?? throw new InvalidOperationException("the summarize process did not start");
    }

    /// <summary>Runs the command to the end with <paramref name="stdin"/> as its input.</summary>
    public static CliRunner.Result Run(string stdin, params string[] args)
    {
        using Process process = Start(args);
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("summarize did not finish within two minutes");
        }

        return new CliRunner.Result(process.ExitCode, output.Result, error.Result);
    }
}
