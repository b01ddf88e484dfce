using Summarizer.Text;

namespace Summarizer.Ranking;

/// <summary>
/// KL-Sum: greedy selection of the sentence that brings the summary's word distribution closest to the document's,
/// measured by the Kullback–Leibler divergence <c>KL(P_D ‖ P_S)</c>.
/// </summary>
/// <remarks>
/// Haghighi, A. and Vanderwende, L. (2009). "Exploring Content Models for Multi-Document Summarization." NAACL-HLT 2009.
/// <c>P_D</c> is the unigram distribution of the document's content words (after stop-word removal and stemming) and
/// <c>P_S</c> the summary's, smoothed additively over the document's vocabulary (<see cref="KlSumOptions.Smoothing"/>).
/// Each step adds the sentence that minimizes <c>KL(P_D ‖ P_S)</c>; the change a sentence makes is computed from its own
/// words only, so a step costs time linear in the document's length. KL-Sum is a selection algorithm; as a ranker it
/// runs until every sentence with content words is picked and scores sentences by the order of picking: the k-th of n
/// picks scores <c>(n - k + 1) / n</c>, and sentences without content words score 0. Ties go to the earlier sentence.
/// </remarks>
public sealed class KlSumRanker : SentenceRanker
{
    /// <summary>Creates a ranker.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public KlSumRanker(KlSumOptions? options = null)
    {
        Options = options ?? new KlSumOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public KlSumOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "klsum";

    /// <inheritdoc />
    protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
    {
        Document document = context.Document;
        int n = context.Count;
        int[] documentCounts = TermCounts.InDocument(document);
        long total = 0;
        int vocabulary = 0;
        foreach (int c in documentCounts)
        {
            total += c;
            if (c > 0)
                vocabulary++;
        }

        var order = new List<int>(n);
        if (total == 0)
            return TermCounts.FromOrder(order, n);

        var sentenceTerms = new int[n][];
        for (int s = 0; s < n; s++)
        {
            sentenceTerms[s] = TermCounts.ContentTerms(document, s);
            Array.Sort(sentenceTerms[s]); // repeats become runs
        }

        // KL(P_D ‖ P_S) = Σ P_D log P_D - Σ_w P_D(w) log(c_S(w) + α) + log(|S| + α V); only the last two terms depend on S.
        double alpha = Options.Smoothing;
        double smoothedVocabulary = alpha * vocabulary;
        var summaryCounts = new int[documentCounts.Length];
        long summaryLength = 0;
        var picked = new bool[n];
        int candidates = 0;
        for (int s = 0; s < n; s++)
        {
            if (sentenceTerms[s].Length > 0)
                candidates++;
        }

        while (order.Count < candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int best = -1;
            double bestChange = double.PositiveInfinity;
            double lengthTerm = Math.Log(summaryLength + smoothedVocabulary);
            for (int s = 0; s < n; s++)
            {
                int[] terms = sentenceTerms[s];
                if (picked[s] || terms.Length == 0)
                    continue;
                double change = Math.Log(summaryLength + terms.Length + smoothedVocabulary) - lengthTerm;
                for (int k = 0; k < terms.Length;)
                {
                    int t = terms[k], run = 1;
                    while (k + run < terms.Length && terms[k + run] == t)
                        run++;
                    double pd = (double)documentCounts[t] / total;
                    change -= pd * (Math.Log(summaryCounts[t] + run + alpha) - Math.Log(summaryCounts[t] + alpha));
                    k += run;
                }

                if (change < bestChange)
                {
                    bestChange = change;
                    best = s;
                }
            }

            picked[best] = true;
            order.Add(best);
            foreach (int t in sentenceTerms[best])
                summaryCounts[t]++;
            summaryLength += sentenceTerms[best].Length;
        }

        return TermCounts.FromOrder(order, n);
    }
}
