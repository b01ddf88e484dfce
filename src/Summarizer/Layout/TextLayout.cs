namespace Summarizer.Layout;

/// <summary>How a text is laid out: running prose, or a list of independent one-sentence lines (see <see cref="LayoutMode.Auto"/>).</summary>
public enum TextLayout
{
    /// <summary>Running text: paragraphs, wrapped lines, or a single block. Its order carries meaning, as a news lead does.</summary>
    Prose = 0,

    /// <summary>
    /// A list of short items, one sentence a line with no blank lines between them: reviews, comments, posts,
    /// answers. The items are independent, so their order says nothing about their importance.
    /// </summary>
    LineList = 1,
}
