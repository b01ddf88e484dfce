using System.Diagnostics;

namespace Summarizer.Testing;

/// <summary>
/// Starts a program as a separate process with redirected streams: the one process launcher of the tests (the
/// <c>summarize</c> command, the samples, Python scripts).
/// </summary>
public static class ProcessRunner
{
    /// <summary>The outcome of a process run to its end.</summary>
    /// <param name="ExitCode">The process's exit code.</param>
    /// <param name="Output">Standard output, as bytes (the caller decides the encoding).</param>
    /// <param name="Error">Standard error, as UTF-8 text.</param>
    public sealed record Result(int ExitCode, byte[] Output, string Error)
    {
        /// <summary>Standard output as UTF-8 text.</summary>
        public string OutputText => System.Text.Encoding.UTF8.GetString(Output);
    }

    /// <summary>The <c>dotnet</c> host running the tests, so a child runs on the same runtime.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Starts <paramref name="fileName"/>; the caller owns (and disposes) the process.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments, each passed as one argument.</param>
    /// <param name="workingDirectory">The working directory; null for the current one.</param>
    /// <returns>The started process.</returns>
    public static Process Start(string fileName, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
            start.WorkingDirectory = workingDirectory;
        foreach (string argument in arguments)
            start.ArgumentList.Add(argument);
        return Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
    }

    /// <summary>Runs <paramref name="fileName"/> to its end with <paramref name="input"/> on standard input; fails the test if it outlives <paramref name="timeout"/>.</summary>
    /// <param name="fileName">The program.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="input">Standard input; empty closes it at once.</param>
    /// <param name="timeout">How long it may run; two minutes when null.</param>
    /// <param name="workingDirectory">The working directory; null for the current one.</param>
    /// <returns>The exit code and both streams.</returns>
    public static Result Run(string fileName, IEnumerable<string> arguments, ReadOnlySpan<byte> input = default, TimeSpan? timeout = null, string? workingDirectory = null)
    {
        using Process process = Start(fileName, arguments, workingDirectory);
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        Task copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        try
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program exited without reading all of its input; its exit code and output still tell the story.
        }

        TimeSpan limit = timeout ?? TimeSpan.FromMinutes(2);
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} did not finish within {limit.TotalSeconds:F0} s");
        }

        process.WaitForExit(); // drains the redirected streams
        copy.Wait();
        return new Result(process.ExitCode, output.ToArray(), error.Result);
    }
}
