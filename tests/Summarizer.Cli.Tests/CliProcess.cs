using System.Diagnostics;
using System.Text;

namespace Summarizer.Cli.Tests;

/// <summary>
/// Runs the built <c>summarize</c> command as a separate process, for what only a process shows: signals, the
/// process's own exit code and streams, raw bytes in and out. The test project references the command's project, so
/// its summarize.dll (with its runtimeconfig and deps files) sits beside the test assembly.
/// </summary>
internal static class CliProcess
{
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "summarize.dll");

    /// <summary>Starts the command with redirected streams; the caller disposes the process.</summary>
    public static Process Start(params string[] args) => ProcessRunner.Start(ProcessRunner.DotnetHost, [DllPath, .. args]);

    /// <summary>Runs the command to the end with <paramref name="stdin"/> as its input, as text.</summary>
    public static CliRunner.Result Run(string stdin, params string[] args)
    {
        ProcessRunner.Result result = RunBytes(Encoding.UTF8.GetBytes(stdin), args);
        return new CliRunner.Result(result.ExitCode, result.OutputText, result.Error);
    }

    /// <summary>Runs the command to the end with raw bytes on standard input, returning its raw output.</summary>
    public static ProcessRunner.Result RunBytes(byte[] stdin, params string[] args)
    {
        if (!File.Exists(DllPath))
            Assert.Ignore($"The summarize command was not found at {DllPath}; skipping.");
        return ProcessRunner.Run(ProcessRunner.DotnetHost, [DllPath, .. args], stdin);
    }
}
