using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace NewsSite;

/// <summary>A block of an article's text (its title or a paragraph) as the half-open span [Start, End) of <see cref="Article.Text"/>.</summary>
public readonly record struct TextBlock(int Start, int End, bool IsTitle);

/// <summary>
/// An article: the text that is summarized, and its blocks. When the text opens with a one-line title followed by a
/// blank line (and does not end with a full stop), that line is the first block (and the summarizer sees it as the title); otherwise the title is shown
/// but is not part of the text.
/// </summary>
public sealed class Article
{
    public Article(string id, string text, string? fallbackTitle = null)
    {
        Id = id;
        Text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        Blocks = ArticleCatalog.SplitBlocks(Text);
        if (Blocks.Count > 1 && !Text[Blocks[0].Start..Blocks[0].End].Contains('\n', StringComparison.Ordinal) && Blocks[0].End - Blocks[0].Start <= 150 && Text[Blocks[0].End - 1] != '.')
        {
            Blocks = [Blocks[0] with { IsTitle = true }, .. Blocks.Skip(1)];
            Title = Text[Blocks[0].Start..Blocks[0].End];
        }
        else
        {
            Title = fallbackTitle ?? ArticleCatalog.TitleFromId(id);
        }
    }

    public string Id { get; }

    public string Title { get; }

    public string Text { get; }

    public IReadOnlyList<TextBlock> Blocks { get; }
}

/// <summary>The articles of a folder, read once at start: <c>*.txt</c> and <c>*.html</c> files and <c>*.jsonl</c> lines with an id and a text.</summary>
public sealed partial class ArticleCatalog
{
    private readonly Dictionary<string, Article> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Article> _all = [];

    public ArticleCatalog(IEnumerable<Article> articles)
    {
        foreach (Article article in articles)
        {
            if (_byId.TryAdd(article.Id, article))
                _all.Add(article);
        }
        _all.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
    }

    public IReadOnlyList<Article> All => _all;

    public Article? Find(string? id) => id is not null && _byId.TryGetValue(id, out Article? article) ? article : null;

    /// <summary>Reads the articles of <paramref name="folder"/>; a missing folder gives an empty catalog.</summary>
    public static ArticleCatalog Load(string folder)
    {
        var articles = new List<Article>();
        if (!Directory.Exists(folder))
            return new ArticleCatalog(articles);
        foreach (string path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(path);
            switch (Path.GetExtension(path).ToLowerInvariant())
            {
                case ".txt":
                    articles.Add(new Article(id, File.ReadAllText(path)));
                    break;
                case ".html":
                    if (FromHtml(id, File.ReadAllText(path)) is { } page)
                        articles.Add(page);
                    break;
                case ".jsonl":
                    articles.AddRange(FromJsonLines(path));
                    break;
            }
        }
        return new ArticleCatalog(articles);
    }

    /// <summary>An article from a web page: its heading and paragraphs (inside <c>&lt;article&gt;</c> when there is one), without bylines.</summary>
    public static Article? FromHtml(string id, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = (AngleSharp.Dom.IParentNode?)document.QuerySelector("article") ?? document.Body;
        if (root is null)
            return null;
        string? heading = root.QuerySelector("h1")?.TextContent;
        var paragraphs = root.QuerySelectorAll("p")
            .Where(p => !p.ClassList.Contains("byline"))
            .Select(p => Whitespace().Replace(p.TextContent, " ").Trim())
            .Where(p => p.Length > 0)
            .ToList();
        if (paragraphs.Count == 0)
            return null;
        string title = Whitespace().Replace(heading ?? document.Title ?? TitleFromId(id), " ").Trim();
        return new Article(id, title + "\n\n" + string.Join("\n\n", paragraphs));
    }

    private static IEnumerable<Article> FromJsonLines(string path)
    {
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            Article? article = null;
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind == JsonValueKind.Object
                    && json.RootElement.TryGetProperty("id", out JsonElement id) && id.ValueKind == JsonValueKind.String
                    && json.RootElement.TryGetProperty("text", out JsonElement text) && text.ValueKind == JsonValueKind.String
                    && !string.IsNullOrWhiteSpace(text.GetString()))
                {
                    article = new Article(id.GetString()!, text.GetString()!);
                }
            }
            catch (JsonException)
            {
                // A malformed line is not an article; the others still are.
            }
            if (article is not null)
                yield return article;
        }
    }

    /// <summary>The text's blocks: runs of non-blank lines, separated by blank lines, trimmed of surrounding white space.</summary>
    public static IReadOnlyList<TextBlock> SplitBlocks(string text)
    {
        var blocks = new List<TextBlock>();
        int position = 0;
        foreach (Match separator in BlankLines().Matches(text))
        {
            Add(position, separator.Index);
            position = separator.Index + separator.Length;
        }
        Add(position, text.Length);
        return blocks;

        void Add(int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start]))
                start++;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
            if (end > start)
                blocks.Add(new TextBlock(start, end, false));
        }
    }

    public static string TitleFromId(string id)
    {
        string words = id.Replace('-', ' ').Replace('_', ' ');
        return words.Length == 0 ? id : char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
