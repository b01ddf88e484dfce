using Summarizer.Text;

namespace Summarizer.Weighting;

/// <summary>
/// Builds TF-IDF vectors for the sentences of a <see cref="Document"/>. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Term frequency is the count of a term in the sentence (or <c>1 + ln(count)</c>); IDF is
/// <c>ln((1 + N) / (1 + df))  + 1</c> over the document's sentences, or over a corpus when an
/// <see cref="IdfModel"/> is given. Vectors are L2-normalized so cosine similarity is a dot product.
/// </remarks>
public sealed class TfIdfVectorizer
{
    /// <summary>Creates a vectorizer.</summary>
    /// <param name="options">The options; null for the defaults.</param>
    public TfIdfVectorizer(TfIdfOptions? options = null) => Options = options ?? new TfIdfOptions();

    /// <summary>The options.</summary>
    public TfIdfOptions Options { get; }

    /// <summary>Computes the IDF of every term of <paramref name="document"/>, indexed by term id.</summary>
    /// <param name="document">The analysed document.</param>
    /// <returns>One weight per vocabulary term.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public double[] ComputeIdf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        int terms = document.Vocabulary.Count;
        var idf = new double[terms];
        if (Options.Idf is { } model)
        {
            for (int t = 0; t < terms; t++)
                idf[t] = model.GetIdf(document.Vocabulary[t]);
            return idf;
        }

        // Sentence frequency: count each term once per sentence, using the last sentence seen as a marker.
        var lastSeen = new int[terms];
        Array.Fill(lastSeen, -1);
        var frequency = new int[terms];
        int sentences = document.Sentences.Count;
        for (int s = 0; s < sentences; s++)
        {
            foreach (Token token in document.GetTokens(s))
            {
                if (token.IsStopWord || lastSeen[token.TermId] == s)
                    continue;
                lastSeen[token.TermId] = s;
                frequency[token.TermId]++;
            }
        }

        for (int t = 0; t < terms; t++)
            idf[t] = IdfModel.Idf(sentences, frequency[t]);
        return idf;
    }

    /// <summary>Builds one normalized TF-IDF vector per sentence of <paramref name="document"/>.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="cancellationToken">Checked between sentences.</param>
    /// <returns>The sentence vectors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public SentenceVectors Vectorize(Document document, CancellationToken cancellationToken = default)
    {
        double[] idf = ComputeIdf(document);
        int sentences = document.Sentences.Count;
        var offsets = new int[sentences + 1];
        var termIds = new List<int>(document.Tokens.Length);
        var weights = new List<double>(document.Tokens.Length);
        var counts = new int[document.Vocabulary.Count];
        var present = new List<int>(32);

        for (int s = 0; s < sentences; s++)
        {
            if ((s & 255) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            offsets[s] = termIds.Count;
            present.Clear();
            foreach (Token token in document.GetTokens(s))
            {
                if (token.IsStopWord)
                    continue;
                if (counts[token.TermId]++ == 0)
                    present.Add(token.TermId);
            }

            present.Sort();
            double norm = 0;
            int first = weights.Count;
            foreach (int term in present)
            {
                int count = counts[term];
                counts[term] = 0;
                double tf = Options.SublinearTf ? 1 + Math.Log(count) : count;
                double w = tf * idf[term];
                termIds.Add(term);
                weights.Add(w);
                norm += w * w;
            }

            if (norm > 0)
            {
                double scale = 1 / Math.Sqrt(norm);
                for (int k = first; k < weights.Count; k++)
                    weights[k] *= scale;
            }
        }

        offsets[sentences] = termIds.Count;
        return new SentenceVectors(offsets, termIds.ToArray(), weights.ToArray(), document.Vocabulary.Count);
    }
}
