namespace Summarizer.Weighting;

/// <summary>Options for TF-IDF sentence vectors.</summary>
public sealed record TfIdfOptions
{
    /// <summary>
    /// A corpus-fitted IDF model, or <see langword="null"/> (the default) to compute IDF from the
    /// document's own sentences, treating each sentence as a document.
    /// </summary>
    public IdfModel? Idf { get; init; }

    /// <summary>Use <c>1 + ln(tf)</c> instead of the raw term count, damping words repeated within a sentence. Default: false.</summary>
    public bool SublinearTf { get; init; }
}
