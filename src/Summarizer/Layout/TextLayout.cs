namespace Summarizer.Layout;

/// <summary>
/// How a text is laid out: running prose, a list of independent one-sentence lines, or a dialogue of labeled turns
/// (see <see cref="LayoutMode.Auto"/>).
/// </summary>
public enum TextLayout
{
    /// <summary>Running text: paragraphs, wrapped lines, or a single block. Its order carries meaning, as a news lead does.</summary>
    Prose = 0,

    /// <summary>
    /// A list of short items, one sentence a line with no blank lines between them: reviews, comments, posts,
    /// answers. The items are independent, so their order says nothing about their importance.
    /// </summary>
    LineList = 1,

    /// <summary>
    /// A transcript of speakers taking turns, each turn opened by a label naming who speaks ("HOST:", "Q:",
    /// "Marta Okonkwo:"): an interview, a podcast, a meeting, a hearing, a play. A conversation has no lead (it opens
    /// with greetings and introductions and closes with thanks), and its questions ask for what the answers state.
    /// </summary>
    Dialogue = 2,
}
