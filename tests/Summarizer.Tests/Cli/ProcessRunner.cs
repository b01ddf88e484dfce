using System.Diagnostics;

namespace Summarizer.Tests.Cli;

/// <summary>Runs the built <c>summarize</c> command in a separate process, as a user would.</summary>
internal static class ProcessRunner
{
    public sealed record Result(int ExitCode, byte[] Out, string Error);

    /// <summary>The command's assembly, copied beside the tests by the project reference.</summary>
    private static string CommandPath
    {
        get
        {
            string path = Path.Combine(AppContext.BaseDirectory, "summarize.dll");
            if (!File.Exists(path))
                Assert.Ignore($"The summarize command was not found at {path}; skipping.");
            return path;
        }
    }

    public static Result Run(byte[] stdin, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CommandPath);
        foreach (string arg in args)
            start.ArgumentList.Add(arg);

        using Process process = Process.Start(start)!;
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var output = new MemoryStream();
        Task copy = process.StandardOutput.BaseStream.CopyToAsync(output);
        process.StandardInput.BaseStream.Write(stdin);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("summarize did not finish within two minutes");
        }

        copy.Wait();
        return new Result(process.ExitCode, output.ToArray(), error.Result);
    }
}
