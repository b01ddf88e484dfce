using MathNet.Numerics.LinearAlgebra;

namespace Summarizer.Ranking;

/// <summary>
/// TextRank: weighted PageRank over the sentence similarity graph.
/// </summary>
/// <remarks>
/// Mihalcea, R. and Tarau, P. (2004). "TextRank: Bringing Order into Texts." EMNLP 2004.
/// A sentence's score is <c>(1 - d) / n + d * Σ_j w_ij / (Σ_k w_kj) * score_j</c>; a sentence with no edges
/// spreads its score evenly over all sentences (the usual PageRank treatment of dangling nodes), so the
/// scores are the principal eigenvector of the Google matrix and sum to 1. Power iteration runs on a MathNet
/// matrix until no score moves by more than <see cref="TextRankOptions.Tolerance"/>.
/// </remarks>
public sealed class TextRankRanker : SentenceRanker
{
    /// <summary>Creates a ranker.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public TextRankRanker(TextRankOptions? options = null)
    {
        Options = options ?? new TextRankOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public TextRankOptions Options { get; }

    /// <inheritdoc />
    public override string Name => "textrank";

    /// <inheritdoc />
    protected override double[] RankCore(RankingContext context, CancellationToken cancellationToken)
    {
        SimilarityGraph graph = SimilarityGraph.Build(context.Vectors, Options.Graph, cancellationToken);
        return Rank(graph, Options, cancellationToken);
    }

    /// <summary>Runs weighted PageRank on a graph.</summary>
    /// <param name="graph">The sentence graph.</param>
    /// <param name="options">Damping, tolerance and iteration cap.</param>
    /// <param name="cancellationToken">Checked every iteration.</param>
    /// <returns>The stationary scores, summing to 1.</returns>
    internal static double[] Rank(SimilarityGraph graph, TextRankOptions options, CancellationToken cancellationToken)
    {
        int n = graph.Count;
        Matrix<double> weights = graph.Weights;
        Vector<double> strength = weights.ColumnSums();

        // Column-stochastic transition matrix: column j spreads sentence j's score over its neighbours.
        Matrix<double> transition = weights.MapIndexed((_, j, w) => strength[j] > 0 ? w / strength[j] : 0, Zeros.AllowSkip);
        var dangling = new List<int>();
        for (int j = 0; j < n; j++)
        {
            if (strength[j] <= 0)
                dangling.Add(j);
        }

        double d = options.Damping;
        Vector<double> scores = Vector<double>.Build.Dense(n, 1.0 / n);
        Vector<double> next = Vector<double>.Build.Dense(n);
        for (int iteration = 0; iteration < options.MaxIterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            double danglingMass = 0;
            foreach (int j in dangling)
                danglingMass += scores[j];

            transition.Multiply(scores, next);
            double teleport = (1 - d) / n + d * danglingMass / n;
            double change = 0;
            for (int i = 0; i < n; i++)
            {
                double value = d * next[i] + teleport;
                change = Math.Max(change, Math.Abs(value - scores[i]));
                next[i] = value;
            }

            (scores, next) = (next, scores);
            if (change < options.Tolerance)
                break;
        }

        return scores.ToArray();
    }
}
