namespace Summarizer.Text;

/// <summary>
/// A language for word analysis: it selects the stop-word list and the stemmer (both from
/// Lucene.Net.Analysis.Common: Snowball stemmers, and Lucene's light stemmer for Arabic).
/// </summary>
public enum Language
{
    /// <summary>No stop words and no stemming: words are only case-folded.</summary>
    None = 0,
    /// <summary>English (Snowball English stemmer, also known as Porter2).</summary>
    English,
    /// <summary>Armenian.</summary>
    Armenian,
    /// <summary>Basque.</summary>
    Basque,
    /// <summary>Catalan.</summary>
    Catalan,
    /// <summary>Danish.</summary>
    Danish,
    /// <summary>Dutch.</summary>
    Dutch,
    /// <summary>Finnish.</summary>
    Finnish,
    /// <summary>French.</summary>
    French,
    /// <summary>German.</summary>
    German,
    /// <summary>Hungarian.</summary>
    Hungarian,
    /// <summary>Irish.</summary>
    Irish,
    /// <summary>Italian.</summary>
    Italian,
    /// <summary>Norwegian.</summary>
    Norwegian,
    /// <summary>Portuguese.</summary>
    Portuguese,
    /// <summary>Romanian.</summary>
    Romanian,
    /// <summary>Russian.</summary>
    Russian,
    /// <summary>Spanish.</summary>
    Spanish,
    /// <summary>Swedish.</summary>
    Swedish,
    /// <summary>Turkish.</summary>
    Turkish,
    /// <summary>Arabic: Lucene's stop list, orthographic normalization and light stemmer (prefixes and suffixes removed).</summary>
    Arabic,
    /// <summary>Chinese: each ideograph is a term of its own; no stop words and no stemming.</summary>
    Chinese,
    /// <summary>Japanese: each ideograph and kana is a term of its own; no stop words and no stemming.</summary>
    Japanese,
}
