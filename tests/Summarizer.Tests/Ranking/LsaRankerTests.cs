using MathNet.Numerics.LinearAlgebra;
using Summarizer.Ranking;
using Summarizer.Text;
using static Summarizer.Tests.Ranking.RankerTestText;

namespace Summarizer.Tests.Ranking;

public class LsaRankerTests
{
    /// <summary>The Boolean term-by-sentence matrix, built here from the tokens.</summary>
    private static Matrix<double> BooleanMatrix(Document document)
    {
        var a = Matrix<double>.Build.Dense(document.Vocabulary.Count, document.Sentences.Count);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            foreach (Token token in document.GetTokens(s))
            {
                if (!token.IsStopWord)
                    a[token.TermId, s] = 1;
            }
        }

        return a;
    }

    /// <summary>sqrt(Σ_k (σ_k v_ik)²) over σ_k ≥ ratio σ_1, from MathNet's SVD.</summary>
    private static double[] SvdScores(Matrix<double> a, double ratio)
    {
        var svd = a.Svd(computeVectors: true);
        Vector<double> sigma = svd.S;
        Matrix<double> vt = svd.VT;
        var scores = new double[a.ColumnCount];
        for (int i = 0; i < scores.Length; i++)
        {
            double sum = 0;
            for (int k = 0; k < sigma.Count; k++)
            {
                if (sigma[k] >= ratio * sigma[0] - 1e-12)
                    sum += Math.Pow(sigma[k] * vt[k, i], 2);
            }

            scores[i] = Math.Sqrt(sum);
        }

        return scores;
    }

    [TestCase(0.5)]
    [TestCase(0.2)]
    [TestCase(1.0)]
    public void ScoresEqualMathNetSvdWhenSentencesAreFewerThanTerms(double ratio)
    {
        RankingContext context = Context(Story);
        Matrix<double> a = BooleanMatrix(context.Document);
        Assert.That(a.ColumnCount, Is.LessThan(a.RowCount));
        double[] scores = new LsaRanker(new LsaOptions { MinSingularValueRatio = ratio }).Rank(context);
        Assert.That(scores, Is.EqualTo(SvdScores(a, ratio)).Within(1e-9));
    }

    [TestCase(0.5)]
    [TestCase(0.1)]
    public void ScoresEqualMathNetSvdWhenSentencesOutnumberTerms(double ratio)
    {
        RankingContext context = Context("Cats purr. Dogs bark. Cats purr. Dogs bark loudly. Cats bark. Dogs purr. Cats and dogs.");
        Matrix<double> a = BooleanMatrix(context.Document);
        Assert.That(a.ColumnCount, Is.GreaterThan(a.RowCount), "this text exercises the term Gram matrix");
        double[] scores = new LsaRanker(new LsaOptions { MinSingularValueRatio = ratio }).Rank(context);
        Assert.That(scores, Is.EqualTo(SvdScores(a, ratio)).Within(1e-9));
    }

    [Test]
    public void TheMainTopicOutranksAnOffTopicSentence()
    {
        // The three flood sentences share terms, so their topic's singular value is far above the bread sentence's
        // (sqrt 2), which falls under half of the largest and scores nothing.
        double[] scores = new LsaRanker().Rank(Context(
            "River floods hit the town. River floods damaged town homes. The town fears river floods. Bread is cheap."));
        Assert.That(scores[3], Is.Zero);
        Assert.That(scores.Take(3), Has.All.GreaterThan(0.5));
        Assert.That(Order(scores)[0], Is.EqualTo(1), "the flood sentence with the most topic words leads");
    }

    [Test]
    public void SentencesWithoutContentScoreZero()
    {
        double[] scores = new LsaRanker().Rank(Context("It is not. Floods damage river towns. River towns build flood barriers."));
        Assert.That(scores[0], Is.Zero);
        Assert.That(scores[1], Is.GreaterThan(0));
    }

    [TestCase(0.0)]
    [TestCase(1.5)]
    [TestCase(double.NaN)]
    public void RejectsRatioOutsideItsRange(double ratio) =>
        Assert.That(() => new LsaRanker(new LsaOptions { MinSingularValueRatio = ratio }),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("MinSingularValueRatio"));
}
