namespace NewsSite;

/// <summary>The site's own settings, bound from the <c>"NewsSite"</c> section of configuration.</summary>
public sealed class NewsSiteOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "NewsSite";

    /// <summary>The folder of articles (<c>.txt</c>, <c>.html</c>, <c>.jsonl</c>), relative to the program's folder.</summary>
    public string ArticlesPath { get; set; } = "articles";

    /// <summary>The longest text, in characters, that <c>POST /api/summary</c> accepts; longer gives 413.</summary>
    public int MaxInputLength { get; set; } = 100_000;

    /// <summary>The largest request body, in bytes, that <c>POST /api/summary</c> reads; larger gives 413.</summary>
    public int MaxRequestBytes { get; set; } = 1_048_576;
}
