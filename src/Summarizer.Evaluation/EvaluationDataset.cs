using System.Globalization;
using System.Text.Json;

namespace Summarizer.Evaluation;

/// <summary>
/// Reads evaluation sets and system predictions stored as JSON Lines (one JSON object a line), streaming
/// line by line.
/// </summary>
/// <remarks>
/// <para>
/// A document line is <c>{"id": "...", "text": "...", "summaries": ["...", ...]}</c> with optional
/// <c>"title"</c> and <c>"category"</c> strings. A prediction line is <c>{"id": "...", "summary": "..."}</c>
/// or <c>{"id": "...", "summary": ["sentence", ...]}</c>; a list is joined with <c>'\n'</c> so ROUGE-Lsum
/// sees one sentence a line. An <c>id</c> may also be a JSON number. Unknown keys are ignored, blank lines
/// are skipped, and property names are matched case-sensitively.
/// </para>
/// <para>
/// The sequences are lazy: the file is opened when enumeration starts and read one line at a time, so a
/// large set never sits in memory whole. A malformed line stops the enumeration with an
/// <see cref="InvalidDataException"/> whose message gives the file and the 1-based line number.
/// </para>
/// </remarks>
public static class EvaluationDataset
{
    /// <summary>Reads the documents of a JSON Lines evaluation set.</summary>
    /// <param name="path">The path of the <c>.jsonl</c> file.</param>
    /// <returns>The documents in file order, read lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">No file exists at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">During enumeration: a line is not a valid document.</exception>
    public static IEnumerable<EvaluationDocument> Read(string path)
    {
        RequireFile(path);
        return ReadFile(path, ParseDocument);
    }

    /// <summary>Reads the documents of a JSON Lines evaluation set from a reader, which stays open.</summary>
    /// <param name="reader">The reader, positioned at the first line.</param>
    /// <returns>The documents in order, read lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="InvalidDataException">During enumeration: a line is not a valid document.</exception>
    public static IEnumerable<EvaluationDocument> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadLines(reader, "the input", ParseDocument);
    }

    /// <summary>Reads system predictions from a JSON Lines file.</summary>
    /// <param name="path">The path of the <c>.jsonl</c> file.</param>
    /// <returns>The predictions in file order, read lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="FileNotFoundException">No file exists at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">During enumeration: a line is not a valid prediction.</exception>
    public static IEnumerable<EvaluationPrediction> ReadPredictions(string path)
    {
        RequireFile(path);
        return ReadFile(path, ParsePrediction);
    }

    /// <summary>Reads system predictions in JSON Lines from a reader, which stays open.</summary>
    /// <param name="reader">The reader, positioned at the first line.</param>
    /// <returns>The predictions in order, read lazily.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="InvalidDataException">During enumeration: a line is not a valid prediction.</exception>
    public static IEnumerable<EvaluationPrediction> ReadPredictions(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadLines(reader, "the input", ParsePrediction);
    }

    private static void RequireFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"The JSON Lines file '{path}' does not exist.", path);
    }

    private static IEnumerable<T> ReadFile<T>(string path, Func<JsonElement, Func<string, InvalidDataException>, T> parse)
    {
        using StreamReader reader = File.OpenText(path);
        foreach (T item in ReadLines(reader, $"'{path}'", parse))
            yield return item;
    }

    private static IEnumerable<T> ReadLines<T>(TextReader reader, string source, Func<JsonElement, Func<string, InvalidDataException>, T> parse)
    {
        int lineNumber = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
                continue;

            int current = lineNumber;
            InvalidDataException Error(string problem) => new($"Line {current} of {source}: {problem}");

            T item;
            using (JsonDocument json = ParseJson(line, Error))
            {
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                    throw Error($"expected a JSON object, found {Describe(json.RootElement.ValueKind)}.");
                item = parse(json.RootElement, Error);
            }

            yield return item;
        }
    }

    private static JsonDocument ParseJson(string line, Func<string, InvalidDataException> error)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            // The reader's own position ("LineNumber: 0 | BytePositionInLine: 5") counts from 0 within the line; the
            // message counts lines and columns from 1, as editors do.
            string problem = exception.Message;
            int position = problem.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (position >= 0)
                problem = problem[..position];
            string column = exception.BytePositionInLine is { } bytes ? string.Create(CultureInfo.InvariantCulture, $" at column {bytes + 1}") : "";
            InvalidDataException wrapped = error($"not valid JSON{column}: {problem}");
            throw new InvalidDataException(wrapped.Message, exception);
        }
    }

    private static EvaluationDocument ParseDocument(JsonElement root, Func<string, InvalidDataException> error)
    {
        string? id = null;
        string? text = null;
        List<string>? summaries = null;
        string? title = null;
        string? category = null;

        foreach (JsonProperty property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "id":
                    id = ReadId(property.Value, error);
                    break;
                case "text":
                    text = ReadString(property, error);
                    break;
                case "summaries":
                    summaries = ReadStrings(property, error)
                        ?? throw error("\"summaries\" must be an array of strings.");
                    break;
                case "title":
                    title = ReadOptionalString(property, error);
                    break;
                case "category":
                    category = ReadOptionalString(property, error);
                    break;
            }
        }

        if (id is null)
            throw error("missing required property \"id\".");
        if (text is null)
            throw error("missing required property \"text\".");
        if (summaries is null)
            throw error("missing required property \"summaries\".");
        return new EvaluationDocument(id, text, summaries, title, category);
    }

    private static EvaluationPrediction ParsePrediction(JsonElement root, Func<string, InvalidDataException> error)
    {
        string? id = null;
        string? summary = null;

        foreach (JsonProperty property in root.EnumerateObject())
        {
            switch (property.Name)
            {
                case "id":
                    id = ReadId(property.Value, error);
                    break;
                case "summary":
                    summary = property.Value.ValueKind == JsonValueKind.String
                        ? property.Value.GetString()!
                        : string.Join('\n', ReadStrings(property, error)
                            ?? throw error("\"summary\" must be a string or an array of strings."));
                    break;
            }
        }

        if (id is null)
            throw error("missing required property \"id\".");
        if (summary is null)
            throw error("missing required property \"summary\".");
        return new EvaluationPrediction(id, summary);
    }

    private static string ReadId(JsonElement value, Func<string, InvalidDataException> error) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Number => value.GetRawText(),
        _ => throw error($"\"id\" must be a string or a number, found {Describe(value.ValueKind)}."),
    };

    private static string ReadString(JsonProperty property, Func<string, InvalidDataException> error) =>
        property.Value.ValueKind == JsonValueKind.String
            ? property.Value.GetString()!
            : throw error($"\"{property.Name}\" must be a string, found {Describe(property.Value.ValueKind)}.");

    private static string? ReadOptionalString(JsonProperty property, Func<string, InvalidDataException> error) =>
        property.Value.ValueKind == JsonValueKind.Null ? null : ReadString(property, error);

    /// <summary>The strings of an array property, or null when the property is not an array.</summary>
    private static List<string>? ReadStrings(JsonProperty property, Func<string, InvalidDataException> error)
    {
        if (property.Value.ValueKind != JsonValueKind.Array)
            return null;

        var strings = new List<string>(property.Value.GetArrayLength());
        int index = 0;
        foreach (JsonElement element in property.Value.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.String)
                throw error($"\"{property.Name}\"[{index}] must be a string, found {Describe(element.ValueKind)}.");
            strings.Add(element.GetString()!);
            index++;
        }

        return strings;
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
