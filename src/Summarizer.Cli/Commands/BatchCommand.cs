using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using System.Text.Unicode;
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
        var inputKind = new Option<string>("--input", "-i")
        {
            Description = "How each line's \"text\" is read: auto (a web page if it starts with <!DOCTYPE html or <html; subtitles if it starts with WEBVTT or a numbered SubRip cue, or is a transcript with time stamps such as 0:03 or [00:01:12] at its lines' starts; plain text otherwise), text, html or subtitles.",
            DefaultValueFactory = _ => "auto",
        };
        inputKind.AcceptOnlyFromAmong("auto", "text", "html", "subtitles");

        var command = new Command("batch", """
            Summarizes every line of a JSON Lines file.

            Each output line is {"id": ..., "summary": ["sentence", ...], "sentences": [{"start", "length", "score", "rank", "text"}]} (with "overBudget": true when no real sentence fitted a words or characters budget),
            or {"id": ..., "line": n, "error": "..."} for a line that is not valid JSON, lacks a "text" string, or fails
            (id is null when unknown). Every input line gives exactly one output line, in input order, except blank lines: skipped and counted.
            A "text" that holds a web page or subtitles (see --input) is summarized from its article or dialogue, as the
            summarize command reads such a file; its line then adds "input" ("html" or "subtitles"), the page's "title",
            and the "text" the offsets refer to, and a subtitle sentence's "from" and "to" times.
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
        command.Options.Add(inputKind);

        command.SetAction((parse, cancellationToken) =>
        {
            SummaryLength length = lengthOptions.Resolve(parse);
            SummarizerPipeline pipeline = pipelineOptions.CreatePipeline(parse);
            int workers = parse.GetValue(threads);
            string kind = parse.GetValue(inputKind)!;
            if (workers < 1)
                throw CliException.Usage($"--threads must be at least 1, not {workers}.");

            string inputPath = parse.GetValue(input)!;
            TextReader reader = CommonOptions.OpenInput(inputPath, io, out long? inputBytes);
            using IDisposable? ownedReader = inputPath == "-" ? null : reader; // never close standard input
            string? outputPath = parse.GetValue(output);
            using TextWriter? file = outputPath is null ? null : CommonOptions.OpenOutput(outputPath);
            TextWriter writer = file ?? io.Out;

            var stopwatch = Stopwatch.StartNew();
            IAsyncEnumerable<InputLine> lines = inputPath == "-" && io.InBytes is { } stdin
                ? FromBytes(Utf8Lines.ReadAsync(stdin, ReadOnlyMemory<byte>.Empty, waitAsync: true, cancellationToken))
                : ReadLines(reader, cancellationToken);
            BatchResult result = io.ErrorIsTerminal
                ? BatchProgress.Show(io.Error, inputBytes, report => Run(lines, writer, pipeline, length, workers, cancellationToken, report, kind))
                : Run(lines, writer, pipeline, length, workers, cancellationToken, inputKind: kind);
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
    /// <param name="lines">The input lines (<see cref="ReadLines"/>).</param>
    /// <param name="writer">Where output lines go; flushed every <see cref="LinesPerChunk"/> lines and at the end.</param>
    /// <param name="pipeline">The summarizer.</param>
    /// <param name="length">The summary length.</param>
    /// <param name="workers">Lines summarized at once.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <param name="report">Told (lines done, input bytes consumed) every <see cref="LinesPerChunk"/> lines and at the end, when given.</param>
    /// <param name="inputKind">How each line's text is read: auto, text, html or subtitles (<see cref="InputText.FromContent"/>).</param>
    internal static BatchResult Run(IAsyncEnumerable<InputLine> lines, TextWriter writer, SummarizerPipeline pipeline, SummaryLength length, int workers, CancellationToken cancellationToken, Action<long, long>? report = null, string inputKind = "auto") =>
        // The calling thread waits once for the whole run. The loop below goes on wherever the results arrive: with
        // several workers, on the worker that finishes the chunk due next, which writes its lines and carries on. A
        // calling thread woken for every chunk, to write for a tenth of a millisecond, made the scheduler place a
        // waking worker on the other worker's core, where both then shared it for up to 15 ms while one core idled.
        RunAsync(lines, writer, pipeline, length, workers, cancellationToken, report, inputKind).GetAwaiter().GetResult();

    private static async Task<BatchResult> RunAsync(IAsyncEnumerable<InputLine> lines, TextWriter writer, SummarizerPipeline pipeline, SummaryLength length, int workers, CancellationToken cancellationToken, Action<long, long>? report, string inputKind)
    {
        // Long-lived workers fed in chunks of lines (OrderedParallel): a hand-off between threads per line cost more
        // than a tenth of a news article's summary. One worker summarizes on this thread, with no hand-off at all.
        // At most 2 * workers chunks are in flight, so memory stays bounded whatever the input size.
        var options = new OrderedParallelOptions { MaxDegreeOfParallelism = workers, ChunkSize = workers == 1 ? 1 : LinesPerChunk };
        var output = new Utf8LineWriter(writer);
        long total = 0, failed = 0, blank = 0, bytesRead = 0;
        bool interrupted = false;
        try
        {
            IAsyncEnumerable<OrderedResult<(byte[]? Line, bool Ok, long Bytes)>> results = OrderedParallel.RunAsync(
                lines,
                (input, token) =>
                {
                    // A blank line (a trailing newline, a separator) holds no document: skipped and counted, not an error.
                    if (input.IsBlank())
                        return ((byte[]?)null, true, input.Bytes);
                    byte[] line = SummarizeLine(input, pipeline, length, inputKind, token, out bool ok);
                    return (line, ok, input.Bytes);
                },
                options, cancellationToken);
            await foreach (OrderedResult<(byte[]? Line, bool Ok, long Bytes)> result in results.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (result.Error is { } error)
                    ExceptionDispatchInfo.Throw(error); // SummarizeLine answers bad input with an error line; this is a bug
                (byte[]? line, bool ok, bytesRead) = result.Value;
                if (line is null)
                {
                    blank++;
                    continue;
                }

                output.WriteLine(line);
                if (!ok)
                    failed++;
                if (++total % LinesPerChunk == 0)
                {
                    output.Flush();
                    Report();
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            interrupted = true;
        }

        output.Flush();
        Report();
        return new BatchResult(total, failed, interrupted || cancellationToken.IsCancellationRequested, blank);

        void Report() => report?.Invoke(total, bytesRead);
    }

    /// <summary>
    /// The input's lines: as UTF-8 bytes from a UTF-8 file (<see cref="Utf8Lines"/>), which is what the JSON parser
    /// reads, otherwise as text from <paramref name="reader"/>.
    /// </summary>
    internal static IAsyncEnumerable<InputLine> ReadLines(TextReader reader, CancellationToken cancellationToken)
    {
        if (reader is StreamReader { BaseStream: { CanSeek: true } stream } streamReader && stream.Position == 0
            && streamReader.CurrentEncoding.CodePage == Encoding.UTF8.CodePage)
        {
            byte[] start = new byte[4];
            int read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
            if (!Utf8Lines.StartsWithNonUtf8Mark(start.AsSpan(0, read)))
                return FromBytes(Utf8Lines.ReadAsync(stream, start.AsMemory(0, read), waitAsync: false, cancellationToken));
            stream.Position = 0; // a UTF-16 or UTF-32 file: the reader follows its byte order mark
        }

        return FromText(reader, (reader as StreamReader)?.BaseStream, cancellationToken);
    }

    private static async IAsyncEnumerable<InputLine> FromBytes(IAsyncEnumerable<(byte[] Line, long Number, long Bytes)> lines)
    {
        await foreach ((byte[] line, long number, long bytes) in lines.ConfigureAwait(false))
            yield return new InputLine(line, null, number, bytes);
    }

    /// <summary>The lines of a text reader with their 1-based numbers and the input bytes consumed when each was read.</summary>
    private static async IAsyncEnumerable<InputLine> FromText(TextReader reader, Stream? stream, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long number = 0;
        bool file = stream?.CanSeek == true;
        // From a pipe, asynchronous reads complete at once while lines are buffered and wait only when the writer has
        // sent nothing yet, so a chunk is shipped without waiting for more lines to fill it. A file never keeps a
        // reader waiting, and reading it synchronously saves a thread hop per buffer.
        while ((file ? reader.ReadLine() : await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new InputLine(null, line, ++number, file ? stream!.Position : 0);
        }
    }

    /// <summary>One input line: its UTF-8 bytes as read from a file, or its text as read from a text reader.</summary>
    /// <param name="Utf8">The line's bytes, when read as bytes.</param>
    /// <param name="Text">The line's text, when read as text.</param>
    /// <param name="Number">The line's number, from 1.</param>
    /// <param name="Bytes">The input bytes consumed when the line was read (for progress).</param>
    internal readonly record struct InputLine(byte[]? Utf8, string? Text, long Number, long Bytes)
    {
        /// <summary>
        /// The line as a text reader would have read it: bytes that are not valid UTF-8 become U+FFFD, as a UTF-8
        /// <see cref="StreamReader"/> decodes them.
        /// </summary>
        public string GetText() => Text ?? Encoding.UTF8.GetString(Utf8!);

        /// <summary>Whether the line is empty or only white space, as <see cref="string.IsNullOrWhiteSpace"/> says of its text.</summary>
        public bool IsBlank()
        {
            if (Text is not null)
                return string.IsNullOrWhiteSpace(Text);
            foreach (byte b in Utf8!)
            {
                if (b >= 0x80)
                    return string.IsNullOrWhiteSpace(GetText()); // white space beyond ASCII (a no-break space, say)
                if (!char.IsWhiteSpace((char)b))
                    return false;
            }

            return true;
        }
    }

    /// <summary>Summarizes one input line into one UTF-8 output line; never throws for bad input.</summary>
    internal static byte[] SummarizeLine(InputLine input, SummarizerPipeline pipeline, SummaryLength length, string inputKind, CancellationToken cancellationToken, out bool ok)
    {
        long lineNumber = input.Number;
        JsonElement? id = null;
        // Bytes are parsed as they are, unless they are not valid UTF-8: then as the text a reader decodes from them.
        string? text = input.Utf8 is { } bytes && Utf8.IsValid(bytes) ? null : input.GetText();
        try
        {
            using JsonDocument document = text is null ? JsonDocument.Parse(input.Utf8) : JsonDocument.Parse(text);
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Error(lineNumber, null, "the line is not a JSON object", out ok);
            if (root.TryGetProperty("id", out JsonElement idElement))
                id = idElement.Clone();
            if (!root.TryGetProperty("text", out JsonElement textElement))
                return Error(lineNumber, id, "the object has no \"text\"", out ok);
            if (textElement.ValueKind != JsonValueKind.String)
                return Error(lineNumber, id, $"\"text\" is {Describe(textElement.ValueKind)}, not a string", out ok);
            string article = textElement.GetString()!;
            if (string.IsNullOrWhiteSpace(article))
                return Error(lineNumber, id, "\"text\" is empty", out ok);

            // A web page or subtitles in the line is read as the summarize command reads such a file (a CliException
            // for a page without text or subtitles without dialogue becomes the line's error).
            InputText read = InputText.FromContent(article, inputKind, "the line's \"text\"");
            Summary summary = read.IsDerived
                ? pipeline.Summarize(read.MarkNonContent(pipeline.Analyze(read.Text, cancellationToken)), length, cancellationToken)
                : pipeline.Summarize(article, length, cancellationToken);
            ok = true;
            return JsonOutput.ToUtf8Line(json =>
            {
                json.WriteStartObject();
                WriteId(json, id);
                json.WriteStartArray("summary");
                foreach (ScoredSentence s in summary.Sentences)
                    json.WriteStringValue(s.Text);
                json.WriteEndArray();
                json.WritePropertyName("sentences");
                JsonOutput.WriteSentences(json, summary.Sentences, includeIndex: false, read.SubtitleLines);
                if (summary.OverBudget)
                    json.WriteBoolean("overBudget", true);
                if (read.IsDerived)
                {
                    // The offsets above are into this text, not the line's own.
                    json.WriteString("input", read.Kind == InputKind.Html ? "html" : "subtitles");
                    if (read.Title is not null)
                        json.WriteString("title", read.Title);
                    json.WriteString("text", read.Text);
                }

                json.WriteEndObject();
            });
        }
        catch (JsonException e)
        {
            return Error(lineNumber, id, JsonErrors.Describe(e, text ?? input.GetText(), lineNumber), out ok);
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

    private static byte[] Error(long lineNumber, JsonElement? id, string message, out bool ok)
    {
        ok = false;
        return JsonOutput.ToUtf8Line(json =>
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
}
