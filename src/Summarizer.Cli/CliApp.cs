using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text;
using Summarizer.Cli.Commands;

namespace Summarizer.Cli;

/// <summary>The <c>summarize</c> command line: parses arguments, runs a command, maps failures to exit codes.</summary>
/// <remarks>Exit codes: 0 success; 1 an input could not be read; 2 a usage error; 3 a batch in which some lines failed; 130 interrupted (Ctrl+C).</remarks>
public static class CliApp
{
    /// <summary>Runs the command line with the given streams (tests pass their own).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="stderrIsTerminal">Whether standard error is a terminal, where progress may be drawn.</param>
    /// <param name="cancellationToken">Stops the command early (the process passes Ctrl+C here).</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false, CancellationToken cancellationToken = default) =>
        Run(args, new CliIO(stdin, stdout, stderr, stderrIsTerminal), cancellationToken);

    private static int Run(string[] args, CliIO io, CancellationToken cancellationToken)
    {
        TextWriter stderr = io.Error, stdout = io.Out;
        RootCommand root = SummarizeCommand.Create(io);
        root.Subcommands.Add(BatchCommand.Create(io));
        root.Subcommands.Add(SentencesCommand.Create(io));
        root.Subcommands.Add(EvalCommand.Create(io));
        root.Subcommands.Add(IdfCommand.Create(io));
        CommandHelp.Configure(root, root.Arguments[0]);

        ParseResult parse = root.Parse(args);
        if (UsageErrors.UnknownOption(parse, args) is { } unknown)
        {
            // An option that is not one of the command's is a usage error, never the name of a file to read.
            stderr.WriteLine($"summarize: {unknown}");
            stderr.WriteLine($"Try '{CommandPath(parse)} --help'.");
            return ExitCodes.Usage;
        }

        if (parse.Errors.Count > 0)
        {
            if (parse.Tokens.All(token => token.Type == TokenType.Command))
            {
                // A command named without any of its arguments ("summarize idf fit"): its help says what it needs.
                root.Parse([.. parse.Tokens.Select(token => token.Value), "--help"]).Invoke(new InvocationConfiguration { Output = stderr, Error = stderr });
                return ExitCodes.Usage;
            }

            stderr.WriteLine($"summarize: {UsageErrors.Describe(OneLine(parse.Errors[0].Message))}");
            stderr.WriteLine($"Try '{CommandPath(parse)} --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            // Termination signals are the caller's to turn into cancellation (see RunProcess), so that commands can stop
            // cleanly however long that takes, rather than being abandoned after the parser's default timeout.
            var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            return parse.InvokeAsync(configuration, cancellationToken).GetAwaiter().GetResult();
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
            stderr.WriteLine("summarize: interrupted.");
            return ExitCodes.Cancelled;
        }
        catch (IOException e)
        {
            // Typically the reader of standard output went away (a closed pipe).
            stderr.WriteLine($"summarize: cannot write the output: {OneLine(e.Message)}");
            return ExitCodes.InputError;
        }
        catch (Exception e)
        {
            // A bug, not a usage problem: still one line, never a stack trace.
            stderr.WriteLine($"summarize: unexpected {e.GetType().Name}: {OneLine(e.Message)}");
            return ExitCodes.InputError;
        }
    }

    /// <summary>Runs the command line on the process's console: Ctrl+C cancels the command, a second Ctrl+C ends the process at once.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The exit code.</returns>
    public static int RunProcess(string[] args)
    {
        using var interrupt = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = !interrupt.IsCancellationRequested;
            interrupt.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        // Buffered: the console's own writer flushes at every line, which costs a system call per line of a batch.
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        try
        {
            // Redirected standard input is also offered as bytes: a batch reads JSON Lines from it as UTF-8.
            Stream? stdinBytes = Console.IsInputRedirected ? Console.OpenStandardInput() : null;
            return Run(args, new CliIO(Console.In, stdout, Console.Error, !Console.IsErrorRedirected, stdinBytes), interrupt.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
            try
            {
                stdout.Flush();
            }
            catch (IOException)
            {
                // The reader of standard output went away; nothing is left to tell it.
            }
        }
    }

    /// <summary>Parser messages may list choices on several lines; a usage error is one line.</summary>
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The command as typed, from the root: "summarize", "summarize batch", "summarize idf fit".</summary>
    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? result = parse.CommandResult; result is not null; result = result.Parent)
        {
            if (result is CommandResult command && command.Command is not RootCommand)
                names.Insert(0, command.Command.Name);
        }

        return string.Join(' ', ["summarize", .. names]);
    }
}

/// <summary>The process's standard streams.</summary>
/// <param name="In">Standard input as text.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal, where progress may be drawn.</param>
/// <param name="InBytes">Standard input's bytes, when it is redirected and not yet read (the process's own); null otherwise.</param>
internal sealed record CliIO(TextReader In, TextWriter Out, TextWriter Error, bool ErrorIsTerminal = false, Stream? InBytes = null);

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
