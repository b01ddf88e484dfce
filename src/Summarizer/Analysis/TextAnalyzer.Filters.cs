using Summarizer.Text;

namespace Summarizer.Analysis;

// What a word not in the cache becomes: its kind, the stop list, elided articles, the user's filters and the stemmer.
public sealed partial class TextAnalyzer
{
    /// <remarks>
    /// How each kind becomes a term, chosen for what TF-IDF needs (the same thing written the same way shares a term,
    /// different things do not):
    /// URLs, e-mail addresses and mentions are identifiers: folded only, never stop words (<c>@WHO</c> is not "who")
    /// and never stemmed. Numbers are kept as written. A hashtag's term is its word without the <c>#</c>, stemmed, so
    /// <c>#Brexit</c> and "Brexit" count as the same term. An elided article (French <c>l'</c>, <c>qu'</c>) is removed,
    /// so <c>l'homme</c> and <c>homme</c> match.
    /// A hyphenated word (<c>part-of-speech</c>) becomes one token per part, each a span of the original text and
    /// normalized like any word, so the compound shares terms with sentences that use its parts ("speech"). Keeping
    /// the compound as one term, whole or stemmed on its last part, isolates it instead: on the scientific-paper
    /// evaluation set, where compounds are frequent, it cost about 0.7 ROUGE-1 points (0.3 for the last part alone),
    /// while splitting is what the summaries' references reward.
    /// </remarks>
    private (string Term, TokenKind Kind) NormalizeUncached(string surface)
    {
        TokenKind kind = KindOf(surface);
        switch (kind)
        {
            case TokenKind.Url or TokenKind.Email or TokenKind.Mention or TokenKind.Number:
                return (surface, kind);
            case TokenKind.Hashtag:
                string tag = surface[1..];
                return (_stopWords.Contains(tag) ? tag : Filter(tag) ?? tag, kind);
        }

        if (_stopWords.Contains(surface))
            return (StopWordMarker, kind);

        string word = surface;
        int apostrophe = word.IndexOf('\'', StringComparison.Ordinal);
        if (Language == Language.Turkish && apostrophe > 0)
        {
            // Turkish writes the case ending of a proper name after an apostrophe ("İstanbul'da", "Ali'nin"): the word
            // is the name, as Lucene's Turkish analysis reads it.
            word = word[..apostrophe];
            if (_stopWords.Contains(word))
                return (StopWordMarker, kind);
            apostrophe = -1;
        }

        if (apostrophe > 0 && apostrophe < word.Length - 1 && _elidedArticles is not null && _elidedArticles.Contains(word[..apostrophe]))
        {
            word = word[(apostrophe + 1)..];
            if (_stopWords.Contains(word))
                return (StopWordMarker, kind);
        }

        return (Filter(word) ?? StopWordMarker, kind);
    }

    /// <summary>The user's filters and then the stemmer on a word; null when a filter removes it as a stop word.</summary>
    private string? Filter(string word)
    {
        foreach (TokenFilter filter in _filters)
        {
            string? next = filter.Apply(word);
            if (next is null)
                return null;
            if (next.Length > 0)
                word = next;
        }

        return Stems ? Stem(word) : word;
    }

    private string Stem(string word)
    {
        if (!_stemmers.TryTake(out WordStemmer? stemmer))
            stemmer = LanguageResources.CreateStemmer(Language);
        if (stemmer is null)
            return word;

        try
        {
            string stem = stemmer.Stem(word);
            return stem.Length == 0 ? word : stem;
        }
        finally
        {
            _stemmers.Add(stemmer);
        }
    }
}
