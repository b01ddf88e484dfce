using Summarizer.Cli;

namespace Summarizer.Cli.Tests;

/// <summary>Runs the command line in-process with captured streams.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] Lines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    public static Result Run(string stdin, params string[] args) => Run(new StringReader(stdin), default, args);

    public static Result Run(TextReader stdin, CancellationToken cancellationToken, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, stdin, output, error, stderrIsTerminal: false, cancellationToken);
        return new Result(code, output.ToString(), error.ToString());
    }
}
