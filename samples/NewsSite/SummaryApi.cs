using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Summarizer;

namespace NewsSite;

/// <summary>
/// The body of <c>POST /api/summary</c>: an article <see cref="Id"/> or a <see cref="Text"/> (exactly one), and at most
/// one length: <see cref="Sentences"/>, <see cref="Percent"/> of the sentences, or <see cref="Words"/>. Without a length
/// the configured default (<c>Summarizer:DefaultLength</c>) is used.
/// </summary>
public sealed record SummaryRequest(string? Id, string? Text, int? Sentences, double? Percent, int? Words);

/// <summary>One chosen sentence: its index among the document's sentences, its span [Start, Start + Length) of the text, rank (1 = best) and score.</summary>
public sealed record SummarySentence(int Index, int Start, int Length, string Text, int Rank, double Score);

/// <summary>The answer of <c>POST /api/summary</c>: the sentences in document order.</summary>
public sealed record SummaryResponse(string? Id, string Length, int DocumentSentenceCount, IReadOnlyList<SummarySentence> Sentences);

/// <summary><c>POST /api/summary</c>: reads and checks the request, summarizes, and answers JSON or RFC 7807 problem details.</summary>
public static class SummaryApi
{
    public const int MaxSentences = 100;
    public const int MaxWords = 100_000;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public static async Task<IResult> HandleAsync(HttpContext context, ISummarizer summarizer, ArticleCatalog catalog, IOptions<NewsSiteOptions> siteOptions, IOptions<Summarizer.Extensions.DependencyInjection.SummarizerOptions> summarizerOptions)
    {
        NewsSiteOptions options = siteOptions.Value;
        CancellationToken aborted = context.RequestAborted;

        if (!context.Request.HasJsonContentType())
            return Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "The request body must be JSON (Content-Type: application/json).", "body", "Send Content-Type: application/json.");

        if (context.Request.ContentLength > options.MaxRequestBytes)
            return TooLarge(options);
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
            sizeFeature.MaxRequestBodySize = options.MaxRequestBytes;

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(context.Request.Body, options.MaxRequestBytes, aborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }
        if (body is null)
            return TooLarge(options);

        SummaryRequest? request;
        try
        {
            request = JsonSerializer.Deserialize<SummaryRequest>(body, Json);
        }
        catch (JsonException e)
        {
            string field = FieldName(e.Path);
            return Invalid(field, $"The request is not valid JSON of the expected shape at '{e.Path ?? "$"}'{(e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : "")}: expected {{ \"id\" or \"text\", and one of \"sentences\", \"percent\", \"words\" }}.");
        }
        if (request is null)
            return Invalid("body", "The request body must be a JSON object.");

        var errors = new Dictionary<string, string[]>();
        Article? article = null;
        string? text = null;
        if (request.Id is null == request.Text is null)
        {
            const string message = "Give exactly one of 'id' (an article) or 'text'.";
            errors["id"] = [message];
            errors["text"] = [message];
        }
        else if (request.Text is not null)
        {
            if (string.IsNullOrWhiteSpace(request.Text))
                errors["text"] = ["The text is empty."];
            else if (request.Text.Length > options.MaxInputLength)
                return Problem(StatusCodes.Status413PayloadTooLarge, "Text too long", $"The text has {request.Text.Length:N0} characters; at most {options.MaxInputLength:N0} are accepted.", "text", $"At most {options.MaxInputLength} characters.");
            text = request.Text;
        }

        SummaryLength? length = ReadLength(request, errors, summarizerOptions.Value);
        if (errors.Count > 0)
            return Results.ValidationProblem(errors, title: "The summary request is not valid.");

        if (request.Id is not null)
        {
            article = catalog.Find(request.Id);
            if (article is null)
                return Problem(StatusCodes.Status404NotFound, "No such article", $"There is no article with id '{request.Id}'.", "id", "Unknown article id.");
            text = article.Text;
        }

        Summary summary;
        try
        {
            summary = summarizer.Summarize(text!, length!, aborted);
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            return Results.StatusCode(499); // the client has gone; nobody reads this
        }

        return Results.Json(ToResponse(article?.Id, length!, summary), Json);
    }

    public static SummaryResponse ToResponse(string? id, SummaryLength length, Summary summary) => new(
        id,
        Describe(length),
        summary.DocumentSentenceCount,
        summary.Sentences.Select(s => new SummarySentence(s.Index, s.Span.Start, s.Span.Length, s.Text, s.Rank, Math.Round(s.Score, 6))).ToList());

    /// <summary>The length as the page offers it: "3 sentences", "20%", "100 words".</summary>
    public static string Describe(SummaryLength length) => length.Unit switch
    {
        SummaryLengthUnit.Ratio => (length.Value * 100).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + "%",
        SummaryLengthUnit.Sentences => length.Value == 1 ? "1 sentence" : $"{length.Value:0} sentences",
        SummaryLengthUnit.Words => length.Value == 1 ? "1 word" : $"{length.Value:0} words",
        SummaryLengthUnit.Characters => $"{length.Value:0} characters",
        _ => length.ToString(),
    };

    /// <summary>Parses a page's <c>?summary=</c> value: <c>3</c> (sentences), <c>20%</c> or <c>100w</c> (words).</summary>
    public static SummaryLength? ParseLength(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        value = value.Trim();
        if (value.EndsWith('%') && double.TryParse(value[..^1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double percent) && percent is > 0 and <= 100)
            return SummaryLength.Ratio(percent / 100);
        if (value.EndsWith('w') && int.TryParse(value[..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int words) && words is >= 1 and <= MaxWords)
            return SummaryLength.Words(words);
        if (int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int sentences) && sentences is >= 1 and <= MaxSentences)
            return SummaryLength.Sentences(sentences);
        return null;
    }

    private static SummaryLength? ReadLength(SummaryRequest request, Dictionary<string, string[]> errors, Summarizer.Extensions.DependencyInjection.SummarizerOptions defaults)
    {
        int given = (request.Sentences is null ? 0 : 1) + (request.Percent is null ? 0 : 1) + (request.Words is null ? 0 : 1);
        if (given > 1)
        {
            const string message = "Give at most one length: 'sentences', 'percent' or 'words'.";
            foreach ((string name, bool present) in new[] { ("sentences", request.Sentences is not null), ("percent", request.Percent is not null), ("words", request.Words is not null) })
                if (present)
                    errors[name] = [message];
            return null;
        }
        if (request.Sentences is { } sentences)
        {
            if (sentences is >= 1 and <= MaxSentences)
                return SummaryLength.Sentences(sentences);
            errors["sentences"] = [$"'sentences' must be a whole number from 1 to {MaxSentences}."];
            return null;
        }
        if (request.Percent is { } percent)
        {
            if (percent is > 0 and <= 100)
                return SummaryLength.Ratio(percent / 100);
            errors["percent"] = ["'percent' must be more than 0 and at most 100."];
            return null;
        }
        if (request.Words is { } words)
        {
            if (words is >= 1 and <= MaxWords)
                return SummaryLength.Words(words);
            errors["words"] = [$"'words' must be a whole number from 1 to {MaxWords}."];
            return null;
        }
        return defaults.GetDefaultLength();
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is longer.</summary>
    private static async Task<byte[]?> ReadBodyAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Min(limit + 1, 64 * 1024));
        try
        {
            using var collected = new MemoryStream();
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (collected.Length + read > limit)
                    return null;
                collected.Write(buffer, 0, read);
            }
            return collected.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string FieldName(string? path)
    {
        // "$.sentences" -> "sentences"; "$" or nothing -> "body"
        if (string.IsNullOrEmpty(path) || path == "$")
            return "body";
        string field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? "body" : field;
    }

    private static IResult TooLarge(NewsSiteOptions options) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Request too large", $"The request body is larger than {options.MaxRequestBytes:N0} bytes.", "body", $"At most {options.MaxRequestBytes} bytes.");

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "The summary request is not valid.");

    internal static IResult Problem(int status, string title, string detail, string field, string message) =>
        Results.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?>
        {
            ["errors"] = new Dictionary<string, string[]> { [field] = [message] },
        });
}
