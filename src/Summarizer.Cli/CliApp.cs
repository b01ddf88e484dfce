using System.CommandLine;
using Summarizer.Cli.Commands;

namespace Summarizer.Cli;

/// <summary>The <c>summarize</c> command line: parses arguments, runs a command, maps failures to exit codes.</summary>
/// <remarks>Exit codes: 0 success; 1 an input could not be read; 2 a usage error; 3 a batch in which some lines failed.</remarks>
public static class CliApp
{
    /// <summary>Runs the command line with the given streams (tests pass their own).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var io = new CliIO(stdin, stdout, stderr);
        RootCommand root = SummarizeCommand.Create(io);
        root.Subcommands.Add(BatchCommand.Create(io));
        root.Subcommands.Add(SentencesCommand.Create(io));
        root.Subcommands.Add(EvalCommand.Create(io));
        root.Subcommands.Add(IdfCommand.Create(io));

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"summarize: {OneLine(parse.Errors[0].Message)}");
            stderr.WriteLine($"Try '{CommandPath(parse)} --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException e)
        {
            stderr.WriteLine($"summarize: {e.Message}");
            if (e.ExitCode == ExitCodes.Usage)
                stderr.WriteLine($"Try '{CommandPath(parse)} --help'.");
            return e.ExitCode;
        }
        catch (OperationCanceledException)
        {
            stderr.WriteLine("summarize: cancelled.");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>Parser messages may list choices on several lines; a usage error is one line.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string CommandPath(ParseResult parse) =>
        parse.CommandResult.Command is RootCommand ? "summarize" : $"summarize {parse.CommandResult.Command.Name}";
}

/// <summary>The process's standard streams.</summary>
internal sealed record CliIO(TextReader In, TextWriter Out, TextWriter Error);

/// <summary>The exit codes of the <c>summarize</c> command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputError = 1;
    public const int Usage = 2;
    public const int SomeLinesFailed = 3;
    public const int Cancelled = 130;
}

/// <summary>A failure to report in one line with an exit code, without a stack trace.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(ExitCodes.Usage, message);
}
