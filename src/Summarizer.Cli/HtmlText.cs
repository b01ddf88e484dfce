using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Summarizer.Text;

namespace Summarizer.Cli;

/// <summary>
/// The text of an HTML fragment as a browser renders it, with the blocks that are not the article's prose marked.
/// White space in the source (line breaks inside a <c>p</c> included) collapses to one space; block elements (p, div,
/// li, headings, blockquote, tr, figure...) end a paragraph, written as a blank line; <c>br</c> is a line break inside
/// one; <c>pre</c> keeps its lines. Captions, credits, bylines, datelines, share and subscribe prompts and link lists
/// are recorded in <see cref="NonContent"/>: they stay in the text but are not summary candidates.
/// </summary>
/// <param name="Text">The rendered text.</param>
/// <param name="NonContent">Ranges of <paramref name="Text"/> that are not the article's prose.</param>
internal sealed record HtmlText(string Text, IReadOnlyList<TextSpan> NonContent)
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "head", "title", "button", "select", "option", "iframe",
    };

    // Elements that are by definition not running prose: captions and their figures' credits, asides, navigation,
    // page furniture, and the time stamp or author line of a byline.
    private static readonly HashSet<string> NonContentElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "figcaption", "caption", "aside", "nav", "footer", "header", "time", "address", "form",
    };

    // Class, id and role words that name page furniture rather than prose in the markup conventions of news and blog
    // templates (schema.org, WordPress, hAtom): matched as whole words or word prefixes of the attribute, never as a
    // site's particular name.
    private static readonly string[] NonContentWords =
    [
        "caption", "credit", "byline", "dateline", "author", "timestamp", "share", "social", "subscribe", "newsletter",
        "related", "promo", "signup", "sign-up", "advert", "sponsor", "breadcrumb", "toolbar", "tags", "meta",
    ];

    private readonly record struct Pending(int Start, bool NonContent);

    /// <summary>Renders <paramref name="html"/> (a document or a fragment).</summary>
    public static HtmlText Render(string html)
    {
        var parser = new HtmlParser();
        IDocument document = parser.ParseDocument(html);
        var writer = new Writer();
        writer.Walk(document.Body ?? (INode)document.DocumentElement, nonContent: false, pre: false);
        return writer.Finish();
    }

    private static bool IsNonContent(IElement element)
    {
        if (NonContentElements.Contains(element.LocalName))
            return true;
        string role = element.GetAttribute("role") ?? "";
        if (role is "navigation" or "complementary" or "contentinfo" or "banner" or "note")
            return true;
        return HasNonContentWord(element.ClassName) || HasNonContentWord(element.Id);
    }

    private static bool HasNonContentWord(string? attribute)
    {
        if (string.IsNullOrEmpty(attribute))
            return false;
        foreach (string part in attribute.Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (string word in NonContentWords)
            {
                if (part.StartsWith(word, StringComparison.OrdinalIgnoreCase)
                    || part.EndsWith(word, StringComparison.OrdinalIgnoreCase) && part.Length <= word.Length + 8)
                    return true;
            }
        }

        return false;
    }

    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private readonly List<TextSpan> _nonContent = [];
        private bool _pendingSpace;
        private int _pendingBreaks;

        // Where the current block's text began, and how much of it is link text: a block that is mostly links is a
        // list of related articles or a "Read more" line, not prose.
        private int _blockStart;
        private int _linkChars;
        private int _inLink;

        public void Walk(INode node, bool nonContent, bool pre)
        {
            foreach (INode child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText textNode:
                        WriteText(textNode.Data, pre);
                        break;
                    case IElement element:
                        WriteElement(element, nonContent, pre);
                        break;
                }
            }
        }

        private void WriteElement(IElement element, bool nonContent, bool pre)
        {
            string name = element.LocalName;
            if (Skipped.Contains(name) || element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
                return;
            if (name == "br")
            {
                LineBreak(1);
                return;
            }

            bool block = Blocks.Contains(name);
            bool marked = !nonContent && IsNonContent(element);
            bool isPre = pre || name == "pre";
            if (!block && !marked)
            {
                bool link = name == "a";
                if (link)
                    _inLink++;
                Walk(element, nonContent, isPre);
                if (link)
                    _inLink--;
                return;
            }

            if (block)
                EndBlock();
            int before = _text.Length;
            Walk(element, nonContent || marked, isPre);
            if (block)
                EndBlock();
            if (marked)
                AddNonContent(before, _text.Length);
        }

        /// <summary>Ends the current paragraph; the next text starts after a blank line.</summary>
        private void EndBlock()
        {
            int length = 0;
            for (int i = _blockStart; i < _text.Length; i++)
                length += char.IsWhiteSpace(_text[i]) ? 0 : 1;
            // A block that is mostly link text is a list of related articles or a "Read more" line; a block wholly in
            // square brackets is an editor's insert ("[Read: ...]", a newsletter prompt), not the article's prose.
            if (length > 0 && (_linkChars * 2 > length || IsBracketed(_blockStart, _text.Length)))
                AddNonContent(_blockStart, _text.Length);
            _linkChars = 0;
            LineBreak(2);
            _blockStart = _text.Length;
        }

        private bool IsBracketed(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(_text[from]))
                from++;
            while (to > from && char.IsWhiteSpace(_text[to - 1]))
                to--;
            return to - from > 2 && _text[from] == '[' && _text[to - 1] == ']';
        }

        /// <summary>Records the text written since <paramref name="from"/>, without the white space that preceded it.</summary>
        private void AddNonContent(int from, int to)
        {
            while (from < to && char.IsWhiteSpace(_text[from]))
                from++;
            if (from < to)
                _nonContent.Add(TextSpan.FromBounds(from, to));
        }

        private void LineBreak(int count)
        {
            if (_text.Length == 0)
                return;
            _pendingSpace = false;
            _pendingBreaks = Math.Max(_pendingBreaks, count);
        }

        private void WriteText(string data, bool pre)
        {
            if (pre)
            {
                Flush();
                int before = _text.Length;
                _text.Append(data.Replace("\r\n", "\n", StringComparison.Ordinal));
                if (_inLink > 0)
                    _linkChars += _text.Length - before;
                return;
            }

            foreach (char c in data)
            {
                // HTML white space (space, tab, line feed, form feed, carriage return) collapses; a no-break space is a
                // character of the text, as a browser keeps it.
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (_text.Length > 0 && _pendingBreaks == 0)
                        _pendingSpace = true;
                    continue;
                }

                Flush();
                _text.Append(c);
                if (_inLink > 0 && !char.IsWhiteSpace(c))
                    _linkChars++;
            }
        }

        private void Flush()
        {
            if (_pendingBreaks > 0)
            {
                if (_text.Length > 0)
                    _text.Append('\n', _pendingBreaks);
                _pendingBreaks = 0;
                _pendingSpace = false;
                _blockStart = Math.Max(_blockStart, _text.Length);
            }
            else if (_pendingSpace)
            {
                _text.Append(' ');
                _pendingSpace = false;
            }
        }

        public HtmlText Finish()
        {
            EndBlock();
            return new HtmlText(_text.ToString(), _nonContent);
        }
    }
}
