using SmartReader;

namespace Summarizer.Cli;

/// <summary>What a file or standard input held.</summary>
internal enum InputKind
{
    /// <summary>Plain text, summarized as it is.</summary>
    Text,

    /// <summary>A web page, reduced to its main article text.</summary>
    Html,

    /// <summary>A subtitle file (SubRip or WebVTT), reduced to its dialogue.</summary>
    Subtitles,

    /// <summary>A PDF file, read as the text its pages draw.</summary>
    Pdf,
}

/// <summary>
/// A text to summarize as read from a file or standard input; a web page is reduced to its article first, a subtitle
/// file to its dialogue.
/// </summary>
/// <param name="Source">The file path, or "-" for standard input.</param>
/// <param name="Text">
/// The plain text to summarize (for a web page, its article text, paragraphs separated by blank lines; for subtitles,
/// their lines of dialogue).
/// </param>
/// <param name="Kind">What the input was.</param>
/// <param name="Title">The web page's article title, if it has one.</param>
/// <param name="NonContent">
/// For a web page, the ranges of <paramref name="Text"/> that its markup shows are not prose (captions, credits, bylines,
/// navigation and link lists); null for plain text.
/// </param>
/// <param name="SubtitleLines">For subtitles, each line of dialogue's span in <paramref name="Text"/> and its cue's times.</param>
internal sealed record InputText(
    string Source,
    string Text,
    InputKind Kind = InputKind.Text,
    string? Title = null,
    IReadOnlyList<Summarizer.Text.TextSpan>? NonContent = null,
    IReadOnlyList<SubtitleLine>? SubtitleLines = null)
{
    /// <summary>How the input is named in output: its path, or "standard input".</summary>
    public string DisplayName => Source == "-" ? "standard input" : Source;

    /// <summary>Whether the input was a web page.</summary>
    public bool IsHtml => Kind == InputKind.Html;

    /// <summary>Whether <see cref="Text"/> was derived from the input (a web page's article, subtitles' dialogue) rather than read as it is.</summary>
    public bool IsDerived => Kind != InputKind.Text;

    /// <summary>
    /// Marks the sentences of a web page that are not prose, so they stay in the text but are not chosen while real
    /// sentences remain: those in blocks the markup shows are captions, credits, bylines or navigation, and those that
    /// do not end with sentence-final punctuation. On a rendered page every paragraph of prose ends with a terminator;
    /// what does not is a label, a button, a caption or a credit line. Plain text is returned unchanged (its own
    /// headings and navigation lines are recognised by the sentence splitter).
    /// </summary>
    public Summarizer.Text.Document MarkNonContent(Summarizer.Text.Document document)
    {
        if (!IsHtml)
            return document;
        var spans = new List<Summarizer.Text.TextSpan>(NonContent ?? []);
        foreach (Summarizer.Text.Sentence sentence in document.Sentences)
        {
            if (!EndsLikeSentence(document.Text.AsSpan(sentence.Span.Start, sentence.Span.Length)))
                spans.Add(sentence.Span);
        }

        return document.MarkNonContent(spans);
    }

    /// <summary>Whether a sentence ends with a terminator, optionally followed by closing quotes, brackets or a footnote's asterisk.</summary>
    private static bool EndsLikeSentence(ReadOnlySpan<char> sentence) => SentenceEnd.EndsWithTerminator(sentence, SentenceEnd.Closers + "*");

    /// <summary>Reads <paramref name="path"/> ("-" for standard input) as <paramref name="kind"/>: auto, text, html, subtitles or pdf.</summary>
    public static InputText Read(string path, string kind, CliIO io)
    {
        // A PDF is bytes, not text: known by its name or its first bytes before the file is read as text.
        if (path != "-" && (kind == "pdf" || kind == "auto" && (PdfTextReader.HasPdfExtension(path) || PdfTextReader.StartsAsPdf(path))))
            return FromPdf(path);
        if (kind == "pdf")
            throw new CliException(ExitCodes.InputError, "a PDF is read from a file, not from standard input; give its path.");
        string content = CommonOptions.ReadInput(path, io);
        InputKind read = Named(kind) ?? (path == "-" ? KindOf(content)
            : HasHtmlExtension(path) ? InputKind.Html
            : SubtitleText.HasSubtitleExtension(path) || SubtitleText.LooksLikeTimestampedTranscript(content) ? InputKind.Subtitles
            : InputKind.Text);
        string name = path == "-" ? "standard input" : $"'{path}'";
        return read switch
        {
            InputKind.Html => FromHtml(path, name, path == "-" ? LocalAddress : new Uri(Path.GetFullPath(path)).AbsoluteUri, content, io.Error),
            InputKind.Subtitles => FromSubtitles(path, name, content),
            _ => new InputText(path, content),
        };
    }

    /// <summary>
    /// Reads a text given whole, as a batch line's <c>"text"</c>, as <paramref name="kind"/>. Auto decides by the content
    /// alone, as for standard input: a text that starts as an HTML document is a web page, one that starts as a subtitle
    /// file or is a transcript with time stamps is subtitles, anything else is read as it is.
    /// </summary>
    /// <param name="content">The text.</param>
    /// <param name="kind">auto, text, html or subtitles.</param>
    /// <param name="name">How error messages name the text.</param>
    /// <exception cref="CliException">A web page without text, or subtitles without dialogue.</exception>
    public static InputText FromContent(string content, string kind, string name)
    {
        InputKind read = Named(kind) ?? KindOf(content);
        return read switch
        {
            InputKind.Html => FromHtml("-", name, LocalAddress, content, warnings: null),
            InputKind.Subtitles => FromSubtitles("-", name, content),
            _ => new InputText("-", content),
        };
    }

    /// <summary>The kind the user named with --input (text, html, subtitles), or null for auto.</summary>
    private static InputKind? Named(string kind) => kind switch
    {
        "html" => InputKind.Html,
        "subtitles" => InputKind.Subtitles,
        "text" => InputKind.Text,
        _ => null,
    };

    /// <summary>What a text without a file name holds, judged by its content.</summary>
    private static InputKind KindOf(string content) =>
        LooksLikeHtml(content) ? InputKind.Html
        : SubtitleText.LooksLikeSubtitles(content) || SubtitleText.LooksLikeTimestampedTranscript(content) ? InputKind.Subtitles
        : InputKind.Text;

    /// <summary>The address a page without a file resolves its relative links against; nothing is fetched from it.</summary>
    private const string LocalAddress = "http://localhost/";

    /// <summary>Reads a PDF file's text (see <see cref="PdfTextReader"/>).</summary>
    private static InputText FromPdf(string path)
    {
        if (Directory.Exists(path))
            throw new CliException(ExitCodes.InputError, $"'{path}' is a directory; give a file, or '-' for standard input.");
        string text = PdfTextReader.Read(path);
        if (text.Length > SummarizerPipeline.DefaultMaxInputLength)
            throw new CliException(ExitCodes.InputError, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"the text of '{path}' is too long ({text.Length} characters); the limit is {SummarizerPipeline.DefaultMaxInputLength} characters."));
        return new InputText(path, text, InputKind.Pdf);
    }

    /// <summary>Keeps the dialogue of a subtitle file (see <see cref="SubtitleText"/>).</summary>
    private static InputText FromSubtitles(string source, string name, string content)
    {
        SubtitleDialogue dialogue = SubtitleText.Read(content);
        if (dialogue.Text.Length == 0 && content.Trim().Length > 0)
            throw new CliException(ExitCodes.InputError, $"no dialogue found in the subtitles in {name}.");
        return new InputText(source, dialogue.Text, InputKind.Subtitles, SubtitleLines: dialogue.Lines);
    }

    /// <summary>Whether a file's name says it is a web page.</summary>
    public static bool HasHtmlExtension(string path) =>
        Path.GetExtension(path) is { } extension
        && (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether a text starts as an HTML document does: after white space, a byte order mark, an XML declaration and
    /// comments (saved pages often begin <c>&lt;?xml ...?&gt;</c> or <c>&lt;!--?xml ...?--&gt;</c>), a doctype or an
    /// <c>html</c> element.
    /// </summary>
    public static bool LooksLikeHtml(string content)
    {
        ReadOnlySpan<char> start = content.AsSpan();
        while (true)
        {
            start = start.TrimStart("\uFEFF \t\r\n");
            if (start.StartsWith("<?", StringComparison.Ordinal) && start.IndexOf("?>", StringComparison.Ordinal) is var xml and >= 0)
                start = start[(xml + 2)..];
            else if (start.StartsWith("<!--", StringComparison.Ordinal) && start.IndexOf("-->", StringComparison.Ordinal) is var comment and >= 0)
                start = start[(comment + 3)..];
            else
                break;
        }

        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Extracts a page's main article (Mozilla Readability's heuristics): menus, banners and footers are left out.</summary>
    /// <param name="source">The file path, or "-".</param>
    /// <param name="name">How messages name the page.</param>
    /// <param name="address">Resolves relative links only: the page is parsed from <paramref name="html"/> and nothing is fetched.</param>
    /// <param name="html">The page.</param>
    /// <param name="warnings">Told when the page has no clear article; null to say nothing.</param>
    private static InputText FromHtml(string source, string name, string address, string html, TextWriter? warnings)
    {
        Article article;
        try
        {
            using var reader = new Reader(address, html);
            article = reader.GetArticle();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot read the web page in {name}: {e.Message}");
        }

        // The article as a browser renders it: the markup's blocks become paragraphs, its source line breaks spaces.
        HtmlText rendered = HtmlText.Render(string.IsNullOrWhiteSpace(article.Content) ? html : article.Content);
        string text = rendered.Text;
        if (text.Trim().Length == 0)
        {
            text = article.TextContent?.Trim() ?? "";
            rendered = rendered with { NonContent = [] };
        }

        if (!article.Completed || text.Length == 0)
            throw new CliException(ExitCodes.InputError, $"no text found in the web page in {name}.");
        if (!article.IsReadable)
            warnings?.WriteLine($"summarize: warning: no clear article in the web page in {name}; summarizing all of its text.");
        string? title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim();
        return new InputText(source, text, InputKind.Html, title, rendered.NonContent);
    }
}
