namespace Summarizer.Evaluation;

/// <summary>A corpus-level ROUGE metric: the mean over documents and a bootstrap confidence interval of that mean.</summary>
/// <param name="Mean">The mean of the per-document precision, recall and F1.</param>
/// <param name="Low">
/// The lower bound of the confidence interval, for precision, recall and F1 separately (each component is its
/// own percentile, so <c>Low.F1</c> is not the F-measure of <c>Low.Precision</c> and <c>Low.Recall</c>).
/// </param>
/// <param name="High">The upper bound of the confidence interval, component by component like <paramref name="Low"/>.</param>
public sealed record RougeEstimate(RougeScore Mean, RougeScore Low, RougeScore High);
