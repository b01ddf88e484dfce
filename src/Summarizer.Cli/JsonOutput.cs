using System.Text.Encodings.Web;
using System.Text.Json;
using Summarizer.Keywords;
using Summarizer.Text;
using Summarizer.Layout;

namespace Summarizer.Cli;

/// <summary>Writes the command line's JSON: one compact object per line, UTF-16 offsets, non-ASCII text kept readable.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>
    /// The summary object of the summarize command. For a web page or subtitles, the text the spans refer to is included
    /// (as "text": the article text, with the page's "title", or the dialogue).
    /// </summary>
    public static void WriteSummary(Utf8JsonWriter json, Summary summary, string? source, SummaryRequest request, SummaryOrder order, IReadOnlyList<Keyword>? keywords = null, InputText? page = null)
    {
        json.WriteStartObject();
        if (source is not null)
            json.WriteString("source", source);
        json.WriteString("language", LanguageCodes.ToCode(summary.Language));
        json.WriteNumber("documentSentences", summary.DocumentSentenceCount);
        json.WriteString("layout", summary.Layout switch
        {
            TextLayout.LineList => "list",
            TextLayout.Dialogue => "dialogue",
            _ => "prose",
        });
        json.WriteStartObject("options");
        json.WriteString("algorithm", request.Algorithm);
        json.WriteString("language", request.Language);
        json.WriteString("layout", request.Layout);
        json.WriteString("lengthUnit", request.Length.Unit.ToString().ToLowerInvariant());
        json.WriteNumber("lengthValue", request.Length.Value);
        json.WriteString("order", order.ToString().ToLowerInvariant());
        json.WriteString("input", page?.Kind switch { InputKind.Html => "html", InputKind.Subtitles => "subtitles", InputKind.Pdf => "pdf", _ => "text" });
        json.WriteEndObject();
        if (summary.OverBudget)
            json.WriteBoolean("overBudget", true);
        json.WritePropertyName("sentences");
        WriteSentences(json, summary.InOrder(order), includeIndex: true, page?.SubtitleLines);
        if (keywords is not null)
        {
            json.WritePropertyName("keywords");
            WriteKeywords(json, keywords);
        }

        if (page is { IsDerived: true })
        {
            if (page.Title is not null)
                json.WriteString("title", page.Title);
            json.WriteString("text", page.Text);
        }

        json.WriteEndObject();
    }

    /// <summary>The keyword array: phrase, score and the occurrences' start and length.</summary>
    public static void WriteKeywords(Utf8JsonWriter json, IEnumerable<Keyword> keywords)
    {
        json.WriteStartArray();
        foreach (Keyword keyword in keywords)
        {
            json.WriteStartObject();
            json.WriteString("phrase", keyword.Phrase);
            json.WriteNumber("score", Math.Round(keyword.Score, 6));
            json.WriteStartArray("occurrences");
            foreach (TextSpan span in keyword.Occurrences)
            {
                json.WriteStartObject();
                json.WriteNumber("start", span.Start);
                json.WriteNumber("length", span.Length);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// The sentence array: start, length, score, rank, text (and index); for subtitles also the time each sentence is
    /// spoken, <c>from</c> and <c>to</c> (see <see cref="WriteTimes"/>).
    /// </summary>
    public static void WriteSentences(Utf8JsonWriter json, IEnumerable<ScoredSentence> sentences, bool includeIndex, IReadOnlyList<SubtitleLine>? subtitleLines = null)
    {
        json.WriteStartArray();
        foreach (ScoredSentence s in sentences)
        {
            json.WriteStartObject();
            if (includeIndex)
                json.WriteNumber("index", s.Index);
            json.WriteNumber("start", s.Span.Start);
            json.WriteNumber("length", s.Span.Length);
            json.WriteNumber("score", Math.Round(s.Score, 6));
            json.WriteNumber("rank", s.Rank);
            json.WriteString("text", s.Text);
            WriteTimes(json, subtitleLines, s.Span);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// For a sentence of subtitles' dialogue, <c>"from"</c> and <c>"to"</c>: the start of the cue it begins in and the end
    /// of the cue it ends in, as <c>hh:mm:ss.fff</c>, so a summary can link to the moments of a video. Nothing for other input.
    /// </summary>
    public static void WriteTimes(Utf8JsonWriter json, IReadOnlyList<SubtitleLine>? subtitleLines, TextSpan span)
    {
        if (subtitleLines is null || SubtitleText.TimesOf(subtitleLines, span) is not var (from, to))
            return;
        json.WriteString("from", Stamp(from));
        json.WriteString("to", Stamp(to));

        // Hours as many as there are (a recording may run past a day's 24).
        static string Stamp(TimeSpan t) =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(int)t.TotalHours:00}:{t.Minutes:00}:{t.Seconds:00}.{t.Milliseconds:000}");
    }

    /// <summary>Serializes with <paramref name="write"/> into one line of text.</summary>
    public static string ToLine(Action<Utf8JsonWriter> write) => System.Text.Encoding.UTF8.GetString(ToUtf8Line(write));

    /// <summary>Serializes with <paramref name="write"/> into one line of UTF-8, without a line break.</summary>
    public static byte[] ToUtf8Line(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(2048); // a batch line with three summary sentences fits
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
            write(json);
        return buffer.WrittenSpan.ToArray();
    }
}
