using System.Collections.Concurrent;
using Summarizer.Segmentation;
using Summarizer.Text;

namespace Summarizer.Analysis;

/// <summary>
/// The analyzers of one pipeline: the configured one, one per detected language (made on first use), and one per
/// language for another stop list (a line list's). Thread-safe; each analyzer is made once.
/// </summary>
internal sealed class LanguageAnalyzers(TextAnalyzer configured, bool detectLanguage, bool splitterFollowsLanguage)
{
    private readonly ConcurrentDictionary<Language, TextAnalyzer> _byLanguage = new();
    private readonly ConcurrentDictionary<(Language, StopWordList), TextAnalyzer> _byStopWords = new();

    /// <summary>The analyzer of the configured language.</summary>
    public TextAnalyzer Configured { get; } = configured;

    /// <summary>Whether each text's language is detected.</summary>
    public bool DetectLanguage { get; } = detectLanguage;

    /// <summary>The analyzer for <paramref name="text"/>: of its detected language when detection is on.</summary>
    public TextAnalyzer For(string text) => DetectLanguage ? For(LanguageDetector.Detect(text)) : Configured;

    /// <summary>The analyzer for <paramref name="language"/>; the configured one for <see cref="Language.None"/>.</summary>
    public TextAnalyzer For(Language language)
    {
        if (language == Language.None || language == Configured.Language)
            return Configured;
        // A splitter the user chose is kept for every language; the default one follows the language's rules.
        // The user's filters and stemming choice carry over (TextAnalyzer.With).
        return _byLanguage.GetOrAdd(language, static (l, self) => self.Configured.With(
            self._splitterFollowsLanguage ? RuleBasedSentenceSplitter.ForLanguage(l) : self.Configured.Splitter,
            l,
            self.Configured.StopWords), this);
    }

    /// <summary>The analyzer for <paramref name="language"/> with <paramref name="stopWords"/> instead of the configured list.</summary>
    public TextAnalyzer For(Language language, StopWordList stopWords)
    {
        TextAnalyzer analyzer = For(language);
        if (analyzer.StopWords == stopWords)
            return analyzer;
        return _byStopWords.GetOrAdd((language, stopWords), static (key, source) =>
            source.With(source.Splitter, key.Item1, key.Item2), analyzer);
    }

    private readonly bool _splitterFollowsLanguage = splitterFollowsLanguage;
}
