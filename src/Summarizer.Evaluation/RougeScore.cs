namespace Summarizer.Evaluation;

/// <summary>Precision, recall and F1 of one ROUGE metric, each in [0, 1].</summary>
/// <param name="Precision">The matched units over the units in the prediction.</param>
/// <param name="Recall">The matched units over the units in the reference.</param>
/// <param name="F1">
/// The F-measure with beta 1, <c>2 * P * R / (P + R)</c>, or 0 when both are 0. For a corpus mean this is
/// the mean of the per-document F1 values, not the F-measure of the mean precision and recall.
/// </param>
public readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    /// <summary>The score of nothing matched: precision, recall and F1 all 0.</summary>
    public static RougeScore Zero => default;

    /// <summary>Builds a score from precision and recall, with F1 computed as <c>rouge_score</c> does.</summary>
    /// <param name="precision">The precision, in [0, 1].</param>
    /// <param name="recall">The recall, in [0, 1].</param>
    /// <returns>The score, with <see cref="F1"/> <c>2 * precision * recall / (precision + recall)</c>, or 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="precision"/> or <paramref name="recall"/> is outside [0, 1] or not a number.
    /// </exception>
    public static RougeScore FromPrecisionRecall(double precision, double recall)
    {
        if (!(precision >= 0 && precision <= 1))
            throw new ArgumentOutOfRangeException(nameof(precision), precision, "Precision must be in [0, 1].");
        if (!(recall >= 0 && recall <= 1))
            throw new ArgumentOutOfRangeException(nameof(recall), recall, "Recall must be in [0, 1].");
        return new RougeScore(precision, recall, FMeasure(precision, recall));
    }

    /// <summary>The F-measure with beta 1, evaluated in the same order as <c>rouge_score</c> so the bits agree.</summary>
    internal static double FMeasure(double precision, double recall) =>
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
}
