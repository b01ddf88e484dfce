using System.CommandLine;
using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarize batch IN.jsonl [-o OUT.jsonl]</c>: one summary line per input line, in input order.
/// Input is read in blocks so memory stays bounded whatever the file size; each block is summarized in parallel.
/// </summary>
internal static class BatchCommand
{
    private const int LinesPerThreadPerBlock = 64;

    public static Command Create(CliIO io)
    {
        var input = new Argument<string>("input") { Description = "JSON Lines input, one {\"id\": ..., \"text\": \"...\"} object a line; '-' reads standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var sentences = CommonOptions.Sentences();
        var ratio = CommonOptions.Ratio();
        var words = CommonOptions.Words();
        var chars = CommonOptions.Chars();
        var algorithm = CommonOptions.Algorithm();
        var language = CommonOptions.Language();
        var idf = CommonOptions.Idf();
        var threads = new Option<int>("--threads", "-t") { Description = "Parallel workers (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("batch", """
            Summarizes every line of a JSON Lines file.

            Each output line is {"id": ..., "summary": ["sentence", ...], "sentences": [{"start", "length", "score", "rank", "text"}]},
            or {"id": ..., "line": n, "error": "..."} for a line that is not valid JSON, lacks "text", or fails.
            Exit code 0 when every line succeeded, 3 when some failed.

            Examples:
              summarize batch articles.jsonl -o summaries.jsonl
              summarize batch articles.jsonl --sentences 2 --threads 1 > summaries.jsonl
            """)
        {
            input, output, sentences, ratio, words, chars, algorithm, language, idf, threads,
        };

        command.SetAction((parse, cancellationToken) =>
        {
            SummaryLength length = CommonOptions.ResolveLength(parse, sentences, ratio, words, chars);
            SummarizerPipeline pipeline = Algorithms.Create(parse.GetValue(algorithm)!, CommonOptions.ResolveLanguage(parse, language), CommonOptions.ResolveIdf(parse, idf));
            int workers = parse.GetValue(threads);
            if (workers < 1)
                throw CliException.Usage($"--threads must be at least 1, not {workers}.");

            string inputPath = parse.GetValue(input)!;
            TextReader reader = OpenInput(inputPath, io);
            using IDisposable? ownedReader = inputPath == "-" ? null : reader; // never close standard input
            string? outputPath = parse.GetValue(output);
            using TextWriter? file = outputPath is null ? null : OpenOutput(outputPath);
            TextWriter writer = file ?? io.Out;

            var (total, failed) = Run(reader, writer, pipeline, length, workers, cancellationToken);
            io.Error.WriteLine($"summarize batch: {total} lines, {total - failed} summarized, {failed} failed.");
            return Task.FromResult(failed == 0 ? ExitCodes.Success : ExitCodes.SomeLinesFailed);
        });
        return command;
    }

    /// <summary>Processes all lines; returns the number of lines and of failed lines.</summary>
    internal static (int Total, int Failed) Run(TextReader reader, TextWriter writer, SummarizerPipeline pipeline, SummaryLength length, int workers, CancellationToken cancellationToken)
    {
        int blockSize = workers * LinesPerThreadPerBlock;
        var block = new List<string>(blockSize);
        var results = new string[blockSize];
        int total = 0, failed = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken };

        while (true)
        {
            block.Clear();
            while (block.Count < blockSize && reader.ReadLine() is { } line)
                block.Add(line);
            if (block.Count == 0)
                break;

            int firstLine = total + 1;
            int blockFailures = 0;
            Parallel.For(0, block.Count, options, i =>
            {
                results[i] = SummarizeLine(block[i], firstLine + i, pipeline, length, out bool ok);
                if (!ok)
                    Interlocked.Increment(ref blockFailures);
            });

            // Only whole blocks are written, so an interrupted run leaves complete lines.
            for (int i = 0; i < block.Count; i++)
                writer.WriteLine(results[i]);
            writer.Flush();
            total += block.Count;
            failed += blockFailures;
        }

        return (total, failed);
    }

    /// <summary>Summarizes one input line into one output line; never throws for bad input.</summary>
    internal static string SummarizeLine(string line, int lineNumber, SummarizerPipeline pipeline, SummaryLength length, out bool ok)
    {
        JsonElement? id = null;
        try
        {
            using JsonDocument document = JsonDocument.Parse(line);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Error(lineNumber, null, "the line is not a JSON object", out ok);
            if (root.TryGetProperty("id", out JsonElement idElement))
                id = idElement.Clone();
            if (!root.TryGetProperty("text", out JsonElement textElement) || textElement.ValueKind != JsonValueKind.String)
                return Error(lineNumber, id, "the object has no \"text\" string", out ok);

            Summary summary = pipeline.Summarize(textElement.GetString()!, length);
            ok = true;
            return JsonOutput.ToLine(json =>
            {
                json.WriteStartObject();
                WriteId(json, id);
                json.WriteStartArray("summary");
                foreach (ScoredSentence s in summary.Sentences)
                    json.WriteStringValue(s.Text);
                json.WriteEndArray();
                json.WritePropertyName("sentences");
                JsonOutput.WriteSentences(json, summary.Sentences, includeIndex: false);
                json.WriteEndObject();
            });
        }
        catch (JsonException e)
        {
            return Error(lineNumber, id, $"invalid JSON: {e.Message}", out ok);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Error(lineNumber, id, e.Message, out ok);
        }
    }

    private static string Error(int lineNumber, JsonElement? id, string message, out bool ok)
    {
        ok = false;
        return JsonOutput.ToLine(json =>
        {
            json.WriteStartObject();
            WriteId(json, id);
            json.WriteNumber("line", lineNumber);
            json.WriteString("error", message);
            json.WriteEndObject();
        });
    }

    private static void WriteId(Utf8JsonWriter json, JsonElement? id)
    {
        json.WritePropertyName("id");
        if (id is { } value)
            value.WriteTo(json);
        else
            json.WriteNullValue();
    }

    private static TextReader OpenInput(string path, CliIO io)
    {
        if (path == "-")
            return io.In;
        try
        {
            return new StreamReader(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot read '{path}': {e.Message}");
        }
    }

    private static StreamWriter OpenOutput(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot write '{path}': {e.Message}");
        }
    }
}
