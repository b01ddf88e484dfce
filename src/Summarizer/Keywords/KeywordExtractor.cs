using System.Runtime.InteropServices;
using System.Text;
using Lucene.Net.Analysis.Util;
using MathNet.Numerics.LinearAlgebra;
using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Graph;
using Summarizer.Analysis;

namespace Summarizer.Keywords;

/// <summary>
/// TextRank keyword extraction: PageRank over a graph of co-occurring content words, then adjacent keywords merged into
/// keyphrases. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Mihalcea, R. and Tarau, P. (2004). "TextRank: Bringing Order into Texts." EMNLP 2004, section 3.
/// The vertices are the document's content words (stemmed, so inflections share a vertex) that have a letter, are not
/// one letter long (outside Chinese and Japanese script) and are not stop words of the <see cref="StopWordList.Extended"/>
/// list, whatever list the document was analysed with. A word joined by hyphens (<c>-</c>, U+2010, U+2011) is one vertex.
/// Chinese text is segmented into words with Lucene.Net's SmartCn rather than the analyzer's one term per ideograph.
/// Two vertices are linked, unweighted and undirected, when they occur within
/// <see cref="KeywordOptions.WindowSize"/> content words of each other in a sentence (the paper's syntactic filter,
/// which keeps nouns and adjectives, is approximated by the stop list; there is no part-of-speech tagger). PageRank
/// scores the vertices and the top <see cref="KeywordOptions.KeywordFraction"/> of them (a third, at least one) are
/// keywords. Runs of keywords adjacent in the text, separated only by whitespace (in Chinese, by nothing), become one
/// phrase scoring the sum of its words' scores. Occurrences of the same words, however inflected or capitalized, are one
/// phrase, shown as it is most often written. Phrases rank by score, then by first occurrence.
/// </remarks>
internal sealed class KeywordExtractor
{
    /// <summary>Creates an extractor.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public KeywordExtractor(KeywordOptions? options = null)
    {
        Options = options ?? new KeywordOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public KeywordOptions Options { get; }

    /// <summary>Extracts the top <paramref name="count"/> keyphrases of <paramref name="document"/>.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="count">The most phrases to return.</param>
    /// <param name="cancellationToken">Checked in long loops.</param>
    /// <returns>The phrases, best first; fewer than <paramref name="count"/> when the document has fewer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public IReadOnlyList<Keyword> Extract(Document document, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0)
            return [];

        List<Word>[] sentences = document.Language == Language.Chinese
            ? ChineseWords.Segment(document, cancellationToken)
            : Words(document, cancellationToken);

        // Vertices in order of first appearance; edges as sorted, de-duplicated pairs.
        var vertexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var edges = new List<long>();
        var window = new List<int>(Options.WindowSize);
        foreach (List<Word> words in sentences)
        {
            window.Clear();
            foreach (Word word in words)
            {
                if (!word.IsCandidate)
                    continue;
                ref int v = ref CollectionsMarshal.GetValueRefOrAddDefault(vertexOf, word.Key, out bool exists);
                if (!exists)
                    v = vertexOf.Count - 1;
                int vertex = v;
                foreach (int u in window)
                {
                    if (u != vertex)
                        edges.Add(((long)Math.Min(u, vertex) << 32) | (uint)Math.Max(u, vertex));
                }

                window.Add(vertex);
                if (window.Count == Options.WindowSize)
                    window.RemoveAt(0);
            }
        }

        int n = vertexOf.Count;
        if (n == 0)
            return [];
        cancellationToken.ThrowIfCancellationRequested();
        double[] scores = Rank(n, edges, cancellationToken);

        // The top vertices by score, ties by first appearance.
        var byScore = new int[n];
        for (int v = 0; v < n; v++)
            byScore[v] = v;
        Array.Sort(byScore, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        int keep = Math.Max(1, (int)Math.Ceiling(n * Options.KeywordFraction - 1e-9));
        var keywordScore = new Dictionary<string, double>(keep, StringComparer.Ordinal);
        var keyOf = new string[n];
        foreach (var (key, vertex) in vertexOf)
            keyOf[vertex] = key;
        for (int r = 0; r < keep; r++)
            keywordScore[keyOf[byScore[r]]] = scores[byScore[r]];

        return CollectPhrases(document.Text, sentences, keywordScore, joinTouching: document.Language == Language.Chinese, count, cancellationToken);
    }

    /// <summary>
    /// The words of each sentence from the document's tokens. The parts of a word joined by hyphens (<c>-</c>, U+2010,
    /// U+2011), which the analyzer keeps as separate tokens, are one word here: <c>high‑level</c> is a keyword or not as
    /// a whole, and a candidate when any of its parts is.
    /// </summary>
    private static List<Word>[] Words(Document document, CancellationToken cancellationToken)
    {
        string text = document.Text;
        CharArraySet stopWords = LanguageResources.StopWords(document.Language, StopWordList.Extended);
        var hasLetter = new bool[document.Vocabulary.Count];
        for (int t = 0; t < hasLetter.Length; t++)
            hasLetter[t] = HasLetter(document.Vocabulary[t]);
        CharArraySet? elidedArticles = LanguageResources.ElidedArticles(document.Language);
        // URLs, e-mail addresses, mentions and numbers name things but are not keyphrases; nor are one-letter words
        // (French "a", Spanish "y", Italian "e"), function words that the stop lists leave out.
        bool IsCandidate(Token token) => token.Kind is TokenKind.Word or TokenKind.Hashtag && !token.IsStopWord && hasLetter[token.TermId]
            && (LetterCount(token.Span.Slice(text)) > 1 || IsCjk(text[token.Span.Start])) && !IsStopWord(stopWords, token.Span.Slice(text));

        var sentences = new List<Word>[document.Sentences.Count];
        var key = new StringBuilder();
        for (int s = 0; s < sentences.Length; s++)
        {
            if ((s & 255) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<Token> tokens = document.GetTokens(s);
            var words = sentences[s] = new List<Word>(tokens.Length);
            int k = 0;
            while (k < tokens.Length)
            {
                int first = k;
                while (k + 1 < tokens.Length && tokens[k].Kind == TokenKind.Word && tokens[k + 1].Kind == TokenKind.Word
                       && tokens[k + 1].Span.Start == tokens[k].Span.End + 1 && IsHyphen(text[tokens[k].Span.End]))
                    k++;
                bool candidate = false;
                key.Clear();
                for (int p = first; p <= k; p++)
                {
                    candidate |= IsCandidate(tokens[p]);
                    if (p > first)
                        key.Append('-');
                    // Parts are keyed by their term (stemmed, so inflections share a vertex); a stop word by its folded form.
                    if (tokens[p].IsStopWord)
                        AppendFolded(key, tokens[p].Span.Slice(text));
                    else
                        key.Append(document.Vocabulary[tokens[p].TermId]);
                }

                // An elided article (French "l'", "d'") is not part of the keyword as shown: "d'habitants" is "habitants".
                int start = tokens[first].Span.Start;
                if (elidedArticles is not null && tokens[first].Span.Slice(text) is var firstWord
                    && firstWord.IndexOfAny('\'', '\u2019') is var apostrophe and > 0 && apostrophe < firstWord.Length - 1
                    && elidedArticles.Contains(firstWord[..apostrophe].ToString().ToLowerInvariant()))
                    start += apostrophe + 1;
                words.Add(new Word(TextSpan.FromBounds(start, tokens[k].Span.End), key.ToString(), candidate));
                k++;
            }
        }

        return sentences;
    }

    private double[] Rank(int n, List<long> edges, CancellationToken cancellationToken)
    {
        edges.Sort();
        var triples = new List<Tuple<int, int, double>>(edges.Count * 2);
        long previous = -1;
        foreach (long edge in edges)
        {
            if (edge == previous)
                continue;
            previous = edge;
            int a = (int)(edge >> 32), b = (int)(edge & 0xFFFFFFFF);
            triples.Add(Tuple.Create(a, b, 1.0));
            triples.Add(Tuple.Create(b, a, 1.0));
        }

        Matrix<double> weights = Matrix<double>.Build.SparseOfIndexed(n, n, triples);
        return PowerIteration.Stationary(weights, Options.Damping, Options.Tolerance, Options.MaxIterations, cancellationToken);
    }

    /// <summary>
    /// Runs of keywords adjacent in the text become phrases; occurrences of the same words (by term, so inflected forms
    /// and capitalizations are one phrase) are gathered, and the phrase is shown as most often written.
    /// </summary>
    private static List<Keyword> CollectPhrases(string text, List<Word>[] sentences, Dictionary<string, double> keywordScore, bool joinTouching, int count, CancellationToken cancellationToken)
    {
        var phrases = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        var key = new StringBuilder();
        for (int s = 0; s < sentences.Length; s++)
        {
            if ((s & 255) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            List<Word> words = sentences[s];
            int k = 0;
            while (k < words.Count)
            {
                if (!IsKeyword(words[k], out double score))
                {
                    k++;
                    continue;
                }

                int first = k;
                key.Clear().Append(words[k].Key);
                while (k + 1 < words.Count && IsKeyword(words[k + 1], out double next)
                       && Joinable(text, words[k].Span.End, words[k + 1].Span.Start, joinTouching)
                       && !(joinTouching && k + 1 - first >= MaxTouchingWords))
                {
                    k++;
                    key.Append(' ').Append(words[k].Key);
                    score += next;
                }

                var span = TextSpan.FromBounds(words[first].Span.Start, words[k].Span.End);
                string phraseKey = key.ToString();
                if (!phrases.TryGetValue(phraseKey, out Phrase? phrase))
                    phrases.Add(phraseKey, phrase = new Phrase(score));
                phrase.Add(span, Surface(text, span), atSentenceStart: first == 0);
                k++;
            }
        }

        var ranked = phrases.Values.ToList();
        ranked.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Occurrences[0].Start.CompareTo(b.Occurrences[0].Start));
        var result = new List<Keyword>(Math.Min(count, ranked.Count));
        for (int r = 0; r < ranked.Count && r < count; r++)
            result.Add(new Keyword(ranked[r].Text, ranked[r].Score, ranked[r].Occurrences.ToArray()));
        return result;

        bool IsKeyword(Word word, out double score) => keywordScore.TryGetValue(word.Key, out score) && word.IsCandidate;
    }

    /// <summary>
    /// The most words a phrase of a script without spaces (Chinese) joins. Nothing breaks a run of keywords there but a
    /// one-character function word, so runs cross clauses (商店老板担心施工期间顾客, "shop owners worry construction period
    /// customers"); two words keep the compounds (大桥建设, "bridge construction"; 环境评估, "environmental assessment").
    /// </summary>
    private const int MaxTouchingWords = 2;

    /// <summary>A phrase as written, with each run of white space (a line break inside it) as one space.</summary>
    private static string Surface(string text, TextSpan span)
    {
        ReadOnlySpan<char> slice = span.Slice(text);
        var surface = new StringBuilder(slice.Length);
        bool space = false;
        foreach (char c in slice)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && surface.Length > 0)
                surface.Append(' ');
            space = false;
            surface.Append(c == '\u2019' ? '\'' : c);
        }

        return surface.ToString();
    }

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static void AppendFolded(StringBuilder builder, ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            builder.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
    }

    /// <summary>Whether the gap between two words is white space only, or (for a script without spaces) nothing at all.</summary>
    private static bool Joinable(string text, int from, int to, bool joinTouching)
    {
        if (to == from)
            return joinTouching;
        for (int i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
                return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a word is on the stop list, case-folded; a German word written with "ss" is also looked up with "ß", since
    /// the lists keep the spelling before the 1996 reform ("daß") and texts use the current one ("dass").
    /// </summary>
    private static bool IsStopWord(CharArraySet stopWords, ReadOnlySpan<char> word)
    {
        var folded = new char[word.Length];
        for (int i = 0; i < word.Length; i++)
            folded[i] = word[i] == '\u2019' ? '\'' : char.ToLowerInvariant(word[i]);
        if (stopWords.Contains(folded, 0, folded.Length))
            return true;
        int ss = word.IndexOf("ss", StringComparison.OrdinalIgnoreCase);
        if (ss < 0)
            return false;
        string sharp = new string(folded, 0, ss) + "ß" + new string(folded, ss + 2, folded.Length - ss - 2);
        return stopWords.Contains(sharp);
    }

    /// <summary>A Han ideograph, kana or Hangul syllable: in Japanese text (one token per character) a letter is a word's part, not a function word.</summary>
    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF' or >= '\uF900' and <= '\uFAFF';

    private static int LetterCount(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
                letters++;
        }

        return letters;
    }

    private static bool HasLetter(string term)
    {
        foreach (char c in term)
        {
            if (char.IsLetter(c))
                return true;
        }

        return false;
    }

    /// <summary>One word of a sentence for keyword extraction.</summary>
    /// <param name="Span">Its characters in the text (the whole of a hyphenated word).</param>
    /// <param name="Key">Its identity: the stemmed term, the parts' terms joined by '-', or a segmented Chinese word.</param>
    /// <param name="IsCandidate">Whether it may be a keyword: a content word, not a stop word, a number or an address.</param>
    internal readonly record struct Word(TextSpan Span, string Key, bool IsCandidate);

    private sealed class Phrase(double score)
    {
        private readonly Dictionary<string, (int Count, int Rank)> _forms = new(StringComparer.Ordinal);

        public double Score { get; } = score;

        public List<TextSpan> Occurrences { get; } = [];

        /// <summary>
        /// The most frequent way the phrase is written. On a tie, a form seen inside a sentence beats one seen only at a
        /// sentence's start (where a capital may be the sentence's, not the word's), then the first seen wins.
        /// </summary>
        public string Text => _forms.OrderByDescending(f => f.Value.Count).ThenBy(f => f.Value.Rank).First().Key;

        public void Add(TextSpan span, string form, bool atSentenceStart)
        {
            Occurrences.Add(span);
            int rank = (atSentenceStart ? 1 << 30 : 0) + Occurrences.Count;
            _forms[form] = _forms.TryGetValue(form, out var seen) ? (seen.Count + 1, Math.Min(seen.Rank, rank)) : (1, rank);
        }
    }
}
