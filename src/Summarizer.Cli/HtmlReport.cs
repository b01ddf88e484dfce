using System.Globalization;
using System.Net;
using Summarizer.Keywords;
using Summarizer.Text;

namespace Summarizer.Cli;

/// <summary>
/// The html format: one self-contained HTML5 page (inline CSS, no scripts, nothing loaded from elsewhere) showing each
/// whole article with every sentence shaded by its score and the summary's sentences marked with their rank.
/// Several inputs are several &lt;article&gt; sections of the one page.
/// </summary>
internal sealed class HtmlReport(TextWriter output, string pageTitle)
{
    /// <summary>The strongest shading, given to a document's best-scored sentence; the weakest gets none.</summary>
    internal const double MaxAlpha = 0.6;

    private const string Style = """
        :root { color-scheme: light; --shade: 37, 99, 235; }
        body { margin: 0 auto; max-width: 46rem; padding: 1.5rem; font: 17px/1.65 Georgia, 'Times New Roman', serif; color: #1f2328; background: #fff; }
        header.page, .legend, .meta, h1, h2, ul.summary-list { font-family: system-ui, -apple-system, 'Segoe UI', sans-serif; }
        h1 { font-size: 1.4rem; margin: 0 0 .75rem; }
        h2 { font-size: 1.25rem; margin: 0 0 .25rem; }
        .legend { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center; font-size: .85rem; padding: .6rem .8rem; border: 1px solid #d0d7de; border-radius: 6px; background: #f6f8fa; }
        .scale { display: inline-flex; align-items: center; gap: .4rem; }
        .bar { display: inline-flex; justify-content: space-between; width: 12rem; padding: 0 .4rem; border: 1px solid #d0d7de; border-radius: 3px; background: linear-gradient(to right, rgba(var(--shade), 0), rgba(var(--shade), 0.6)); }
        .sample { padding: 0 .2rem; }
        article.document { margin-top: 2rem; }
        article.document + article.document { border-top: 3px double #d0d7de; padding-top: 1.5rem; }
        .meta { color: #59636e; font-size: .85rem; margin: 0 0 1rem; }
        ul.summary-list { list-style: none; font-size: .95rem; background: #fff8c5; border-left: 4px solid #d4a72c; margin: 0 0 1.5rem; padding: .6rem 1rem; }
        ul.summary-list li + li { margin-top: .35rem; }
        ul.summary-list a { color: inherit; text-decoration: none; }
        ul.summary-list a:hover { text-decoration: underline; }
        .keywords { font-size: .9rem; }
        .text { white-space: pre-wrap; overflow-wrap: break-word; }
        .sentence { border-radius: 2px; }
        .muted { color: #6e7781; }
        mark.summary, .sample.summary { color: inherit; outline: 2px solid #bf8700; outline-offset: 1px; box-shadow: inset 0 -.25em 0 #f2cc60; }
        mark.summary::before { content: attr(data-rank); }
        mark.summary::before, .badge { display: inline-block; min-width: 1.1em; margin-right: .25em; padding: 0 .25em; border-radius: .6em; background: #bf8700; color: #fff; font: bold .7rem/1.4 system-ui, sans-serif; text-align: center; vertical-align: .15em; }
        """;

    private int _articles;

    /// <summary>Starts the page: head, styles, heading and the legend.</summary>
    private void Begin(string title, string language)
    {
        output.Write($"""
            <!DOCTYPE html>
            <html lang="{Attr(language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="summarize">
            <title>{Encode(title)}</title>
            <style>
            {Style}
            </style>
            </head>
            <body>
            <header class="page">
            <h1>{Encode(title)}</h1>
            <div class="legend" role="note">
            <span class="scale">Sentence score <span class="bar"><span>lowest</span><span>highest</span></span></span>
            <span>shade ∝ score, scaled from each document's lowest to its highest</span>
            <span><span class="sample summary"><span class="badge">1</span>summary sentence</span> outlined and numbered by rank (1 = best)</span>
            <span><span class="sample muted">muted</span>: headings, navigation, captions and credits, not candidates</span>
            </div>
            </header>

            """);
    }

    /// <summary>Writes one document: its heading and settings, the summary, and the whole text shaded by score.</summary>
    public void WriteArticle(InputText input, Document document, IReadOnlyList<double> scores, Summary summary, SummaryRequest request, SummaryOrder order, IReadOnlyList<Keyword>? keywords)
    {
        string language = summary.Language == Language.None ? "und" : LanguageCodes.ToCode(summary.Language);
        if (_articles++ == 0)
            Begin(pageTitle, language); // the page's language is the first document's

        string heading = input.Title is { } title ? title : input.DisplayName;
        output.WriteLine($"""<article class="document" id="document-{_articles}" lang="{Attr(language)}">""");
        output.WriteLine($"<h2>{Encode(heading)}</h2>");
        string source = input.Title is null ? "" : $"{input.DisplayName} (article text of the web page) · ";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"""<p class="meta">{Encode(source)}language {Encode(language)} · algorithm {Encode(request.Algorithm)} · {summary.Sentences.Count} of {document.Sentences.Count} sentences ({Encode(request.Length.ToString())})</p>"""));

        output.WriteLine("""<ul class="summary-list">""");
        foreach (ScoredSentence s in summary.InOrder(order))
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""<li><span class="badge" title="rank {s.Rank}">{s.Rank}</span><a href="#document-{_articles}-sentence-{s.Index}">{Encode(s.Text)}</a></li>"""));
        output.WriteLine("</ul>");
        if (keywords is { Count: > 0 })
            output.WriteLine($"""<p class="keywords">Keywords: {Encode(string.Join(", ", keywords.Select(k => k.Phrase)))}</p>""");

        output.Write("""<div class="text">""");
        WriteShadedText(document, scores, summary);
        output.WriteLine("</div>");
        output.WriteLine("</article>");
    }

    /// <summary>Ends the page.</summary>
    public void End()
    {
        if (_articles == 0)
            Begin(pageTitle, "und");
        output.WriteLine("</body>\n</html>");
    }

    /// <summary>The text verbatim, each sentence in an element shaded by its score; what lies between sentences is kept as it is.</summary>
    private void WriteShadedText(Document document, IReadOnlyList<double> scores, Summary summary)
    {
        string text = document.Text;
        var chosen = summary.Sentences.ToDictionary(s => s.Index);
        // Headings, navigation lines, captions and credits are not candidates: they are shown muted and unshaded, and the
        // shading scale runs over the candidates only, so a title's high score cannot look like a choice.
        double[] candidates = document.Sentences.Where(s => !IsNonCandidate(document, s)).Select(s => scores[s.Index]).ToArray();
        if (candidates.Length == 0)
            candidates = [.. scores];
        double min = candidates.Length == 0 ? 0 : candidates.Min(), max = candidates.Length == 0 ? 0 : candidates.Max();
        int position = 0;
        foreach (Sentence sentence in document.Sentences)
        {
            output.Write(Encode(text[position..sentence.Span.Start]));
            double score = scores[sentence.Index];
            // Equal scores carry no ranking information: shade them all half way.
            double normalized = max > min ? (score - min) / (max - min) : 0.5;
            string shade = string.Create(CultureInfo.InvariantCulture, $"background-color: rgba(var(--shade), {MaxAlpha * normalized:0.###})");
            string id = string.Create(CultureInfo.InvariantCulture, $"document-{_articles}-sentence-{sentence.Index}");
            string scoreText = score.ToString("0.######", CultureInfo.InvariantCulture);
            string sentenceText = Encode(sentence.GetText(text));
            if (chosen.TryGetValue(sentence.Index, out ScoredSentence? picked))
            {
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"""<mark class="sentence summary" id="{id}" data-rank="{picked.Rank}" data-score="{scoreText}" title="summary rank {picked.Rank}, score {scoreText}" style="{shade}">{sentenceText}</mark>"""));
            }
            else if (IsNonCandidate(document, sentence))
            {
                output.Write($"""<span class="sentence muted" id="{id}" data-score="{scoreText}" title="not a candidate (heading, navigation, caption or credit), score {scoreText}">{sentenceText}</span>""");
            }
            else
            {
                output.Write($"""<span class="sentence" id="{id}" data-score="{scoreText}" title="score {scoreText}" style="{shade}">{sentenceText}</span>""");
            }

            position = sentence.Span.End;
        }

        output.Write(Encode(text[position..]));
    }

    /// <summary>The default selection's test for a line that is not a candidate.</summary>
    /// <remarks>
    /// A heading, navigation line, caption or credit (<see cref="Sentence.IsHeading"/>), or a line standing alone with
    /// fewer than 8 words (the default <c>SelectionOptions.MinStandaloneLineWords</c>): web pages carry such lines as calls
    /// to action ("No time to read?"), and selection passes over them while real sentences remain.
    /// </remarks>
    private static bool IsNonCandidate(Document document, Sentence sentence)
    {
        if (sentence.IsHeading)
            return true;
        if (document.GetWordCount(sentence.Index) >= 8)
            return false;
        string text = document.Text;
        for (int k = sentence.Span.Start - 1; k >= 0 && text[k] is not ('\n' or '\r'); k--)
        {
            if (!char.IsWhiteSpace(text[k]))
                return false;
        }

        for (int k = sentence.Span.End; k < text.Length && text[k] is not ('\n' or '\r'); k++)
        {
            if (!char.IsWhiteSpace(text[k]))
                return false;
        }

        return true;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Attr(string value) => WebUtility.HtmlEncode(value);
}
