using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Summarizer.Text;
using Summarizer.Weighting;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarize idf fit CORPUS.jsonl -o news.idf</c> and <c>summarize idf merge a.idf b.idf -o all.idf</c>:
/// corpus document frequencies for <c>--idf</c>, fitted per shard and merged (a map and a reduce step).
/// </summary>
internal static class IdfCommand
{
    public static Command Create(CliIO io)
    {
        var command = new Command("idf", """
            Fits and merges corpus IDF models (document frequencies of stemmed words) for --idf.

            Examples:
              summarize idf fit news.jsonl -o news.idf
              summarize idf fit part-00001.jsonl -o part-00001.idf --language de
              summarize idf merge part-*.idf -o all.idf
              summarize --idf news.idf article.txt
            """);
        command.Subcommands.Add(Fit(io));
        command.Subcommands.Add(Merge(io));
        return command;
    }

    private static Command Fit(CliIO io)
    {
        var input = new Argument<string>("corpus") { Description = "JSON Lines corpus, the \"text\" field of each line is one document; '-' reads standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Model file to write (default: standard output)." };
        var language = CommonOptions.Language();
        language.Description = $"Language of the stop words and stemmer the model is fitted with: {string.Join(", ", LanguageCodes.All)}.";

        var command = new Command("fit", """
            Fits an IDF model on a corpus, reading it line by line (memory grows with the vocabulary, not the corpus).
            Lines that are not a JSON object with a "text" string are skipped and counted; the exit code is then 3.
            """)
        {
            input, output, language,
        };

        command.SetAction((parse, cancellationToken) =>
        {
            if (CommonOptions.ResolveLanguage(parse, language) is not { } fixedLanguage)
                throw CliException.Usage("an IDF model is fitted for one language; give --language, not auto.");

            string inputPath = parse.GetValue(input)!;
            TextReader reader = CommonOptions.OpenInput(inputPath, io, out _);
            using IDisposable? ownedReader = inputPath == "-" ? null : reader; // never close standard input
            int lines = 0, skipped = 0;
            IdfModel model = IdfModel.Fit(Texts(), fixedLanguage, cancellationToken);
            Write(model, parse.GetValue(output), io);
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"summarize idf fit: {lines} lines, {model.DocumentCount} documents, {model.TermCount} terms, {skipped} skipped."));
            return Task.FromResult(skipped == 0 ? ExitCodes.Success : ExitCodes.SomeLinesFailed);

            IEnumerable<string> Texts()
            {
                while (reader.ReadLine() is { } line)
                {
                    lines++;
                    if (string.IsNullOrWhiteSpace(line))
                        continue;
                    if (TextOf(line) is { } text)
                        yield return text;
                    else
                        skipped++;
                }
            }
        });
        return command;
    }

    private static Command Merge(CliIO io)
    {
        var inputs = new Argument<string[]>("models") { Description = "IDF model files fitted on disjoint parts of a corpus.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "Model file to write (default: standard output)." };
        var command = new Command("merge", "Merges IDF models fitted on disjoint shards; the result equals a model fitted on the whole corpus.")
        {
            inputs, output,
        };

        command.SetAction(parse =>
        {
            string[] paths = parse.GetValue(inputs)!;
            IdfModel merged;
            try
            {
                merged = IdfModel.Merge(paths.Select(CommonOptions.LoadIdf));
            }
            catch (ArgumentException e)
            {
                throw new CliException(ExitCodes.InputError, e.Message[..(e.Message.IndexOf(" (Parameter", StringComparison.Ordinal) is var i and >= 0 ? i : e.Message.Length)]);
            }

            Write(merged, parse.GetValue(output), io);
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"summarize idf merge: {paths.Length} models, {merged.DocumentCount} documents, {merged.TermCount} terms."));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The "text" string of a JSON Lines object, or null when the line has none.</summary>
    private static string? TextOf(string line)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("text", out JsonElement text) && text.ValueKind == JsonValueKind.String
                ? text.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Write(IdfModel model, string? path, CliIO io)
    {
        if (path is null)
        {
            model.Save(io.Out);
            io.Out.Flush();
            return;
        }

        try
        {
            using StreamWriter writer = CommonOptions.OpenOutput(path);
            model.Save(writer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot write '{path}': {CommonOptions.Reason(e)}");
        }
    }
}
