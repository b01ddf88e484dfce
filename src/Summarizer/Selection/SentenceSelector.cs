using Summarizer.Layout;
using Summarizer.Ranking;

namespace Summarizer.Selection;

/// <summary>
/// Greedy selection of summary sentences: best score first, ties broken by document position, skipping
/// sentences too similar to one already chosen, within the requested length.
/// </summary>
internal static class SentenceSelector
{
    /// <summary>Returns the chosen sentence indices in selection order, without cancellation.</summary>
    public static List<int> Select(RankingContext context, double[] scores, SummaryLength length, SelectionOptions options) =>
        Select(context, scores, length, options, CancellationToken.None, out _);

    /// <summary>Returns the chosen sentence indices in selection order (proper sentences first, each pass best score first).</summary>
    public static List<int> Select(RankingContext context, double[] scores, SummaryLength length, SelectionOptions options, CancellationToken cancellationToken) =>
        Select(context, scores, length, options, cancellationToken, out _);

    /// <summary>
    /// Returns the chosen sentence indices in selection order (proper sentences first, each pass best score first);
    /// <paramref name="overBudget"/> tells whether a words or characters budget was exceeded because no real sentence fit it.
    /// </summary>
    public static List<int> Select(RankingContext context, double[] scores, SummaryLength length, SelectionOptions options, CancellationToken cancellationToken, out bool overBudget) =>
        Select(context, scores, length, options, TextLayout.Prose, cancellationToken, out overBudget);

    /// <summary>
    /// As above, for a text of the given layout: in a <see cref="TextLayout.Dialogue"/>, questions, greetings and thanks,
    /// and an interviewer's sentences are chosen only after every other sentence (see <see cref="DialogueTurns.ChosenLast"/>);
    /// in other text, sentences that open with a greeting, welcome or thanks are (see <see cref="Formulas.OpensWithFormula"/>).
    /// </summary>
    public static List<int> Select(RankingContext context, double[] scores, SummaryLength length, SelectionOptions options, TextLayout layout, CancellationToken cancellationToken, out bool overBudget)
    {
        cancellationToken.ThrowIfCancellationRequested();
        overBudget = false;
        int n = context.Count;
        var chosen = new List<int>();
        if (n == 0)
            return chosen;

        var order = new int[n];
        for (int i = 0; i < n; i++)
            order[i] = i;
        // Descending score, then ascending index: the same input always gives the same summary.
        Array.Sort(order, (a, b) => scores[a] != scores[b] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));

        int wanted = length.SentenceCount(n);
        int budget = length.Unit switch
        {
            SummaryLengthUnit.Words or SummaryLengthUnit.Characters => (int)length.Value,
            _ => int.MaxValue,
        };

        // Proper sentences first; then short ones to reach the requested count; headings only when nothing else exists,
        // so a non-empty text never gets an empty summary. A dialogue's questions, greetings and interviewer, and
        // other text's opening greetings, wait for the second pass.
        bool[]? chosenLast = layout == TextLayout.Dialogue ? DialogueTurns.ChosenLast(context.Document) : null;
        int used = 0;
        Pass(Eligibility.Full);
        if (chosen.Count < wanted)
            Pass(Eligibility.NotHeading);
        if (chosen.Count == 0 && budget != int.MaxValue)
        {
            // No real sentence fits a words or characters budget. A heading, navigation line or caption that happens to
            // fit ("No time to read?", the title) says nothing about the text, so the best real sentence is returned
            // over budget instead, and the caller is told.
            budget = int.MaxValue;
            wanted = 1;
            Pass(Eligibility.NotHeading);
            overBudget = chosen.Count > 0;
            budget = length.Unit is SummaryLengthUnit.Words or SummaryLengthUnit.Characters ? (int)length.Value : int.MaxValue;
        }

        if (chosen.Count == 0)
            Pass(Eligibility.Any);
        if (chosen.Count == 0)
            chosen.Add(order[0]);
        return chosen;

        void Pass(Eligibility level)
        {
            int visited = 0;
            foreach (int i in order)
            {
                if (chosen.Count >= wanted)
                    return;
                if ((++visited & 1023) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                if (chosen.Contains(i) || !IsEligible(context, i, options, level))
                    continue;
                // An opening formula is asked only of the sentences a pass reaches (a few per summary): asking it of every
                // sentence of every document was a seventieth of a batch. A language without formulas answers no.
                if (level == Eligibility.Full && (chosenLast is not null ? chosenLast[i] : layout != TextLayout.Dialogue && Formulas.OpensWithFormula(context.Document, i)))
                    continue;
                if (IsRedundant(context, chosen, i, options.MaxSimilarity))
                    continue;

                int cost = Cost(context, i, length.Unit, chosen.Count);
                if (used + cost > budget)
                    continue; // a shorter, lower-ranked sentence may still fit
                chosen.Add(i);
                used += cost;
            }
        }
    }

    private enum Eligibility
    {
        Full,
        NotHeading,
        Any,
    }

    private static bool IsEligible(RankingContext context, int i, SelectionOptions options, Eligibility level) => level switch
    {
        Eligibility.Full => !IsHeadingLike(context, i, options) && HasUsualLength(context.Document.GetWordCount(i), options),
        Eligibility.NotHeading => !IsHeadingLike(context, i, options),
        _ => true,
    };

    private static bool HasUsualLength(int words, SelectionOptions options) =>
        words >= options.MinWords && (options.MaxWords == 0 || words <= options.MaxWords);

    private static bool IsHeadingLike(RankingContext context, int i, SelectionOptions options)
    {
        if (options.IncludeHeadings)
            return false;
        var document = context.Document;
        return document.Sentences[i].IsHeading
            || document.GetWordCount(i) < options.MinStandaloneLineWords && IsWholeLine(document.Text, document.Sentences[i].Span);
    }

    private static bool IsWholeLine(string text, Text.TextSpan span)
    {
        for (int k = span.Start - 1; k >= 0 && text[k] is not ('\n' or '\r'); k--)
        {
            if (!char.IsWhiteSpace(text[k]))
                return false;
        }

        for (int k = span.End; k < text.Length && text[k] is not ('\n' or '\r'); k++)
        {
            if (!char.IsWhiteSpace(text[k]))
                return false;
        }

        return true;
    }

    private static bool IsRedundant(RankingContext context, List<int> chosen, int candidate, double maxSimilarity)
    {
        if (maxSimilarity >= 1 && context.Vectors.IsEmpty(candidate))
            return false;
        foreach (int c in chosen)
        {
            double similarity = context.Vectors.Cosine(c, candidate);
            if (similarity > maxSimilarity || maxSimilarity >= 1 && similarity >= 1 - 1e-12)
                return true;
        }

        return false;
    }

    private static int Cost(RankingContext context, int i, SummaryLengthUnit unit, int alreadyChosen) => unit switch
    {
        SummaryLengthUnit.Words => context.Document.GetWordCount(i),
        SummaryLengthUnit.Characters => context.Document.Sentences[i].Span.Length + (alreadyChosen > 0 ? 1 : 0),
        _ => 0,
    };
}
