using System.CommandLine;
using System.Globalization;
using System.Text;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Graph;
using Summarizer.Layout;

namespace Summarizer.Cli;

/// <summary>Options shared by several commands, parsed the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<int?> Sentences() => new("--sentences", "-n") { Description = "Summary length in sentences (default 3).", CustomParser = r => UsageErrors.ParseCount(r, "--sentences") };

    public static Option<double?> Ratio() => new("--ratio") { Description = "Summary length as a fraction of the document's sentences, in (0, 1].", CustomParser = r => UsageErrors.ParseFraction(r, "--ratio") };

    public static Option<int?> Words() => new("--words") { Description = "Summary length as a word budget.", CustomParser = r => UsageErrors.ParseCount(r, "--words") };

    public static Option<int?> Chars() => new("--chars") { Description = "Summary length as a character budget.", CustomParser = r => UsageErrors.ParseCount(r, "--chars") };

    public static Option<string> Algorithm(string defaultValue = "default") => new("--algorithm", "-a")
    {
        Description = $"Ranking method: {string.Join(", ", Algorithms.Names)}.",
        DefaultValueFactory = _ => defaultValue,
    };

    public static Option<string> Language() => new("--language", "-l")
    {
        Description = $"Language for stop words and stemming: auto (detect from the text), {string.Join(", ", LanguageCodes.All)}.",
        DefaultValueFactory = _ => "en",
    };

    public static Option<string> Layout()
    {
        var option = new Option<string>("--layout")
        {
            Description = "Layout of the text, for the default method: auto (a transcript whose speakers take turns under their labels is ranked as a dialogue, with no lead and without its questions and greetings; a list of one-sentence lines, such as reviews or comments, is ranked by what many lines say, with no lead), prose (always running text, whose lead counts), list (always independent lines), or dialogue (always turns of a conversation). Other methods rank every text as published.",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "prose", "list", "dialogue");
        return option;
    }

    public static Option<string> Input()
    {
        var option = new Option<string>("--input", "-i")
        {
            Description = "Input kind: auto (a web page if the file ends in .html or .htm, or if standard input starts with <!DOCTYPE html or <html; subtitles if it ends in .srt or .vtt, or starts with WEBVTT or a numbered SubRip cue, or is a transcript with time stamps such as 0:03 or [00:01:12] at its lines' starts; a PDF if the file ends in .pdf or starts with %PDF-), text, html (reduced to its main article text first), subtitles (SubRip, WebVTT or a transcript with time stamps, reduced to the lines of dialogue: no cue numbers, timings, tags or sound descriptions), or pdf (the text of a PDF file's pages).",
            DefaultValueFactory = _ => "auto",
        };
        option.AcceptOnlyFromAmong("auto", "text", "html", "subtitles", "pdf");
        return option;
    }

    public static Option<string?> Similarity()
    {
        var option = new Option<string?>("--similarity")
        {
            Description = "How the methods that compare sentences (default, pacsum, textrank, lexrank, centroid) measure similarity: tfidf (cosine of TF-IDF vectors), overlap (shared words; default, pacsum and textrank only), or embeddings (MiniLM sentence embeddings, by meaning; about 15 ms a sentence, and the model loads in a few hundred ms). Default: each method's own (overlap for textrank, tfidf for the others).",
        };
        option.AcceptOnlyFromAmong("tfidf", "overlap", "embeddings");
        return option;
    }

    public static Option<double?> EmbeddingWeight() => new("--embedding-weight")
    {
        Description = "With --similarity embeddings: the share of the embedding cosine in each similarity, in [0, 1]; the rest is the method's own similarity. Default 1.",
        CustomParser = r => UsageErrors.ParseWeight(r, "--embedding-weight"),
    };

    public static Option<string?> Idf() => new("--idf") { Description = "Corpus IDF model (from 'summarize idf fit') for TF-IDF weighting, instead of the document's own sentences." };

    /// <summary>The IDF model named by <paramref name="option"/>, loaded once, or null when the option is absent.</summary>
    public static IdfModel? ResolveIdf(ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { } path ? LoadIdf(path) : null;

    /// <summary>Loads an IDF model file, turning read and format errors into input errors.</summary>
    public static IdfModel LoadIdf(string path)
    {
        try
        {
            return IdfModel.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CommonOptions.CannotRead(path, e);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(ExitCodes.InputError, $"'{path}': {e.Message}");
        }
    }

    /// <summary>The summary length from whichever one of the length options was given.</summary>
    public static SummaryLength ResolveLength(ParseResult parse, Option<int?> sentences, Option<double?> ratio, Option<int?> words, Option<int?> chars)
    {
        int? n = parse.GetValue(sentences), w = parse.GetValue(words), c = parse.GetValue(chars);
        double? r = parse.GetValue(ratio);
        int given = (n is null ? 0 : 1) + (r is null ? 0 : 1) + (w is null ? 0 : 1) + (c is null ? 0 : 1);
        if (given > 1)
            throw CliException.Usage("give only one of --sentences, --ratio, --words and --chars.");
        try
        {
            return r is { } ratioValue ? SummaryLength.Ratio(ratioValue)
                : w is { } wordCount ? SummaryLength.Words(wordCount)
                : c is { } charCount ? SummaryLength.Characters(charCount)
                : SummaryLength.Sentences(n ?? 3);
        }
        catch (ArgumentOutOfRangeException e)
        {
            string value = Convert.ToString(e.ActualValue, CultureInfo.InvariantCulture) ?? "";
            throw CliException.Usage($"invalid summary length {value}: {FirstLine(e.Message)}");
        }
    }

    /// <summary>The language given, or null for "auto" (detect each text's language).</summary>
    public static Language? ResolveLanguage(ParseResult parse, Option<string> option, IEnumerable<string>? accepted = null)
    {
        string? value = parse.GetValue(option);
        if (!SummarizerSettings.TryParseLanguage(value, out Language? language))
            throw CliException.Usage($"unknown language '{value}'; use auto or one of {string.Join(", ", accepted ?? LanguageCodes.All)}.");
        return language;
    }

    /// <summary>The one-line error for a file that cannot be read: a directory is named as one.</summary>
    public static CliException CannotRead(string path, Exception e) => new(ExitCodes.InputError,
        Directory.Exists(path) ? $"'{path}' is a directory; give a file, or '-' for standard input." : $"cannot read '{path}': {Reason(e)}");

    /// <summary>An exception's message without the parameter name that argument exceptions append.</summary>
    public static string Reason(Exception e) =>
        e is ArgumentException { ParamName: { } parameter } && e.Message.EndsWith($" (Parameter '{parameter}')", StringComparison.Ordinal)
            ? e.Message[..^$" (Parameter '{parameter}')".Length]
            : e.Message;

    /// <summary>The one-line notice for an input without text, which would otherwise give no output and no word why.</summary>
    /// <param name="path">The file path, or "-" for standard input.</param>
    /// <param name="what">What there is nothing to do with: "summarize", "split".</param>
    public static string EmptyInputNotice(string path, string what) =>
        $"{(path == "-" ? "standard input" : $"'{path}'")} has no text; there is nothing to {what}.";

    /// <summary>How much of an input's beginning is searched for NUL characters, the mark of a binary file.</summary>
    private const int BinaryProbeLength = 8192;

    /// <summary>
    /// Reads a whole input: a file path, or "-" for standard input. Byte sequences that are not valid UTF-8 become
    /// U+FFFD and the rest is used as it is. An input with a NUL character in its first 8,192 characters is taken for a
    /// binary file, and one longer than <see cref="SummarizerPipeline.DefaultMaxInputLength"/> characters is too long:
    /// both are refused with a one-line message naming the input (exit code 1).
    /// </summary>
    public static string ReadInput(string path, CliIO io)
    {
        string name = path == "-" ? "standard input" : $"'{path}'";
        string text;
        if (path == "-")
        {
            text = io.In.ReadToEnd();
        }
        else
        {
            if (Directory.Exists(path))
                throw new CliException(ExitCodes.InputError, $"{name} is a directory; give a file, or '-' for standard input.");
            try
            {
                // A UTF-8 character takes at most 3 bytes per UTF-16 unit: a larger file is certainly over the limit.
                long bytes = new FileInfo(path).Length;
                if (bytes > 3L * SummarizerPipeline.DefaultMaxInputLength)
                    throw TooLong(name, bytes, "bytes");
                text = File.ReadAllText(path, Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // ArgumentException: a path the file system cannot name, such as one with a NUL character.
                throw new CliException(ExitCodes.InputError, $"cannot read {name}: {Reason(e)}");
            }
        }

        if (text.AsSpan(0, Math.Min(text.Length, BinaryProbeLength)).Contains('\0'))
            throw new CliException(ExitCodes.InputError, $"{name} looks like a binary file (it contains NUL bytes); give a text file.");
        if (text.Length > SummarizerPipeline.DefaultMaxInputLength)
            throw TooLong(name, text.Length, "characters");
        return text;
    }

    private static CliException TooLong(string name, long length, string unit) => new(ExitCodes.InputError,
        string.Create(CultureInfo.InvariantCulture, $"{name} is too long ({length} {unit}); the limit is {SummarizerPipeline.DefaultMaxInputLength} characters."));

    /// <summary>Opens a text input for streaming: a file path, or "-" for standard input.</summary>
    /// <param name="path">The path, or "-".</param>
    /// <param name="io">The console streams.</param>
    /// <param name="size">The file's size in bytes when known (for progress), null for standard input.</param>
    public static TextReader OpenInput(string path, CliIO io, out long? size)
    {
        size = null;
        if (path == "-")
            return io.In;
        if (Directory.Exists(path))
            throw new CliException(ExitCodes.InputError, $"'{path}' is a directory; give a file, or '-' for standard input.");
        try
        {
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
            size = stream.CanSeek ? stream.Length : null;
            return new StreamReader(stream, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CommonOptions.CannotRead(path, e);
        }
    }

    /// <summary>Opens a file for writing UTF-8 text (no byte order mark, "\n" line ends), replacing what it held.</summary>
    /// <param name="path">The file's path; created when missing.</param>
    /// <exception cref="CliException">The file cannot be opened for writing.</exception>
    /// <remarks>
    /// An existing file is emptied only when it has content. Opening with <see cref="FileMode.Create"/> empties even a
    /// file just created, and on ext4 (with its default <c>auto_da_alloc</c>) closing a file that was emptied so writes
    /// its data to disk before the close returns: 11 to 17 ms at the end of a 20 MB batch output, as long as a single
    /// thread takes to summarize about 200 news articles.
    /// </remarks>
    public static StreamWriter OpenOutput(string path)
    {
        if (Directory.Exists(path))
            throw new CliException(ExitCodes.InputError, $"'{path}' is a directory; give the path of a file to write (-o).");
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read);
            try
            {
                if (stream.CanSeek && stream.Length > 0) // a pipe or a terminal has nothing to empty
                    stream.SetLength(0);
            }
            catch
            {
                stream.Dispose();
                throw;
            }

            return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot write '{path}': {Reason(e)}");
        }
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n', StringComparison.Ordinal);
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}

/// <summary>
/// The options that configure the summarizer pipeline, shared by summarize, batch and eval.
/// A new pipeline setting is one more option here: declared, listed in <see cref="All"/> and applied in <see cref="CreatePipeline(ParseResult, string)"/>.
/// </summary>
internal sealed class PipelineOptions
{
    public Option<string> Algorithm { get; } = CommonOptions.Algorithm();

    public Option<string> Language { get; } = CommonOptions.Language();

    public Option<string?> Idf { get; } = CommonOptions.Idf();

    public Option<string> Layout { get; } = CommonOptions.Layout();

    public Option<string?> Similarity { get; } = CommonOptions.Similarity();

    public Option<double?> EmbeddingWeight { get; } = CommonOptions.EmbeddingWeight();

    public IEnumerable<Option> All => [Algorithm, Language, Idf, Layout, Similarity, EmbeddingWeight];

    public void AddTo(Command command)
    {
        foreach (Option option in All)
            command.Options.Add(option);
    }

    public string AlgorithmName(ParseResult parse) => parse.GetValue(Algorithm)!;

    /// <summary>The language given, or null for "auto".</summary>
    public Language? ResolveLanguage(ParseResult parse) => CommonOptions.ResolveLanguage(parse, Language);

    /// <summary>The pipeline of the algorithm named on the command line.</summary>
    public SummarizerPipeline CreatePipeline(ParseResult parse) => CreatePipeline(parse, AlgorithmName(parse));

    /// <summary>The pipeline of <paramref name="algorithm"/> with the other settings from the command line.</summary>
    public SummarizerPipeline CreatePipeline(ParseResult parse, string algorithm) => CreatePipeline(parse, algorithm, ResolveIdf(parse));

    /// <summary>The pipeline of <paramref name="algorithm"/> with an IDF model already loaded (or null).</summary>
    public SummarizerPipeline CreatePipeline(ParseResult parse, string algorithm, IdfModel? idf) => CreatePipeline(parse, algorithm, idf, ResolveSimilarity(parse));

    /// <summary>The pipeline of <paramref name="algorithm"/> with an IDF model and similarity settings already resolved.</summary>
    public SummarizerPipeline CreatePipeline(ParseResult parse, string algorithm, IdfModel? idf, SimilaritySettings similarity) =>
        Algorithms.Create(algorithm, ResolveLanguage(parse), idf, ResolveLayout(parse), similarity);

    /// <summary>
    /// The similarity settings from --similarity and --embedding-weight. The embeddings assembly (and its model) is loaded
    /// only for --similarity embeddings, from <see cref="EmbeddingsLoader"/>, so other commands never pay for it.
    /// </summary>
    public SimilaritySettings ResolveSimilarity(ParseResult parse)
    {
        string? similarity = parse.GetValue(Similarity);
        double? weight = parse.GetValue(EmbeddingWeight);
        if (weight is not null && similarity != "embeddings")
            throw CliException.Usage("--embedding-weight needs --similarity embeddings.");
        return similarity switch
        {
            "tfidf" => new SimilaritySettings(SimilarityMeasure.Cosine, null, 1),
            "overlap" => new SimilaritySettings(SimilarityMeasure.WordOverlap, null, 1),
            "embeddings" => new SimilaritySettings(null, EmbeddingsLoader.Embedder(), weight ?? 1),
            _ => SimilaritySettings.MethodsOwn,
        };
    }

    /// <summary>The corpus IDF model named by --idf, loaded from its file, or null without the option.</summary>
    public IdfModel? ResolveIdf(ParseResult parse) => CommonOptions.ResolveIdf(parse, Idf);

    /// <summary>When the default method treats a text as a line list or a dialogue, from --layout.</summary>
    public LayoutMode ResolveLayout(ParseResult parse) => parse.GetValue(Layout) switch
    {
        "prose" => LayoutMode.Prose,
        "list" => LayoutMode.LineList,
        "dialogue" => LayoutMode.Dialogue,
        _ => LayoutMode.Auto,
    };

    /// <summary>The settings to report with a summary.</summary>
    public SummaryRequest Request(ParseResult parse, SummaryLength length) =>
        new(AlgorithmName(parse), parse.GetValue(Language)!.ToLowerInvariant(), length, parse.GetValue(Layout)!);
}

/// <summary>The summary length options: at most one of --sentences, --ratio, --words and --chars.</summary>
internal sealed class LengthOptions
{
    public Option<int?> Sentences { get; } = CommonOptions.Sentences();

    public Option<double?> Ratio { get; } = CommonOptions.Ratio();

    public Option<int?> Words { get; } = CommonOptions.Words();

    public Option<int?> Chars { get; } = CommonOptions.Chars();

    public void AddTo(Command command)
    {
        foreach (Option option in (Option[])[Sentences, Ratio, Words, Chars])
            command.Options.Add(option);
    }

    public SummaryLength Resolve(ParseResult parse) => CommonOptions.ResolveLength(parse, Sentences, Ratio, Words, Chars);
}

/// <summary>How sentences are compared, as given on the command line.</summary>
/// <param name="Measure">The lexical measure, or null for each method's own.</param>
/// <param name="Embedder">The sentence embedder, or null for none.</param>
/// <param name="EmbeddingWeight">The share of the embedding cosine.</param>
internal sealed record SimilaritySettings(SimilarityMeasure? Measure, SentenceEmbedder? Embedder, double EmbeddingWeight)
{
    /// <summary>No option given: each method's own similarity.</summary>
    public static SimilaritySettings MethodsOwn { get; } = new(null, null, 1);
}

/// <summary>What a summary was asked for, as reported with it.</summary>
/// <param name="Algorithm">The ranking method's name.</param>
/// <param name="Language">The language option as given: a code, or "auto".</param>
/// <param name="Length">The summary length.</param>
/// <param name="Layout">The layout option as given: auto, prose or list.</param>
internal sealed record SummaryRequest(string Algorithm, string Language, SummaryLength Length, string Layout);
