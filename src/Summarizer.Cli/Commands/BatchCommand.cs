using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Summarizer.Batching;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarize batch IN.jsonl [-o OUT.jsonl]</c>: one summary line per input line, in input order.
/// Input is read through a bounded window of lines in flight, so memory stays bounded whatever the file size, and the lines in the window are summarized in parallel.
/// </summary>
internal static class BatchCommand
{
    /// <summary>Lines handed to a worker at once, and the interval of flushes and progress reports.</summary>
    private const int LinesPerChunk = 64;

    public static Command Create(CliIO io)
    {
        var input = new Argument<string>("input") { Description = "JSON Lines input, one {\"id\": ..., \"text\": \"...\"} object a line; '-' reads standard input." };
        var output = new Option<string?>("--output", "-o") { Description = "Output file (default: standard output)." };
        var lengthOptions = new LengthOptions();
        var pipelineOptions = new PipelineOptions();
        var threads = new Option<int>("--threads", "-t") { Description = "Parallel workers (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("batch", """
            Summarizes every line of a JSON Lines file.

            Each output line is {"id": ..., "summary": ["sentence", ...], "sentences": [{"start", "length", "score", "rank", "text"}]} (with "overBudget": true when no real sentence fitted a words or characters budget),
            or {"id": ..., "line": n, "error": "..."} for a line that is not valid JSON, lacks a "text" string, or fails
            (id is null when unknown). Every input line gives exactly one output line, in input order, except blank lines: skipped and counted.
            Progress, rate and time left are shown on standard error when it is a terminal; a final count line always.
            Exit code 0 when every line succeeded, 3 when some failed, 130 when interrupted with Ctrl+C (the output then
            holds only complete lines, for a prefix of the input).

            Examples:
              summarize batch articles.jsonl -o summaries.jsonl
              summarize batch articles.jsonl --sentences 2 --threads 1 > summaries.jsonl
              cat articles.jsonl | summarize batch - --ratio 0.1 --language auto -o summaries.jsonl
            """)
        {
            input, output,
        };
        lengthOptions.AddTo(command);
        pipelineOptions.AddTo(command);
        command.Options.Add(threads);

        command.SetAction((parse, cancellationToken) =>
        {
            SummaryLength length = lengthOptions.Resolve(parse);
            SummarizerPipeline pipeline = pipelineOptions.CreatePipeline(parse);
            int workers = parse.GetValue(threads);
            if (workers < 1)
                throw CliException.Usage($"--threads must be at least 1, not {workers}.");

            string inputPath = parse.GetValue(input)!;
            TextReader reader = CommonOptions.OpenInput(inputPath, io, out long? inputBytes);
            using IDisposable? ownedReader = inputPath == "-" ? null : reader; // never close standard input
            string? outputPath = parse.GetValue(output);
            using TextWriter? file = outputPath is null ? null : OpenOutput(outputPath);
            TextWriter writer = file ?? io.Out;

            var stopwatch = Stopwatch.StartNew();
            BatchResult result = io.ErrorIsTerminal
                ? BatchProgress.Show(io.Error, inputBytes, report => Run(reader, writer, pipeline, length, workers, cancellationToken, report))
                : Run(reader, writer, pipeline, length, workers, cancellationToken);
            io.Error.WriteLine($"summarize batch: {result.Describe(stopwatch.Elapsed)}");
            int exitCode = result.Interrupted ? ExitCodes.Cancelled : result.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeLinesFailed;
            return Task.FromResult(exitCode);
        });
        return command;
    }

    /// <summary>How a batch run went.</summary>
    /// <param name="Lines">Input lines answered with an output line.</param>
    /// <param name="Failed">Of those, the lines answered with an error.</param>
    /// <param name="Interrupted">Whether the run was cancelled before the end of the input.</param>
    /// <param name="Blank">Blank input lines, skipped without an output line (not counted in <paramref name="Lines"/>).</param>
    internal sealed record BatchResult(long Lines, long Failed, bool Interrupted, long Blank = 0)
    {
        /// <summary>The final count line, e.g. "10000 lines: 9995 summarized, 5 failed in 3.2 s (3100 docs/s)", with "2 blank skipped" when there were blank lines.</summary>
        public string Describe(TimeSpan elapsed)
        {
            double seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
            string blank = Blank > 0 ? string.Create(CultureInfo.InvariantCulture, $", {Blank} blank skipped") : "";
            string counts = string.Create(CultureInfo.InvariantCulture,
                $"{Lines + Blank} lines: {Lines - Failed} summarized{blank}, {Failed} failed in {seconds:0.0} s ({Lines / seconds:0} docs/s)");
            return Interrupted ? $"interrupted after {counts}" : counts;
        }
    }

    /// <summary>
    /// Processes all lines, writing one output line per input line in input order. On cancellation, stops the work in
    /// progress; the output is always complete lines answering a prefix of the input.
    /// </summary>
    /// <param name="reader">The input lines.</param>
    /// <param name="writer">Where output lines go; flushed every <see cref="LinesPerChunk"/> lines and at the end.</param>
    /// <param name="pipeline">The summarizer.</param>
    /// <param name="length">The summary length.</param>
    /// <param name="workers">Lines summarized at once.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="report">Told (lines done, input bytes consumed) every <see cref="LinesPerChunk"/> lines and at the end, when given.</param>
    internal static BatchResult Run(TextReader reader, TextWriter writer, SummarizerPipeline pipeline, SummaryLength length, int workers, CancellationToken cancellationToken, Action<long, long>? report = null)
    {
        // Long-lived workers fed in chunks of lines (OrderedParallel): a hand-off between threads per line cost more
        // than a tenth of a news article's summary. One worker summarizes on this thread, with no hand-off at all.
        // At most 2 * workers chunks are in flight, so memory stays bounded whatever the input size.
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = workers, ChunkSize = workers == 1 ? 1 : LinesPerChunk };
        Stream? inputStream = (reader as StreamReader)?.BaseStream;
        long total = 0, failed = 0, blank = 0, bytesRead = 0;
        bool interrupted = false;
        try
        {
            IAsyncEnumerable<OrderedResult<(string? Line, bool Ok, long Bytes)>> results = OrderedParallel.RunAsync(
                ReadLinesAsync(reader, inputStream, cancellationToken),
                (input, token) =>
                {
                    // A blank line (a trailing newline, a separator) holds no document: skipped and counted, not an error.
                    if (string.IsNullOrWhiteSpace(input.Line))
                        return ((string?)null, true, input.Bytes);
                    string output = SummarizeLine(input.Line, input.Number, pipeline, length, token, out bool ok);
                    return (output, ok, input.Bytes);
                },
                options, cancellationToken);
            foreach (OrderedResult<(string? Line, bool Ok, long Bytes)> result in results.ToBlockingEnumerable(cancellationToken))
            {
                if (result.Error is { } error)
                    ExceptionDispatchInfo.Throw(error); // SummarizeLine answers bad input with an error line; this is a bug
                (string? line, bool ok, bytesRead) = result.Value;
                if (line is null)
                {
                    blank++;
                    continue;
                }

                writer.WriteLine(line);
                if (!ok)
                    failed++;
                if (++total % LinesPerChunk == 0)
                {
                    writer.Flush();
                    Report();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }

        writer.Flush();
        Report();
        return new BatchResult(total, failed, interrupted || cancellationToken.IsCancellationRequested, blank);

        void Report() => report?.Invoke(total, bytesRead);
    }

    /// <summary>The input's lines with their 1-based numbers and the input bytes consumed when each was read.</summary>
    private static async IAsyncEnumerable<(string Line, long Number, long Bytes)> ReadLinesAsync(TextReader reader, Stream? stream,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long number = 0;
        bool file = stream?.CanSeek == true;
        // From a pipe, asynchronous reads complete at once while lines are buffered and wait only when the writer has
        // sent nothing yet, so a chunk is shipped without waiting for more lines to fill it. A file never keeps a
        // reader waiting, and reading it synchronously saves a thread hop per buffer.
        while ((file ? reader.ReadLine() : await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return (line, ++number, file ? stream!.Position : 0);
        }
    }

    /// <summary>Summarizes one input line into one output line; never throws for bad input.</summary>
    internal static string SummarizeLine(string line, long lineNumber, SummarizerPipeline pipeline, SummaryLength length, CancellationToken cancellationToken, out bool ok)
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
            if (!root.TryGetProperty("text", out JsonElement textElement))
                return Error(lineNumber, id, "the object has no \"text\"", out ok);
            if (textElement.ValueKind != JsonValueKind.String)
                return Error(lineNumber, id, $"\"text\" is {Describe(textElement.ValueKind)}, not a string", out ok);
            string text = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
                return Error(lineNumber, id, "\"text\" is empty", out ok);

            Summary summary = pipeline.Summarize(text, length, cancellationToken);
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
                if (summary.OverBudget)
                    json.WriteBoolean("overBudget", true);
                json.WriteEndObject();
            });
        }
        catch (JsonException e)
        {
            return Error(lineNumber, id, JsonErrors.Describe(e, line, lineNumber), out ok);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return Error(lineNumber, id, e.Message, out ok);
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    private static string Error(long lineNumber, JsonElement? id, string message, out bool ok)
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

    private static StreamWriter OpenOutput(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot write '{path}': {CommonOptions.Reason(e)}");
        }
    }
}
