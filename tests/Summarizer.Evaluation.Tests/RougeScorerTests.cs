namespace Summarizer.Evaluation.Tests;

/// <summary>Hand-computed cases; the reference vectors are in RougeScorerTests.ReferenceVectors.cs.</summary>
public partial class RougeScorerTests
{
    private static readonly RougeScorer Plain = new(new RougeOptions { UseStemmer = false });

    private static double F1(double precision, double recall) => 2 * precision * recall / (precision + recall);

    [Test]
    public void Score_CountsUnigramsBigramsAndTheLongestCommonSubsequence()
    {
        // LCS of "a b c d e" and "a x c y e z" is "a c e"; no bigram is shared.
        RougeScores scores = Plain.Score("a b c d e", "a x c y e z");

        var expected = new RougeScore(3.0 / 5, 3.0 / 6, F1(3.0 / 5, 3.0 / 6));
        Assert.Multiple(() =>
        {
            Assert.That(scores.Rouge1, Is.EqualTo(expected));
            Assert.That(scores.Rouge2, Is.EqualTo(RougeScore.Zero));
            Assert.That(scores.RougeL, Is.EqualTo(expected));
        });
    }

    [Test]
    public void Score_ClipsRepeatedUnigramsAndBigramsToTheReferenceCounts()
    {
        // Prediction bigrams: "the the" x3; the reference has "the the" once and 3 bigrams in all.
        RougeScores scores = Plain.Score("the the the the", "the the cat sat");

        Assert.Multiple(() =>
        {
            Assert.That(scores.Rouge1.Precision, Is.EqualTo(2.0 / 4));
            Assert.That(scores.Rouge1.Recall, Is.EqualTo(2.0 / 4));
            Assert.That(scores.Rouge2.Precision, Is.EqualTo(1.0 / 3));
            Assert.That(scores.Rouge2.Recall, Is.EqualTo(1.0 / 3));
        });
    }

    [Test]
    public void LcsLength_MatchesHandComputedValues()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RougeScorer.LcsLength([1, 2, 3, 2, 1], [3, 2, 1, 2, 3]), Is.EqualTo(3));
            // The textbook example: ABCBDAB and BDCABA share BCBA.
            Assert.That(RougeScorer.LcsLength([1, 2, 3, 2, 4, 1, 2], [2, 4, 3, 1, 2, 1]), Is.EqualTo(4));
            Assert.That(RougeScorer.LcsLength([], [1, 2]), Is.Zero);
        });
    }

    [Test]
    public void Score_RougeLsum_TakesTheUnionLcsOverPredictionSentences()
    {
        // Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
        // The union LCS of r with c1 and c2 is w1 w2 w3 w5: 4 hits over 5 reference and 10 prediction tokens.
        RougeScores scores = Plain.Score("w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5", "w1 w2 w3 w4 w5");

        Assert.That(scores.RougeLsum, Is.EqualTo(new RougeScore(4.0 / 10, 4.0 / 5, F1(4.0 / 10, 4.0 / 5))));
    }

    [Test]
    public void Score_RougeLsum_IgnoresSentenceOrder_WhereRougeLDoesNot()
    {
        RougeScores scores = Plain.Score("c d\na b", "a b\nc d");

        Assert.Multiple(() =>
        {
            Assert.That(scores.RougeL, Is.EqualTo(new RougeScore(0.5, 0.5, 0.5)));
            Assert.That(scores.RougeLsum, Is.EqualTo(new RougeScore(1, 1, 1)));
        });
    }

    [Test]
    public void Score_RougeLsum_CountsEachPredictionTokenOnlyOnce()
    {
        // Both reference sentences match "a b", but the prediction has only one copy of each token.
        RougeScores scores = Plain.Score("a b", "a b\na b");

        Assert.That(scores.RougeLsum, Is.EqualTo(new RougeScore(1, 0.5, F1(1, 0.5))));
    }

    [Test]
    public void Score_RougeLsum_DropsEmptyLines()
    {
        RougeScores withBlankLines = Plain.Score("\n\na b\n\n\nc d\n", "a b\nc d");

        Assert.That(withBlankLines.RougeLsum, Is.EqualTo(new RougeScore(1, 1, 1)));
    }

    [Test]
    public void Score_WithSeveralReferences_TakesTheBestReferencePerMetric()
    {
        const string prediction = "a b c d";
        string[] references = ["d c b a", "a b x y"];

        RougeScores best = Plain.Score(prediction, references);
        RougeScores first = Plain.Score(prediction, references[0]);
        RougeScores second = Plain.Score(prediction, references[1]);

        Assert.Multiple(() =>
        {
            Assert.That(best.Rouge1, Is.EqualTo(first.Rouge1), "all four unigrams match the first reference");
            Assert.That(best.Rouge2, Is.EqualTo(second.Rouge2), "only the second reference shares a bigram");
            Assert.That(best.RougeL, Is.EqualTo(second.RougeL), "the second reference has the longer LCS");
            Assert.That(best.RougeLsum, Is.EqualTo(second.RougeLsum));
        });
    }

    [Test]
    public void Score_WithSeveralReferences_KeepsTheFirstOnATiedF1()
    {
        // Both references give F1 2/3: the first with P=1, R=1/2, the second with P=1/2, R=1.
        RougeScores firstWins = Plain.Score("a b", ["a b c d", "a"]);
        RougeScores secondFirst = Plain.Score("a b", ["a", "a b c d"]);

        Assert.Multiple(() =>
        {
            Assert.That(firstWins.Rouge1.Precision, Is.EqualTo(1.0));
            Assert.That(secondFirst.Rouge1.Precision, Is.EqualTo(0.5));
        });
    }

    [TestCase("", "The cat sat on the mat.")]
    [TestCase("The cat sat on the mat.", "")]
    [TestCase("... -- !!!", "The cat sat on the mat.")]
    public void Score_IsZeroWhenEitherSideHasNoToken(string prediction, string reference)
    {
        RougeScores scores = Plain.Score(prediction, reference);

        Assert.That(RougeScores.Metrics.Select(scores.Get), Is.All.EqualTo(RougeScore.Zero));
    }

    [Test]
    public void Score_MatchesInflectedFormsOnlyWithTheStemmer()
    {
        var stemming = new RougeScorer();

        Assert.Multiple(() =>
        {
            Assert.That(stemming.Options.UseStemmer, Is.True, "stemming is the default");
            Assert.That(stemming.Score("runners running", "runner runs").Rouge1.F1, Is.EqualTo(1.0));
            Assert.That(Plain.Score("runners running", "runner runs").Rouge1.F1, Is.Zero);
        });
    }

    [Test]
    public void Score_RejectsMissingArguments()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => Plain.Score(null!, "x"),
                Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("prediction"));
            Assert.That(() => Plain.Score("x", (string)null!),
                Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("reference"));
            Assert.That(() => Plain.Score("x", (IReadOnlyList<string>)null!),
                Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("references"));
            Assert.That(() => Plain.Score("x", Array.Empty<string>()),
                Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("references"));
            Assert.That(() => Plain.Score("x", new[] { "y", null! }),
                Throws.ArgumentException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("references"));
            Assert.That(() => new RougeScorer(null!),
                Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("options"));
        });
    }

    [Test]
    public void Score_GivesTheSameResultsFromManyThreads()
    {
        var scorer = new RougeScorer();
        string[] words = ["market", "markets", "rising", "rose", "shares", "fell", "investors", "sold", "bank", "rates"];
        var pairs = Enumerable.Range(0, 200)
            .Select(i => (
                Prediction: string.Join(' ', Enumerable.Range(0, 12).Select(j => words[((i * 7) + (j * 3)) % words.Length])),
                Reference: string.Join(' ', Enumerable.Range(0, 15).Select(j => words[((i * 5) + (j * 7)) % words.Length]))))
            .ToArray();

        RougeScores[] sequential = pairs.Select(p => new RougeScorer().Score(p.Prediction, p.Reference)).ToArray();
        var parallel = new RougeScores[pairs.Length];
        Parallel.For(0, pairs.Length, i => parallel[i] = scorer.Score(pairs[i].Prediction, pairs[i].Reference));

        Assert.That(parallel, Is.EqualTo(sequential));
    }
}
