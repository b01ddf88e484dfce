namespace Summarizer.Selection;

/// <summary>Options for choosing summary sentences from scored ones.</summary>
public sealed record SelectionOptions
{
    /// <summary>
    /// Redundancy control: a sentence whose TF-IDF cosine similarity to an already chosen sentence exceeds this
    /// is skipped. Default: 0.5. Range: (0, 1]; 1 keeps everything but exact duplicates of content.
    /// </summary>
    public double MaxSimilarity { get; init; } = 0.5;

    /// <summary>Whether heading and navigation lines (<see cref="Text.Sentence.IsHeading"/>) may be chosen. Default: false.</summary>
    public bool IncludeHeadings { get; init; }

    /// <summary>Sentences with fewer words than this are not chosen unless nothing else is left. Default: 4. Must be non-negative.</summary>
    public int MinWords { get; init; } = 4;

    /// <summary>
    /// Sentences with more words than this are not chosen unless nothing else is left: such "sentences" are mostly
    /// text the segmenter could not split (tables, formulas, lists without punctuation). Default: 60; 0 means no limit.
    /// Must be non-negative.
    /// </summary>
    public int MaxWords { get; init; } = 60;

    /// <summary>
    /// A sentence that is a whole line by itself with fewer words than this is treated like a heading: web pages
    /// carry such lines as calls to action, captions and bylines ("No time to read?"). Default: 8; 0 turns it off.
    /// </summary>
    public int MinStandaloneLineWords { get; init; } = 8;

    internal void Validate()
    {
        if (!(MaxSimilarity > 0 && MaxSimilarity <= 1))
            throw new ArgumentOutOfRangeException(nameof(MaxSimilarity), MaxSimilarity, "Must be greater than 0 and at most 1.");
        ArgumentOutOfRangeException.ThrowIfNegative(MinWords, nameof(MinWords));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxWords, nameof(MaxWords));
        ArgumentOutOfRangeException.ThrowIfNegative(MinStandaloneLineWords, nameof(MinStandaloneLineWords));
    }
}
