namespace Summarizer.Analysis;

/// <summary>
/// A step of word normalization a user adds to a <see cref="TextAnalyzer"/>: a stemmer, a stop list, a synonym map.
/// Filters run in order on each case-folded word (and a hashtag's word), after the language's stop list and elided
/// articles are removed and before the language's stemmer, when that is on. URLs, e-mail addresses, mentions and
/// numbers never reach them.
/// </summary>
/// <remarks>
/// The analyzer caches each word's result, so a filter runs about once per distinct word per analyzer, not once per
/// token, and costs nothing on the words already seen. It must therefore be deterministic (the same word, the same
/// result) and safe to call from several threads at once.
/// </remarks>
public abstract class TokenFilter
{
    /// <summary>Transforms one word.</summary>
    /// <param name="word">The case-folded word, never empty.</param>
    /// <returns>
    /// The word's new form, passed to the next filter; <see langword="null"/> to remove the word as a stop word
    /// (a hashtag, never a stop word, then keeps its word as written). An empty result keeps the word unchanged.
    /// </returns>
    public abstract string? Apply(string word);
}
