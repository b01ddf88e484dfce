using Summarizer.Text;

namespace Summarizer.Ranking;

/// <summary>
/// Edmundson's method: a weighted sum of four sentence features: cue words, key words, title words and location.
/// </summary>
/// <remarks>
/// Edmundson, H. P. (1969). "New Methods in Automatic Extracting." Journal of the ACM 16(2), 264–285.
/// <list type="bullet">
/// <item><description>Cue: occurrences of bonus words minus occurrences of stigma words (both lists empty by default,
/// since Edmundson's were built for his corpus).</description></item>
/// <item><description>Key: the sum, over the sentence's content words that occur at least
/// <see cref="EdmundsonOptions.KeyWordMinFrequency"/> times in the document, of their document frequency.</description></item>
/// <item><description>Title: the number of the sentence's content words that occur in the title, which is the first
/// sentence when it is a heading (<see cref="Sentence.IsHeading"/>); without one, the feature is 0.</description></item>
/// <item><description>Location: a point for being the first sentence of its paragraph, or else the last, and a point
/// for being in the document's first paragraph, or else the last (so a one-sentence paragraph or a one-paragraph text
/// does not count twice). Paragraphs are separated by blank lines, or by line breaks in text without blank
/// lines.</description></item>
/// </list>
/// Each feature is divided by its largest absolute value in the document, so the weights compare like with like, and
/// the weighted sum is shifted so that the lowest score is 0. Words are compared after stop-word removal and stemming,
/// except cue words, which are matched case-insensitively as written.
/// </remarks>
public sealed class EdmundsonRanker : SentenceRanker
{
    private readonly HashSet<string> _bonus;
    private readonly HashSet<string> _stigma;

    /// <summary>Creates a ranker.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentNullException">A word list is null.</exception>
    public EdmundsonRanker(EdmundsonOptions? options = null)
    {
        Options = options ?? new EdmundsonOptions();
        Options.Validate();
        _bonus = Fold(Options.BonusWords);
        _stigma = Fold(Options.StigmaWords);
    }

    /// <summary>The options.</summary>
    public EdmundsonOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "edmundson";

    /// <inheritdoc />
    protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
    {
        Document document = context.Document;
        int n = context.Count;
        var scores = new double[n];
        // Each feature is one pass over the document; the token is checked between them (and inside the cue pass).
        cancellationToken.ThrowIfCancellationRequested();
        if (Options.CueWeight > 0 && (_bonus.Count > 0 || _stigma.Count > 0))
            AddNormalized(scores, Cue(document, cancellationToken), Options.CueWeight);
        cancellationToken.ThrowIfCancellationRequested();
        if (Options.KeyWeight > 0)
            AddNormalized(scores, Key(document), Options.KeyWeight);
        cancellationToken.ThrowIfCancellationRequested();
        if (Options.TitleWeight > 0)
            AddNormalized(scores, Title(document), Options.TitleWeight);
        cancellationToken.ThrowIfCancellationRequested();
        if (Options.LocationWeight > 0)
            AddNormalized(scores, Location(document), Options.LocationWeight);

        double lowest = scores.Min();
        for (int i = 0; i < n; i++)
            scores[i] -= lowest;
        return scores;
    }

    private static HashSet<string> Fold(IReadOnlyList<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            if (!string.IsNullOrWhiteSpace(word))
                set.Add(word.Trim().ToLowerInvariant());
        }

        return set;
    }

    private double[] Cue(Document document, CancellationToken cancellationToken)
    {
        var bonus = _bonus.GetAlternateLookup<ReadOnlySpan<char>>();
        var stigma = _stigma.GetAlternateLookup<ReadOnlySpan<char>>();
        var cue = new double[document.Sentences.Count];
        char[] buffer = new char[64];
        for (int s = 0; s < cue.Length; s++)
        {
            if ((s & 255) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            foreach (Token token in document.GetTokens(s))
            {
                ReadOnlySpan<char> word = token.Span.Slice(document.Text);
                if (buffer.Length < word.Length)
                    buffer = new char[word.Length * 2];
                Span<char> folded = buffer.AsSpan(0, word.Length);
                word.ToLowerInvariant(folded);
                if (bonus.Contains(folded))
                    cue[s]++;
                if (stigma.Contains(folded))
                    cue[s]--;
            }
        }

        return cue;
    }

    private double[] Key(Document document)
    {
        int[] counts = TermCounts.InDocument(document);
        var key = new double[document.Sentences.Count];
        for (int s = 0; s < key.Length; s++)
        {
            foreach (Token token in document.GetTokens(s))
            {
                if (!token.IsStopWord && counts[token.TermId] >= Options.KeyWordMinFrequency)
                    key[s] += counts[token.TermId];
            }
        }

        return key;
    }

    private static double[] Title(Document document)
    {
        var title = new double[document.Sentences.Count];
        if (!document.Sentences[0].IsHeading)
            return title;
        var inTitle = new bool[document.Vocabulary.Count];
        foreach (Token token in document.GetTokens(0))
        {
            if (!token.IsStopWord)
                inTitle[token.TermId] = true;
        }

        for (int s = 1; s < title.Length; s++)
        {
            foreach (Token token in document.GetTokens(s))
            {
                if (!token.IsStopWord && inTitle[token.TermId])
                    title[s]++;
            }
        }

        return title;
    }

    private static double[] Location(Document document)
    {
        int n = document.Sentences.Count;
        int[] paragraph = Paragraphs(document);
        int lastParagraph = paragraph[n - 1];
        var location = new double[n];
        for (int s = 0; s < n; s++)
        {
            if (s == 0 || paragraph[s - 1] != paragraph[s])
                location[s]++; // first sentence of its paragraph
            else if (s == n - 1 || paragraph[s + 1] != paragraph[s])
                location[s]++; // last sentence of its paragraph
            if (paragraph[s] == 0)
                location[s]++;
            else if (paragraph[s] == lastParagraph)
                location[s]++;
        }

        return location;
    }

    /// <summary>The paragraph number of each sentence.</summary>
    internal static int[] Paragraphs(Document document)
    {
        string text = document.Text;
        int n = document.Sentences.Count;
        bool blankLines = HasBlankLine(text, 0, text.Length);
        var paragraph = new int[n];
        for (int s = 1; s < n; s++)
        {
            int from = document.Sentences[s - 1].Span.End, to = document.Sentences[s].Span.Start;
            bool breaks = blankLines ? HasBlankLine(text, from, to) : text.AsSpan(from, to - from).IndexOfAny('\n', '\r') >= 0;
            paragraph[s] = paragraph[s - 1] + (breaks ? 1 : 0);
        }

        return paragraph;
    }

    /// <summary>Whether <c>text[from..to)</c> holds two line breaks with only whitespace between them.</summary>
    private static bool HasBlankLine(string text, int from, int to)
    {
        bool afterBreak = false;
        for (int i = from; i < to; i++)
        {
            char c = text[i];
            if (c == '\r' && i + 1 < to && text[i + 1] == '\n')
                continue;
            if (c is '\n' or '\r')
            {
                if (afterBreak)
                    return true;
                afterBreak = true;
            }
            else if (!char.IsWhiteSpace(c))
            {
                afterBreak = false;
            }
        }

        return false;
    }

    private static void AddNormalized(double[] target, double[] values, double weight)
    {
        double max = 0;
        foreach (double v in values)
            max = Math.Max(max, Math.Abs(v));
        if (max == 0)
            return;
        for (int i = 0; i < target.Length; i++)
            target[i] += weight * values[i] / max;
    }
}
