using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Summarizer.Cli;

/// <summary>
/// The help of a subcommand shows its own usage and arguments. The parser's help also shows the arguments of every
/// command above it, so <c>summarize idf fit --help</c> read "summarize [&lt;files&gt;...] idf fit &lt;corpus&gt;" and listed
/// the files to summarize among the arguments of <c>idf fit</c>; those lines are left out here.
/// </summary>
internal sealed class CommandHelp(SynchronousCommandLineAction parserHelp, Argument rootFiles) : SynchronousCommandLineAction
{
    public static void Configure(RootCommand root, Argument rootFiles)
    {
        foreach (HelpOption help in root.Options.OfType<HelpOption>())
        {
            if (help.Action is SynchronousCommandLineAction parserHelp)
                help.Action = new CommandHelp(parserHelp, rootFiles);
        }
    }

    /// <summary>Like the parser's help: "--help" shows help even when the command's arguments are missing.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        InvocationConfiguration configuration = parseResult.InvocationConfiguration;
        TextWriter output = configuration.Output;
        if (parseResult.CommandResult.Command is RootCommand)
            return parserHelp.Invoke(parseResult);

        var text = new StringWriter();
        configuration.Output = text;
        try
        {
            parserHelp.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
        }

        output.Write(WithoutRootArguments(text.ToString()));
        return 0;
    }

    /// <summary>The help text without the root command's file argument in the usage line and the argument list.</summary>
    private string WithoutRootArguments(string help)
    {
        string label = $"[<{rootFiles.Name}>...]";
        var lines = help.ReplaceLineEndings("\n").Split('\n').ToList();
        for (int i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("  ", StringComparison.Ordinal) && i > 0 && lines[i - 1] == "Usage:")
                lines[i] = lines[i].Replace($" {label} ", " ", StringComparison.Ordinal);
        }

        int arguments = lines.IndexOf("Arguments:");
        if (arguments >= 0)
        {
            // The rows of the section, up to its blank line; a row's continuation lines start with more spaces.
            int end = lines.FindIndex(arguments + 1, line => line.Length == 0);
            end = end < 0 ? lines.Count : end;
            var rows = lines.GetRange(arguments + 1, end - arguments - 1);
            var kept = new List<string>();
            bool skipping = false;
            foreach (string row in rows)
            {
                bool newRow = row.StartsWith("  <", StringComparison.Ordinal) || row.StartsWith("  [", StringComparison.Ordinal);
                if (newRow)
                    skipping = row.StartsWith($"  <{rootFiles.Name}>", StringComparison.Ordinal);
                if (!skipping)
                    kept.Add(row);
            }

            lines.RemoveRange(arguments, end - arguments + (kept.Count == 0 && end < lines.Count ? 1 : 0));
            if (kept.Count > 0)
                lines.InsertRange(arguments, ["Arguments:", .. Realign(kept)]);
        }

        return string.Join(Environment.NewLine, lines);
    }

    /// <summary>The kept rows keep the column the removed row's label set; that is wider than needed but still aligned.</summary>
    private static IEnumerable<string> Realign(List<string> rows) => rows;
}
