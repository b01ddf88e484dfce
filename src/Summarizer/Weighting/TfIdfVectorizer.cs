using System.Buffers;
using System.Numerics;
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
        var idf = new double[document.Vocabulary.Count];
        ComputeIdf(document, idf);
        return idf;
    }

    /// <summary>Writes the IDF of every term of <paramref name="document"/> to <paramref name="idf"/>, indexed by term id.</summary>
    private void ComputeIdf(Document document, Span<double> idf)
    {
        int terms = document.Vocabulary.Count;
        if (Options.Idf is not null)
        {
            IdfFromModel(document, idf);
            return;
        }

        // Sentence frequency: count each term once per sentence, using the last sentence seen as a marker.
        int[] lastSeen = ArrayPool<int>.Shared.Rent(terms);
        int[] frequency = ArrayPool<int>.Shared.Rent(terms);
        try
        {
            lastSeen.AsSpan(0, terms).Fill(-1);
            frequency.AsSpan(0, terms).Clear();
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

            IdfFromFrequencies(frequency.AsSpan(0, terms), sentences, idf);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(lastSeen);
            ArrayPool<int>.Shared.Return(frequency);
        }
    }

    private void IdfFromModel(Document document, Span<double> idf)
    {
        IdfModel model = Options.Idf!;
        for (int t = 0; t < document.Vocabulary.Count; t++)
            idf[t] = model.GetIdf(document.Vocabulary[t]);
    }

    /// <summary>The IDF of each term from the number of sentences it occurs in, out of <paramref name="sentences"/>.</summary>
    private static void IdfFromFrequencies(ReadOnlySpan<int> frequency, int sentences, Span<double> idf)
    {
        // Terms with the same sentence frequency share their IDF: one logarithm per distinct frequency (a handful in
        // an article), not one per term.
        double[] byFrequency = ArrayPool<double>.Shared.Rent(sentences + 1);
        try
        {
            byFrequency.AsSpan(0, sentences + 1).Fill(double.NaN);
            for (int t = 0; t < frequency.Length; t++)
            {
                ref double known = ref byFrequency[frequency[t]];
                if (double.IsNaN(known))
                    known = IdfModel.Idf(sentences, frequency[t]);
                idf[t] = known;
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(byFrequency);
        }
    }

    /// <summary>Builds one normalized TF-IDF vector per sentence of <paramref name="document"/>.</summary>
    /// <param name="document">The analysed document.</param>
    /// <param name="cancellationToken">Checked between sentences.</param>
    /// <returns>The sentence vectors.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public SentenceVectors Vectorize(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        int terms = document.Vocabulary.Count;
        int sentences = document.Sentences.Count;
        int tokens = document.Tokens.Length;
        var offsets = new int[sentences + 1];

        // Working arrays come from the pool; only the vectors themselves are allocated.
        double[] idf = ArrayPool<double>.Shared.Rent(terms);
        int[] counts = ArrayPool<int>.Shared.Rent(terms);
        int[] frequency = ArrayPool<int>.Shared.Rent(terms);
        int[] termIds = ArrayPool<int>.Shared.Rent(tokens);
        int[] termCounts = ArrayPool<int>.Shared.Rent(tokens);
        double[] weights = ArrayPool<double>.Shared.Rent(tokens);
        // A sentence's terms are marked in a bit set over term ids and read back in ascending order, so each vector
        // comes out sorted by term without a sort (sorting was a twentieth of summarizing an article).
        ulong[] present = ArrayPool<ulong>.Shared.Rent((terms + 63) >> 6);
        try
        {
            counts.AsSpan(0, terms).Clear();
            frequency.AsSpan(0, terms).Clear();
            present.AsSpan(0, (terms + 63) >> 6).Clear();

            // One pass over the tokens gives each sentence's terms with their counts and each term's sentence frequency;
            // the weights need the IDF, so they follow from the counts once every sentence has been read.
            int written = 0;
            for (int s = 0; s < sentences; s++)
            {
                if ((s & 255) == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                offsets[s] = written;
                int lowWord = int.MaxValue, highWord = -1;
                foreach (Token token in document.GetTokens(s))
                {
                    if (token.IsStopWord)
                        continue;
                    int term = token.TermId;
                    if (counts[term]++ == 0)
                    {
                        int word = term >> 6;
                        present[word] |= 1UL << term;
                        lowWord = Math.Min(lowWord, word);
                        highWord = Math.Max(highWord, word);
                    }
                }

                for (int word = lowWord; word <= highWord; word++)
                {
                    ulong bits = present[word];
                    present[word] = 0;
                    while (bits != 0)
                    {
                        int term = (word << 6) + BitOperations.TrailingZeroCount(bits);
                        bits &= bits - 1;
                        frequency[term]++;
                        termIds[written] = term;
                        termCounts[written++] = counts[term];
                        counts[term] = 0;
                    }
                }
            }

            offsets[sentences] = written;
            if (Options.Idf is null)
                IdfFromFrequencies(frequency.AsSpan(0, terms), sentences, idf);
            else
                IdfFromModel(document, idf);

            for (int s = 0; s < sentences; s++)
            {
                double norm = 0;
                for (int k = offsets[s]; k < offsets[s + 1]; k++)
                {
                    int count = termCounts[k];
                    double tf = Options.SublinearTf ? 1 + Math.Log(count) : count;
                    double w = tf * idf[termIds[k]];
                    weights[k] = w;
                    norm += w * w;
                }

                if (norm > 0)
                {
                    double scale = 1 / Math.Sqrt(norm);
                    for (int k = offsets[s]; k < offsets[s + 1]; k++)
                        weights[k] *= scale;
                }
            }

            return new SentenceVectors(offsets, termIds.AsSpan(0, written).ToArray(), weights.AsSpan(0, written).ToArray(), terms);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(idf);
            ArrayPool<int>.Shared.Return(counts);
            ArrayPool<int>.Shared.Return(frequency);
            ArrayPool<int>.Shared.Return(termCounts);
            ArrayPool<int>.Shared.Return(termIds);
            ArrayPool<double>.Shared.Return(weights);
            ArrayPool<ulong>.Shared.Return(present);
        }
    }
}
