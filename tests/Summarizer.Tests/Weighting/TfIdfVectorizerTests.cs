using System.Text;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Weighting;

public class TfIdfVectorizerTests
{
    private static readonly TextAnalyzer Analyzer = new(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);

    private static int Term(Document document, string term)
    {
        Assert.That(document.Vocabulary.TryGetId(term, out int id), Is.True, term);
        return id;
    }

    [Test]
    public void DocumentIdfCountsSentencesContainingTheTerm()
    {
        Document document = Analyzer.Analyze("Cats purr. Cats sleep. Dogs bark loudly, dogs bark.");
        double[] idf = new TfIdfVectorizer().ComputeIdf(document);
        // 3 sentences; "cat" in 2 of them, "dog" in 1 (twice); smoothed ln((1 + N) / (1 + df)) + 1.
        Assert.That(idf[Term(document, "cat")], Is.EqualTo(Math.Log(4.0 / 3.0) + 1).Within(1e-12));
        Assert.That(idf[Term(document, "dog")], Is.EqualTo(Math.Log(4.0 / 2.0) + 1).Within(1e-12));
    }

    [Test]
    public void VectorsAreNormalizedAndWeightedByCountTimesIdf()
    {
        Document document = Analyzer.Analyze("Cats purr. Cats sleep. Dogs bark loudly, dogs bark.");
        var vectorizer = new TfIdfVectorizer();
        SentenceVectors vectors = vectorizer.Vectorize(document);
        double[] idf = vectorizer.ComputeIdf(document);

        ReadOnlySpan<double> weights = vectors.GetWeights(2);
        Assert.That(weights.ToArray().Sum(w => w * w), Is.EqualTo(1.0).Within(1e-12));

        int dog = Term(document, "dog"), loud = Term(document, "loud");
        int[] terms = vectors.GetTermIds(2).ToArray();
        double dogWeight = weights[Array.IndexOf(terms, dog)], loudWeight = weights[Array.IndexOf(terms, loud)];
        Assert.That(dogWeight / loudWeight, Is.EqualTo(2 * idf[dog] / idf[loud]).Within(1e-12));
        Assert.That(terms, Is.Ordered.Ascending);
    }

    [Test]
    public void EachSentenceListsItsTermsOnceInAscendingOrderOverAWideVocabulary()
    {
        // Hundreds of distinct words, and later sentences mixing new words with words from far back: the terms of a
        // sentence are neither contiguous nor in order of appearance.
        var random = new Random(7);
        var text = new StringBuilder();
        for (int s = 0; s < 40; s++)
        {
            for (int w = 0; w < 12; w++)
                text.Append(w == 0 ? "Zq" : " zq").Append(random.Next(300)).Append('x');
            text.Append(". ");
        }

        Document document = Analyzer.Analyze(text.ToString());
        Assert.That(document.Vocabulary.Count, Is.GreaterThan(200));
        var vectorizer = new TfIdfVectorizer();
        SentenceVectors vectors = vectorizer.Vectorize(document);
        double[] idf = vectorizer.ComputeIdf(document);
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            Token[] tokens = document.GetTokens(s).ToArray();
            int[] expected = tokens.Select(t => t.TermId).Distinct().Order().ToArray();
            Assert.That(vectors.GetTermIds(s).ToArray(), Is.EqualTo(expected), $"sentence {s}");
            double[] raw = expected.Select(term => tokens.Count(t => t.TermId == term) * idf[term]).ToArray();
            double norm = Math.Sqrt(raw.Sum(w => w * w));
            Assert.That(vectors.GetWeights(s).ToArray(), Is.EqualTo(raw.Select(w => w / norm)).Within(1e-12), $"sentence {s}");
        }
    }

    [Test]
    public void SublinearTfDampsRepeatedWords()
    {
        Document document = Analyzer.Analyze("Dogs bark loudly, dogs bark, dogs bark. Cats purr.");
        SentenceVectors raw = new TfIdfVectorizer().Vectorize(document);
        SentenceVectors damped = new TfIdfVectorizer(new TfIdfOptions { SublinearTf = true }).Vectorize(document);
        int loud = Array.IndexOf(raw.GetTermIds(0).ToArray(), Term(document, "loud"));
        Assert.That(damped.GetWeights(0)[loud], Is.GreaterThan(raw.GetWeights(0)[loud]));
    }

    [Test]
    public void StopWordOnlySentenceHasAnEmptyVector()
    {
        Document document = Analyzer.Analyze("It is as it is. Rivers flood.");
        SentenceVectors vectors = new TfIdfVectorizer().Vectorize(document);
        Assert.That(vectors.IsEmpty(0), Is.True);
        Assert.That(vectors.Cosine(0, 1), Is.Zero);
        Assert.That(vectors.Cosine(1, 1), Is.EqualTo(1.0).Within(1e-12));
    }

    [Test]
    public void CorpusIdfModelIsUsedWhenGiven()
    {
        IdfModel model = IdfModel.Fit(["Cats purr.", "Cats sleep.", "Cats and dogs."], Analyzer);
        Document document = Analyzer.Analyze("Cats purr. Dogs bark.");
        double[] idf = new TfIdfVectorizer(new TfIdfOptions { Idf = model }).ComputeIdf(document);
        Assert.That(idf[Term(document, "cat")], Is.EqualTo(Math.Log(4.0 / 4.0) + 1).Within(1e-12));
        Assert.That(idf[Term(document, "bark")], Is.EqualTo(Math.Log(4.0 / 1.0) + 1).Within(1e-12), "unseen term");
    }

    /// <summary>
    /// Each vector is the sentence's term counts (or their logarithms) times <see cref="TfIdfVectorizer.ComputeIdf(Document)"/>,
    /// in ascending term order, divided by its length: bit for bit, with the document's own IDF and with a corpus model.
    /// </summary>
    [TestCase(false, false)]
    [TestCase(true, false)]
    [TestCase(false, true)]
    public void EveryWeightIsTheCountTimesTheIdfOverTheNorm(bool sublinear, bool corpusIdf)
    {
        const string text = """
            The ferry to the island sails every hour in summer. In winter the ferry sails twice a day, and not at all in
            storms. Islanders want an hourly ferry all year. The harbour board says an hourly winter ferry would cost
            two million a year. The island's council will vote on the ferry next month; the harbour board will not.
            """;
        Document document = Analyzer.Analyze(text);
        IdfModel? model = corpusIdf ? IdfModel.Fit(["The ferry sails.", "A harbour board met.", "Storms closed the island."], Analyzer) : null;
        var vectorizer = new TfIdfVectorizer(new TfIdfOptions { SublinearTf = sublinear, Idf = model });
        SentenceVectors vectors = vectorizer.Vectorize(document);
        double[] idf = vectorizer.ComputeIdf(document);
        Assert.That(vectors.Count, Is.EqualTo(document.Sentences.Count));
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var counts = new SortedDictionary<int, int>();
            foreach (Token token in document.GetTokens(s))
            {
                if (!token.IsStopWord)
                    counts[token.TermId] = counts.GetValueOrDefault(token.TermId) + 1;
            }

            double[] expected = counts.Select(c => (sublinear ? 1 + Math.Log(c.Value) : c.Value) * idf[c.Key]).ToArray();
            double norm = 0;
            foreach (double w in expected)
                norm += w * w;
            double scale = 1 / Math.Sqrt(norm);
            Assert.That(vectors.GetTermIds(s).ToArray(), Is.EqualTo(counts.Keys.ToArray()), $"sentence {s}");
            Assert.That(vectors.GetWeights(s).ToArray(), Is.EqualTo(expected.Select(w => w * scale).ToArray()), $"sentence {s}");
        }
    }
}
