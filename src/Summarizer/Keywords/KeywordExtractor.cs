using System.Text;
using Lucene.Net.Analysis.Util;
using MathNet.Numerics.LinearAlgebra;
using Summarizer.Ranking;
using Summarizer.Text;

namespace Summarizer.Keywords;

/// <summary>
/// TextRank keyword extraction: PageRank over a graph of co-occurring content words, then adjacent keywords merged into
/// keyphrases. Immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// Mihalcea, R. and Tarau, P. (2004). "TextRank: Bringing Order into Texts." EMNLP 2004, section 3.
/// The vertices are the document's content words (stemmed, so inflections share a vertex) that have a letter and are not
/// stop words of the <see cref="StopWordList.Extended"/> list, whatever list the document was analysed with. Two vertices are linked, unweighted and undirected, when they occur within
/// <see cref="KeywordOptions.WindowSize"/> content words of each other in a sentence (the paper's syntactic filter,
/// which keeps nouns and adjectives, is approximated by the stop list; there is no part-of-speech tagger). PageRank
/// scores the vertices and the top <see cref="KeywordOptions.KeywordFraction"/> of them (a third, at least one) are
/// keywords. Runs of keywords adjacent in the text, separated only by whitespace or a hyphen, become one phrase
/// scoring the sum of its words' scores. Phrases rank by score, then by first occurrence.
/// </remarks>
public sealed class KeywordExtractor
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

        string text = document.Text;
        CharArraySet stopWords = LanguageResources.StopWords(document.Language, StopWordList.Extended);
        var hasLetter = new bool[document.Vocabulary.Count];
        for (int t = 0; t < hasLetter.Length; t++)
            hasLetter[t] = HasLetter(document.Vocabulary[t]);
        // URLs, e-mail addresses, mentions and numbers name things but are not keyphrases.
        bool IsCandidate(Token token) => token.Kind is TokenKind.Word or TokenKind.Hashtag && !token.IsStopWord && hasLetter[token.TermId] && !IsStopWord(stopWords, token.Span.Slice(text));

        // Vertices in order of first appearance; edges as sorted, de-duplicated pairs.
        var vertexOf = new int[document.Vocabulary.Count];
        Array.Fill(vertexOf, -1);
        var termOf = new List<int>();
        var edges = new List<long>();
        var window = new List<int>(Options.WindowSize);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            if ((s & 255) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            window.Clear();
            foreach (Token token in document.GetTokens(s))
            {
                if (!IsCandidate(token))
                    continue;
                int v = vertexOf[token.TermId];
                if (v < 0)
                {
                    v = vertexOf[token.TermId] = termOf.Count;
                    termOf.Add(token.TermId);
                }

                foreach (int u in window)
                {
                    if (u != v)
                        edges.Add(((long)Math.Min(u, v) << 32) | (uint)Math.Max(u, v));
                }

                window.Add(v);
                if (window.Count == Options.WindowSize)
                    window.RemoveAt(0);
            }
        }

        int n = termOf.Count;
        if (n == 0)
            return [];
        double[] scores = Rank(n, edges, cancellationToken);

        // The top vertices by score, ties by first appearance.
        var byScore = new int[n];
        for (int v = 0; v < n; v++)
            byScore[v] = v;
        Array.Sort(byScore, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
        int keep = Math.Max(1, (int)Math.Ceiling(n * Options.KeywordFraction - 1e-9));
        var termScore = new double[document.Vocabulary.Count];
        var isKeyword = new bool[document.Vocabulary.Count];
        for (int r = 0; r < keep; r++)
        {
            int term = termOf[byScore[r]];
            isKeyword[term] = true;
            termScore[term] = scores[byScore[r]];
        }

        return CollectPhrases(document, t => IsCandidate(t) && isKeyword[t.TermId], termScore, count, cancellationToken);
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

    private static List<Keyword> CollectPhrases(Document document, Func<Token, bool> isKeyword, double[] termScore, int count, CancellationToken cancellationToken)
    {
        string text = document.Text;
        var phrases = new Dictionary<string, Phrase>(StringComparer.Ordinal);
        var key = new StringBuilder();
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            if ((s & 255) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            ReadOnlySpan<Token> tokens = document.GetTokens(s);
            int k = 0;
            while (k < tokens.Length)
            {
                if (!isKeyword(tokens[k]))
                {
                    k++;
                    continue;
                }

                int first = k;
                double score = termScore[tokens[k].TermId];
                key.Clear();
                Append(key, tokens[k].Span.Slice(text));
                while (k + 1 < tokens.Length && isKeyword(tokens[k + 1])
                       && Joinable(text, tokens[k].Span.End, tokens[k + 1].Span.Start, out char separator))
                {
                    k++;
                    key.Append(separator);
                    Append(key, tokens[k].Span.Slice(text));
                    score += termScore[tokens[k].TermId];
                }

                var span = TextSpan.FromBounds(tokens[first].Span.Start, tokens[k].Span.End);
                string phraseKey = key.ToString();
                if (!phrases.TryGetValue(phraseKey, out Phrase? phrase))
                    phrases.Add(phraseKey, phrase = new Phrase(phraseKey, score));
                phrase.Occurrences.Add(span);
                k++;
            }
        }

        var ranked = phrases.Values.ToList();
        ranked.Sort(static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Occurrences[0].Start.CompareTo(b.Occurrences[0].Start));
        var result = new List<Keyword>(Math.Min(count, ranked.Count));
        for (int r = 0; r < ranked.Count && r < count; r++)
            result.Add(new Keyword(ranked[r].Text, ranked[r].Score, ranked[r].Occurrences.ToArray()));
        return result;
    }

    private static void Append(StringBuilder builder, ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            builder.Append(c == '\u2019' ? '\'' : char.ToLowerInvariant(c));
    }

    /// <summary>Whether the gap between two words is whitespace only (a space joins them) or a single hyphen.</summary>
    private static bool Joinable(string text, int from, int to, out char separator)
    {
        separator = ' ';
        if (to - from == 1 && text[from] is '-' or '\u2010' or '\u2011')
        {
            separator = text[from];
            return true;
        }

        if (to == from)
            return false;
        for (int i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
                return false;
        }

        return true;
    }

    private static bool IsStopWord(CharArraySet stopWords, ReadOnlySpan<char> word)
    {
        var folded = new char[word.Length];
        for (int i = 0; i < word.Length; i++)
            folded[i] = word[i] == '\u2019' ? '\'' : char.ToLowerInvariant(word[i]);
        return stopWords.Contains(folded, 0, folded.Length);
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

    private sealed class Phrase(string text, double score)
    {
        public string Text { get; } = text;

        public double Score { get; } = score;

        public List<TextSpan> Occurrences { get; } = [];
    }
}
