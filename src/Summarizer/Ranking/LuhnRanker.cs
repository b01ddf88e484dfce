using Summarizer.Text;

namespace Summarizer.Ranking;

/// <summary>
/// Luhn's method: a sentence is as important as its densest cluster of significant (frequent) words.
/// </summary>
/// <remarks>
/// Luhn, H. P. (1958). "The Automatic Creation of Literature Abstracts." IBM Journal of Research and Development 2(2), 159–165.
/// Significant words are the document's content words (after stop-word removal and stemming, which stand in for
/// Luhn's upper frequency cut-off and his merging of word forms) that occur at least
/// <see cref="LuhnOptions.MinFrequency"/> times. A cluster is a run of words bracketed by significant words in which
/// no two consecutive significant words are more than <see cref="LuhnOptions.MaxGap"/> other words apart; its value
/// is (significant words in it)² / (all words in it, stop words included), and a sentence scores its best cluster's
/// value, or 0 without significant words.
/// </remarks>
public sealed class LuhnRanker : SentenceRanker
{
    /// <summary>Creates a ranker.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public LuhnRanker(LuhnOptions? options = null)
    {
        Options = options ?? new LuhnOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public LuhnOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "luhn";

    /// <inheritdoc />
    protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
    {
        Document document = context.Document;
        int[] counts = TermCounts.InDocument(document);
        int minFrequency = SignificanceThreshold(counts);
        var scores = new double[context.Count];
        for (int s = 0; s < scores.Length; s++)
        {
            if ((s & 255) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            scores[s] = BestCluster(document.GetTokens(s), counts, minFrequency, Options.MaxGap);
        }

        return scores;
    }

    /// <summary>The lowest count a significant term has: <see cref="LuhnOptions.MinFrequency"/>, raised by the fraction cut.</summary>
    private int SignificanceThreshold(int[] counts)
    {
        if (Options.SignificantFraction >= 1)
            return Options.MinFrequency;
        int candidates = 0;
        foreach (int count in counts)
        {
            if (count >= Options.MinFrequency)
                candidates++;
        }

        if (candidates == 0)
            return Options.MinFrequency;
        var frequent = new int[candidates];
        int k = 0;
        foreach (int count in counts)
        {
            if (count >= Options.MinFrequency)
                frequent[k++] = count;
        }

        Array.Sort(frequent);
        int keep = Math.Max(1, (int)Math.Ceiling(Options.SignificantFraction * candidates));
        return frequent[candidates - keep];
    }

    private static double BestCluster(ReadOnlySpan<Token> tokens, int[] counts, int minFrequency, int maxGap)
    {
        double best = 0;
        int first = -1, last = -1, significant = 0;
        for (int k = 0; k < tokens.Length; k++)
        {
            Token token = tokens[k];
            if (token.IsStopWord || counts[token.TermId] < minFrequency)
                continue;
            if (first >= 0 && k - last - 1 > maxGap)
            {
                best = Math.Max(best, Value(significant, last - first + 1));
                first = -1;
            }

            if (first < 0)
            {
                first = k;
                significant = 0;
            }

            last = k;
            significant++;
        }

        if (first >= 0)
            best = Math.Max(best, Value(significant, last - first + 1));
        return best;

        static double Value(int significantWords, int length) => (double)significantWords * significantWords / length;
    }
}
