using System.Buffers;
using System.Collections.Concurrent;

namespace Summarizer.Evaluation;

/// <summary>
/// Computes ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum of a prediction against one or more references,
/// reproducing Google's <c>rouge_score</c> 0.1.2 (<c>RougeScorer(["rouge1", "rouge2", "rougeL", "rougeLsum"],
/// use_stemmer=...)</c>) number for number.
/// </summary>
/// <remarks>
/// <para>
/// Tokenization is rouge_score's: lower-case, every character outside <c>[a-z0-9]</c> becomes a space (so
/// accented letters vanish), split on white space; with <see cref="RougeOptions.UseStemmer"/>, tokens longer
/// than three characters are stemmed with NLTK's Porter stemmer (<see cref="PorterStemmer"/>).
/// </para>
/// <para>
/// ROUGE-L is the longest common subsequence of the two whole token sequences. ROUGE-Lsum splits both texts
/// into sentences on <c>'\n'</c> (so give one sentence a line) and, for each reference sentence, takes the
/// union of its LCS with every prediction sentence; a token counts as a hit only while unmatched copies of it
/// remain on both sides, as in ROUGE-1.5.5. With several references, each metric reports the scores of the
/// reference with the highest F1 for that metric (the first one on a tie), as <c>score_multi</c> does.
/// An empty prediction or reference scores 0 throughout.
/// </para>
/// <para>
/// The scorer is immutable and thread-safe: one instance can score from many threads at once. With stemming
/// on it caches stems of the words it has seen (up to a fixed number of distinct words).
/// </para>
/// </remarks>
public sealed class RougeScorer
{
    private const int MaxCachedStems = 1 << 18;

    private readonly ConcurrentDictionary<string, string>? _stems;
    private int _cachedStemCount;

    /// <summary>Creates a scorer with the default options (Porter stemming on).</summary>
    public RougeScorer()
        : this(RougeOptions.Default)
    {
    }

    /// <summary>Creates a scorer with the given options.</summary>
    /// <param name="options">The options; see <see cref="RougeOptions"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public RougeScorer(RougeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        if (options.UseStemmer)
            _stems = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>The options this scorer was created with.</summary>
    public RougeOptions Options { get; }

    /// <summary>Scores a prediction against one reference.</summary>
    /// <param name="prediction">The predicted summary, one sentence a line for ROUGE-Lsum.</param>
    /// <param name="reference">The reference (gold) summary, one sentence a line for ROUGE-Lsum.</param>
    /// <returns>The four ROUGE scores; all 0 when either text has no token.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prediction"/> or <paramref name="reference"/> is null.</exception>
    public RougeScores Score(string prediction, string reference)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(reference);

        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        EncodedText predicted = Encode(prediction, vocabulary);
        EncodedText referenced = Encode(reference, vocabulary);
        return ScorePair(predicted, referenced, vocabulary.Count);
    }

    /// <summary>
    /// Scores a prediction against several references: for each metric, the scores of the reference with
    /// the highest F1 (the first such reference on a tie), as <c>rouge_score</c>'s <c>score_multi</c>.
    /// </summary>
    /// <param name="prediction">The predicted summary, one sentence a line for ROUGE-Lsum.</param>
    /// <param name="references">The reference summaries; at least one.</param>
    /// <returns>The best score per metric over the references.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="prediction"/> or <paramref name="references"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="references"/> is empty or holds a null.</exception>
    public RougeScores Score(string prediction, IReadOnlyList<string> references)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        ArgumentNullException.ThrowIfNull(references);
        if (references.Count == 0)
            throw new ArgumentException("At least one reference is required.", nameof(references));
        for (int i = 0; i < references.Count; i++)
        {
            if (references[i] is null)
                throw new ArgumentException($"Reference {i} is null.", nameof(references));
        }

        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        EncodedText predicted = Encode(prediction, vocabulary);

        RougeScores? best = null;
        foreach (string reference in references)
        {
            EncodedText referenced = Encode(reference, vocabulary);
            RougeScores scores = ScorePair(predicted, referenced, vocabulary.Count);
            best = best is null
                ? scores
                : new RougeScores(
                    Better(best.Rouge1, scores.Rouge1),
                    Better(best.Rouge2, scores.Rouge2),
                    Better(best.RougeL, scores.RougeL),
                    Better(best.RougeLsum, scores.RougeLsum));
        }

        return best!;
    }

    // numpy.argmax keeps the first maximum, so a later reference wins only with a strictly higher F1.
    private static RougeScore Better(RougeScore current, RougeScore candidate) =>
        candidate.F1 > current.F1 ? candidate : current;

    private static RougeScores ScorePair(EncodedText prediction, EncodedText reference, int vocabularySize)
    {
        if (prediction.Tokens.Length == 0 || reference.Tokens.Length == 0)
            return new RougeScores(RougeScore.Zero, RougeScore.Zero, RougeScore.Zero, RougeScore.Zero);

        return new RougeScores(
            Unigrams(prediction.Tokens, reference.Tokens, vocabularySize),
            Bigrams(prediction.Tokens, reference.Tokens),
            Lcs(prediction.Tokens, reference.Tokens),
            SummaryLevelLcs(prediction, reference, vocabularySize));
    }

    private static RougeScore Unigrams(int[] prediction, int[] reference, int vocabularySize)
    {
        int[] remaining = new int[vocabularySize];
        foreach (int token in reference)
            remaining[token]++;

        int hits = 0;
        foreach (int token in prediction)
        {
            if (remaining[token] > 0)
            {
                remaining[token]--;
                hits++;
            }
        }

        return NgramScore(hits, prediction.Length, reference.Length);
    }

    private static RougeScore Bigrams(int[] prediction, int[] reference)
    {
        int referenceCount = Math.Max(reference.Length - 1, 0);
        int predictionCount = Math.Max(prediction.Length - 1, 0);
        var remaining = new Dictionary<long, int>(referenceCount);
        for (int i = 0; i < referenceCount; i++)
        {
            long key = BigramKey(reference[i], reference[i + 1]);
            remaining[key] = remaining.GetValueOrDefault(key) + 1;
        }

        int hits = 0;
        for (int i = 0; i < predictionCount; i++)
        {
            long key = BigramKey(prediction[i], prediction[i + 1]);
            if (remaining.TryGetValue(key, out int count) && count > 0)
            {
                remaining[key] = count - 1;
                hits++;
            }
        }

        return NgramScore(hits, predictionCount, referenceCount);
    }

    private static long BigramKey(int first, int second) => ((long)first << 32) | (uint)second;

    // rouge_score divides by max(count, 1), so a side with no n-gram scores 0 rather than failing.
    private static RougeScore NgramScore(int hits, int predictionCount, int referenceCount)
    {
        double precision = (double)hits / Math.Max(predictionCount, 1);
        double recall = (double)hits / Math.Max(referenceCount, 1);
        return new RougeScore(precision, recall, RougeScore.FMeasure(precision, recall));
    }

    private static RougeScore Lcs(int[] prediction, int[] reference)
    {
        int length = LcsLength(reference, prediction);
        double precision = (double)length / prediction.Length;
        double recall = (double)length / reference.Length;
        return new RougeScore(precision, recall, RougeScore.FMeasure(precision, recall));
    }

    /// <summary>The LCS length with two rolling rows of the dynamic-programming table.</summary>
    internal static int LcsLength(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        int width = b.Length + 1;
        int[] rented = ArrayPool<int>.Shared.Rent(2 * width);
        try
        {
            Span<int> previous = rented.AsSpan(0, width);
            Span<int> current = rented.AsSpan(width, width);
            previous.Clear();
            current[0] = 0;
            for (int i = 0; i < a.Length; i++)
            {
                int token = a[i];
                for (int j = 1; j < width; j++)
                {
                    current[j] = token == b[j - 1]
                        ? previous[j - 1] + 1
                        : Math.Max(previous[j], current[j - 1]);
                }

                Span<int> swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// ROUGE-Lsum as rouge_score's <c>_summary_level_lcs</c>: for each reference sentence, the union of the
    /// reference positions on one LCS with each prediction sentence (read out by the same backtracking, so
    /// ties resolve the same way); then, in position order, each token of that union is a hit while both
    /// texts still have an unconsumed copy of it.
    /// </summary>
    private static RougeScore SummaryLevelLcs(EncodedText prediction, EncodedText reference, int vocabularySize)
    {
        int[] referenceLeft = new int[vocabularySize];
        int[] predictionLeft = new int[vocabularySize];
        foreach (int token in reference.Tokens)
            referenceLeft[token]++;
        foreach (int token in prediction.Tokens)
            predictionLeft[token]++;

        int longestReference = reference.LongestSentence();
        int longestPrediction = prediction.LongestSentence();
        int[] table = ArrayPool<int>.Shared.Rent((longestReference + 1) * (longestPrediction + 1));
        bool[] inUnion = ArrayPool<bool>.Shared.Rent(longestReference);
        try
        {
            int hits = 0;
            for (int r = 0; r < reference.SentenceCount; r++)
            {
                ReadOnlySpan<int> sentence = reference.Sentence(r);
                Array.Clear(inUnion, 0, sentence.Length);
                for (int p = 0; p < prediction.SentenceCount; p++)
                    MarkLcs(sentence, prediction.Sentence(p), table, inUnion);

                for (int i = 0; i < sentence.Length; i++)
                {
                    int token = sentence[i];
                    if (inUnion[i] && predictionLeft[token] > 0 && referenceLeft[token] > 0)
                    {
                        hits++;
                        predictionLeft[token]--;
                        referenceLeft[token]--;
                    }
                }
            }

            double recall = (double)hits / reference.Tokens.Length;
            double precision = (double)hits / prediction.Tokens.Length;
            return new RougeScore(precision, recall, RougeScore.FMeasure(precision, recall));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(table);
            ArrayPool<bool>.Shared.Return(inUnion);
        }
    }

    /// <summary>
    /// Fills the LCS table of <paramref name="reference"/> (rows) by <paramref name="candidate"/> (columns)
    /// and marks the reference positions on the LCS that rouge_score's <c>_backtrack_norec</c> reads out.
    /// </summary>
    internal static void MarkLcs(ReadOnlySpan<int> reference, ReadOnlySpan<int> candidate, int[] table, Span<bool> marks)
    {
        int width = candidate.Length + 1;
        table.AsSpan(0, width).Clear();
        for (int i = 1; i <= reference.Length; i++)
        {
            int row = i * width;
            int above = row - width;
            int token = reference[i - 1];
            table[row] = 0;
            for (int j = 1; j < width; j++)
            {
                table[row + j] = token == candidate[j - 1]
                    ? table[above + j - 1] + 1
                    : Math.Max(table[above + j], table[row + j - 1]);
            }
        }

        int a = reference.Length;
        int b = candidate.Length;
        while (a > 0 && b > 0)
        {
            if (reference[a - 1] == candidate[b - 1])
            {
                marks[a - 1] = true;
                a--;
                b--;
            }
            else if (table[(a * width) + b - 1] > table[((a - 1) * width) + b])
            {
                b--;
            }
            else
            {
                a--;
            }
        }
    }

    /// <summary>
    /// Tokenizes <paramref name="text"/> into ids of <paramref name="vocabulary"/> (shared by the texts of one
    /// call so equal tokens get equal ids) and records where each non-empty <c>'\n'</c>-separated line ends.
    /// Tokenizing the whole text equals tokenizing line by line, because <c>'\n'</c> is itself a separator.
    /// </summary>
    private EncodedText Encode(string text, Dictionary<string, int> vocabulary)
    {
        Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> byChars =
            vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var tokens = new List<int>();
        var sentenceEnds = new List<int>();
        int currentLine = -1;

        var scanner = new TokenScanner(text);
        while (scanner.MoveNext(out ReadOnlySpan<char> token, out int line))
        {
            if (line != currentLine)
            {
                if (tokens.Count > 0)
                    sentenceEnds.Add(tokens.Count);
                currentLine = line;
            }

            int id;
            if (_stems is not null && token.Length >= RougeTokenizer.MinStemmedLength)
            {
                string stem = Stem(token, _stems);
                if (!vocabulary.TryGetValue(stem, out id))
                {
                    id = vocabulary.Count;
                    vocabulary.Add(stem, id);
                }
            }
            else if (!byChars.TryGetValue(token, out id))
            {
                id = vocabulary.Count;
                byChars[token] = id;
            }

            tokens.Add(id);
        }

        if (tokens.Count > 0)
            sentenceEnds.Add(tokens.Count);
        return new EncodedText(tokens.ToArray(), sentenceEnds.ToArray());
    }

    private string Stem(ReadOnlySpan<char> token, ConcurrentDictionary<string, string> stems)
    {
        ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> byChars =
            stems.GetAlternateLookup<ReadOnlySpan<char>>();
        if (byChars.TryGetValue(token, out string? cached))
            return cached;

        string word = token.ToString();
        string stem = PorterStemmer.Stem(word);
        if (Volatile.Read(ref _cachedStemCount) < MaxCachedStems && stems.TryAdd(word, stem))
            Interlocked.Increment(ref _cachedStemCount);
        return stem;
    }

    /// <summary>Token ids of a text and the exclusive end of each non-empty sentence.</summary>
    private readonly struct EncodedText(int[] tokens, int[] sentenceEnds)
    {
        public int[] Tokens { get; } = tokens;

        public int SentenceCount => sentenceEnds.Length;

        public ReadOnlySpan<int> Sentence(int index)
        {
            int start = index == 0 ? 0 : sentenceEnds[index - 1];
            return Tokens.AsSpan(start, sentenceEnds[index] - start);
        }

        public int LongestSentence()
        {
            int longest = 0;
            for (int i = 0; i < sentenceEnds.Length; i++)
                longest = Math.Max(longest, Sentence(i).Length);
            return longest;
        }
    }
}
