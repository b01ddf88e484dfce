namespace Summarizer.Ranking;

/// <summary>Options for <see cref="EdmundsonRanker"/>.</summary>
public sealed record EdmundsonOptions
{
    /// <summary>
    /// Bonus cue words: each occurrence in a sentence adds to its cue score ("significant", "conclude", ...). Matched
    /// case-insensitively against words as written. Default: none.
    /// </summary>
    public IReadOnlyList<string> BonusWords { get; init; } = [];

    /// <summary>Stigma cue words: each occurrence subtracts from a sentence's cue score ("hardly", "perhaps", ...). Default: none.</summary>
    public IReadOnlyList<string> StigmaWords { get; init; } = [];

    /// <summary>The weight of the cue method. Default: 1. Must be non-negative and finite.</summary>
    public double CueWeight { get; init; } = 1.0;

    /// <summary>
    /// The weight of the key method (frequent content words). Default: 0, as Edmundson found that adding it made extracts
    /// worse (his preferred combination is cue, title and location). Must be non-negative and finite.
    /// </summary>
    public double KeyWeight { get; init; }

    /// <summary>The weight of the title method (words shared with the title). Default: 1. Must be non-negative and finite.</summary>
    public double TitleWeight { get; init; } = 1.0;

    /// <summary>The weight of the location method (first and last sentences and paragraphs). Default: 1. Must be non-negative and finite.</summary>
    public double LocationWeight { get; init; } = 1.0;

    /// <summary>A content word is a key word when it occurs at least this many times in the document. Default: 2. Must be at least 1.</summary>
    public int KeyWordMinFrequency { get; init; } = 2;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(BonusWords, nameof(BonusWords));
        ArgumentNullException.ThrowIfNull(StigmaWords, nameof(StigmaWords));
        Check(CueWeight, nameof(CueWeight));
        Check(KeyWeight, nameof(KeyWeight));
        Check(TitleWeight, nameof(TitleWeight));
        Check(LocationWeight, nameof(LocationWeight));
        if (CueWeight + KeyWeight + TitleWeight + LocationWeight == 0)
            throw new ArgumentOutOfRangeException(nameof(LocationWeight), LocationWeight, "At least one weight must be positive.");
        ArgumentOutOfRangeException.ThrowIfLessThan(KeyWordMinFrequency, 1, nameof(KeyWordMinFrequency));

        static void Check(double value, string name)
        {
            if (!(value >= 0) || double.IsInfinity(value))
                throw new ArgumentOutOfRangeException(name, value, "Must be non-negative and finite.");
        }
    }
}
