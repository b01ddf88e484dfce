using System.Text;
using System.Text.Encodings.Web;
using Summarizer;
using Summarizer.Text;

namespace NewsSite;

/// <summary>Server-rendered HTML: every piece of text is encoded, never inserted as markup.</summary>
public static class ArticlePage
{
    public const string ButtonText = "No time to read? Get a summary";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;

    /// <summary>The article page; with a <paramref name="summary"/> the summary box is filled and its sentences are marked in place.</summary>
    public static string Render(Article article, Summary? summary, string? summaryParameter, string? error)
    {
        var html = new StringBuilder(article.Text.Length * 2 + 2048);
        Head(html, article.Title);
        html.Append("<main id=\"main\">\n<article id=\"article\" data-article-id=\"").Append(Encoder.Encode(article.Id)).Append("\">\n");

        TextBlock? titleBlock = article.Blocks.Count > 0 && article.Blocks[0].IsTitle ? article.Blocks[0] : null;
        html.Append("<h1 id=\"article-title\"");
        if (titleBlock is { } t)
        {
            html.Append(" class=\"text-block\" data-start=\"").Append(t.Start).Append("\" data-end=\"").Append(t.End).Append("\">");
            AppendMarked(html, article.Text, t, summary);
        }
        else
        {
            html.Append('>').Append(Encoder.Encode(article.Title));
        }
        html.Append("</h1>\n");

        string selected = summaryParameter ?? "3";
        html.Append("<form id=\"summary-form\" class=\"summary-form\" method=\"get\" action=\"/articles/").Append(Encoder.Encode(article.Id)).Append("#summary\">\n")
            .Append("<label for=\"summary-length\">Length</label>\n<select id=\"summary-length\" name=\"summary\">\n");
        foreach ((string value, string label) in new[] { ("3", "3 sentences"), ("20%", "20%"), ("100w", "100 words") })
            html.Append("<option value=\"").Append(Encoder.Encode(value)).Append('"').Append(value == selected ? " selected" : "").Append('>').Append(Encoder.Encode(label)).Append("</option>\n");
        html.Append("</select>\n<button type=\"submit\" id=\"summary-button\">").Append(Encoder.Encode(ButtonText)).Append("</button>\n</form>\n");

        html.Append("<section id=\"summary\" class=\"summary\" tabindex=\"-1\" aria-labelledby=\"summary-heading\" aria-live=\"polite\"");
        if (summary is null && error is null)
            html.Append(" hidden");
        html.Append(">\n<h2 id=\"summary-heading\">Summary</h2>\n<p id=\"summary-status\" class=\"summary-status\">");
        if (error is not null)
            html.Append(Encoder.Encode(error));
        else if (summary is not null)
            html.Append(Encoder.Encode($"{summary.Sentences.Count} of {summary.DocumentSentenceCount} sentences, highlighted in the article below."));
        html.Append("</p>\n<ol id=\"summary-list\">\n");
        if (summary is not null)
        {
            foreach (ScoredSentence sentence in summary.Sentences)
                html.Append("<li data-index=\"").Append(sentence.Index).Append("\" data-rank=\"").Append(sentence.Rank).Append("\">").Append(Encoder.Encode(OneLine.Of(sentence.Text))).Append("</li>\n");
        }
        html.Append("</ol>\n</section>\n<div id=\"article-body\" class=\"article-body\">\n");

        foreach (TextBlock block in article.Blocks)
        {
            if (block.IsTitle)
                continue;
            html.Append("<p class=\"text-block\" data-start=\"").Append(block.Start).Append("\" data-end=\"").Append(block.End).Append("\">");
            AppendMarked(html, article.Text, block, summary);
            html.Append("</p>\n");
        }
        html.Append("</div>\n</article>\n</main>\n");
        Foot(html);
        return html.ToString();
    }

    /// <summary>The list of articles.</summary>
    public static string RenderIndex(ArticleCatalog catalog)
    {
        var html = new StringBuilder(2048);
        Head(html, "Articles");
        html.Append("<main id=\"main\">\n<h1>Articles</h1>\n<ul class=\"article-list\">\n");
        foreach (Article article in catalog.All)
        {
            string id = Encoder.Encode(article.Id);
            html.Append("<li><a href=\"/articles/").Append(id).Append("\">").Append(Encoder.Encode(article.Title)).Append("</a> <a class=\"quick\" href=\"/articles/").Append(id)
                .Append("?summary=3#summary\">(summary)</a></li>\n");
        }
        html.Append("</ul>\n</main>\n");
        Foot(html);
        return html.ToString();
    }

    /// <summary>A page for an unknown article or bad query.</summary>
    public static string RenderMessage(string title, string message)
    {
        var html = new StringBuilder(1024);
        Head(html, title);
        html.Append("<main id=\"main\">\n<h1>").Append(Encoder.Encode(title)).Append("</h1>\n<p>").Append(Encoder.Encode(message)).Append("</p>\n<p><a href=\"/\">All articles</a></p>\n</main>\n");
        Foot(html);
        return html.ToString();
    }

    /// <summary>Appends the block's text, encoded, with each chosen sentence's part of it inside <c>&lt;mark&gt;</c>.</summary>
    private static void AppendMarked(StringBuilder html, string text, TextBlock block, Summary? summary)
    {
        int position = block.Start;
        if (summary is not null)
        {
            foreach (ScoredSentence sentence in summary.Sentences)
            {
                int start = Math.Max(sentence.Span.Start, position);
                int end = Math.Min(sentence.Span.End, block.End);
                if (start >= end)
                    continue;
                html.Append(Encoder.Encode(text[position..start]));
                html.Append("<mark data-index=\"").Append(sentence.Index).Append("\" data-rank=\"").Append(sentence.Rank).Append("\">")
                    .Append(Encoder.Encode(text[start..end])).Append("</mark>");
                position = end;
            }
        }
        html.Append(Encoder.Encode(text[position..block.End]));
    }

    private static void Head(StringBuilder html, string title) =>
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .Append(Encoder.Encode(title)).Append(" | Summarizer News</title>\n<link rel=\"stylesheet\" href=\"/assets/site.css\">\n<script src=\"/assets/summary.js\" defer></script>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#main\">Skip to the article</a>\n<header class=\"site\"><a href=\"/\">Summarizer News</a></header>\n");

    private static void Foot(StringBuilder html) =>
        html.Append("<footer class=\"site\">Sample articles from the Summarizer repository, summarized by its default pipeline.</footer>\n</body>\n</html>\n");
}
