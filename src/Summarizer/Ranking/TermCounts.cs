using Summarizer.Text;

namespace Summarizer.Ranking;

/// <summary>Word counts shared by the frequency-based rankers.</summary>
internal static class TermCounts
{
    /// <summary>How often each vocabulary term occurs in the whole document (stop words are not terms).</summary>
    public static int[] InDocument(Document document)
    {
        var counts = new int[document.Vocabulary.Count];
        foreach (Token token in document.Tokens)
        {
            if (!token.IsStopWord)
                counts[token.TermId]++;
        }

        return counts;
    }

    /// <summary>The content term ids of one sentence in order, repeats included.</summary>
    public static int[] ContentTerms(Document document, int sentence)
    {
        ReadOnlySpan<Token> tokens = document.GetTokens(sentence);
        int count = 0;
        foreach (Token token in tokens)
        {
            if (!token.IsStopWord)
                count++;
        }

        var terms = new int[count];
        int k = 0;
        foreach (Token token in tokens)
        {
            if (!token.IsStopWord)
                terms[k++] = token.TermId;
        }

        return terms;
    }

    /// <summary>Scores that follow a greedy selection order: the first pick gets 1, the last 1/n, never picked 0.</summary>
    public static double[] FromOrder(IReadOnlyList<int> order, int count)
    {
        var scores = new double[count];
        for (int rank = 0; rank < order.Count; rank++)
            scores[order[rank]] = (double)(count - rank) / count;
        return scores;
    }
}
