using SmartReader;

namespace Summarizer.Cli;

/// <summary>A text to summarize as read from a file or standard input; a web page is reduced to its article first.</summary>
/// <param name="Source">The file path, or "-" for standard input.</param>
/// <param name="Text">The plain text to summarize (for a web page, its article text, paragraphs separated by blank lines).</param>
/// <param name="IsHtml">Whether the input was a web page.</param>
/// <param name="Title">The web page's article title, if it has one.</param>
internal sealed record InputText(string Source, string Text, bool IsHtml = false, string? Title = null)
{
    /// <summary>How the input is named in output: its path, or "standard input".</summary>
    public string DisplayName => Source == "-" ? "standard input" : Source;

    /// <summary>Reads <paramref name="path"/> ("-" for standard input) as <paramref name="kind"/>: auto, text or html.</summary>
    public static InputText Read(string path, string kind, CliIO io)
    {
        string content = CommonOptions.ReadInput(path, io);
        bool html = kind switch
        {
            "html" => true,
            "text" => false,
            _ => path == "-" ? LooksLikeHtml(content) : HasHtmlExtension(path),
        };
        return html ? FromHtml(path, content, io) : new InputText(path, content);
    }

    /// <summary>Whether a file's name says it is a web page.</summary>
    public static bool HasHtmlExtension(string path) =>
        Path.GetExtension(path) is { } extension
        && (extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a text starts, after white space or a byte order mark, as an HTML document does.</summary>
    public static bool LooksLikeHtml(string content)
    {
        ReadOnlySpan<char> start = content.AsSpan().TrimStart("\uFEFF \t\r\n");
        return start.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Extracts a page's main article (Mozilla Readability's heuristics): menus, banners and footers are left out.</summary>
    private static InputText FromHtml(string path, string html, CliIO io)
    {
        // The address only resolves relative links; the page is parsed from the given text and nothing is fetched.
        string name = path == "-" ? "standard input" : $"'{path}'";
        string address = path == "-" ? "http://localhost/" : new Uri(Path.GetFullPath(path)).AbsoluteUri;
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

        string text = article.TextContent?.Trim() ?? "";
        if (!article.Completed || text.Length == 0)
            throw new CliException(ExitCodes.InputError, $"no text found in the web page in {name}.");
        if (!article.IsReadable)
            io.Error.WriteLine($"summarize: warning: no clear article in the web page in {name}; summarizing all of its text.");
        string? title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim();
        return new InputText(path, text, IsHtml: true, title);
    }
}
