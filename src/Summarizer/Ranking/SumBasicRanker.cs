using Summarizer.Text;

namespace Summarizer.Ranking;

/// <summary>
/// SumBasic: greedy selection by average word probability, with the probabilities of words already covered squared
/// after every pick so that the summary moves on to other content.
/// </summary>
/// <remarks>
/// Nenkova, A. and Vanderwende, L. (2005). "The Impact of Frequency on Summarization." Microsoft Research,
/// MSR-TR-2005-101.
/// A content word's probability is its count over the document's content-word count. A sentence weighs the average
/// probability of its content words (repeats included). Each step picks the heaviest remaining sentence (among those
/// containing the most probable word that still occurs in some remaining sentence, when
/// <see cref="SumBasicOptions.RequireTopWord"/> is set), then squares the probability of every word in it (raises it to <see cref="SumBasicOptions.UpdateExponent"/>).
/// SumBasic is a selection algorithm; as a ranker it runs until every sentence is picked and scores sentences by the
/// order of picking: the k-th of n picks scores <c>(n - k + 1) / n</c>. Ties go to the earlier sentence.
/// </remarks>
public sealed class SumBasicRanker : SentenceRanker
{
    /// <summary>Creates a ranker.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public SumBasicRanker(SumBasicOptions? options = null)
    {
        Options = options ?? new SumBasicOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public SumBasicOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "sumbasic";

    /// <inheritdoc />
    protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
    {
        Document document = context.Document;
        int n = context.Count;
        int[] counts = TermCounts.InDocument(document);
        long total = 0;
        foreach (int c in counts)
            total += c;

        var probability = new double[counts.Length];
        for (int t = 0; t < counts.Length; t++)
            probability[t] = total == 0 ? 0 : (double)counts[t] / total;

        var sentenceTerms = new int[n][];
        var postings = new List<int>[counts.Length]; // distinct sentences containing each term, ascending
        for (int t = 0; t < postings.Length; t++)
            postings[t] = [];
        for (int s = 0; s < n; s++)
        {
            sentenceTerms[s] = TermCounts.ContentTerms(document, s);
            foreach (int t in sentenceTerms[s])
            {
                List<int> list = postings[t];
                if (list.Count == 0 || list[^1] != s)
                    list.Add(s);
            }
        }

        var remainingWithTerm = new int[counts.Length];
        for (int t = 0; t < postings.Length; t++)
            remainingWithTerm[t] = postings[t].Count;

        var weight = new double[n];
        for (int s = 0; s < n; s++)
            weight[s] = Average(sentenceTerms[s], probability);

        var picked = new bool[n];
        var order = new List<int>(n);
        var updated = new HashSet<int>();
        while (order.Count < n)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int best = -1;
            int topWord = Options.RequireTopWord ? TopWord(probability, remainingWithTerm) : -1;
            if (topWord >= 0)
            {
                foreach (int s in postings[topWord])
                {
                    if (!picked[s] && (best < 0 || weight[s] > weight[best]))
                        best = s;
                }
            }
            else
            {
                for (int s = 0; s < n; s++)
                {
                    if (!picked[s] && (best < 0 || weight[s] > weight[best]))
                        best = s;
                }
            }

            picked[best] = true;
            order.Add(best);

            // Square the probability of each word of the pick once, then reweigh the sentences that contain one.
            updated.Clear();
            foreach (int t in sentenceTerms[best])
            {
                if (updated.Add(t))
                {
                    probability[t] = Options.UpdateExponent == 2 ? probability[t] * probability[t] : Math.Pow(probability[t], Options.UpdateExponent);
                    remainingWithTerm[t]--;
                }
            }

            foreach (int t in updated)
            {
                foreach (int s in postings[t])
                {
                    if (!picked[s])
                        weight[s] = Average(sentenceTerms[s], probability);
                }
            }
        }

        return TermCounts.FromOrder(order, n);
    }

    private static double Average(int[] terms, double[] probability)
    {
        if (terms.Length == 0)
            return 0;
        double sum = 0;
        foreach (int t in terms)
            sum += probability[t];
        return sum / terms.Length;
    }

    /// <summary>The most probable term that still occurs in an unpicked sentence (lowest id on ties), or -1.</summary>
    private static int TopWord(double[] probability, int[] remainingWithTerm)
    {
        int top = -1;
        for (int t = 0; t < probability.Length; t++)
        {
            if (remainingWithTerm[t] > 0 && (top < 0 || probability[t] > probability[top]))
                top = t;
        }

        return top;
    }
}
