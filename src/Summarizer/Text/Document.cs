namespace Summarizer.Text;

/// <summary>
/// An analysed text: the original string kept once, its sentences and word tokens as spans into it,
/// and the vocabulary of normalized terms. Immutable once built.
/// </summary>
public sealed class Document
{
    private readonly Sentence[] _sentences;
    private readonly Token[] _tokens;
    private readonly int[] _tokenStarts; // sentence i owns tokens [_tokenStarts[i], _tokenStarts[i + 1])

    internal Document(string text, Language language, Sentence[] sentences, Token[] tokens, int[] tokenStarts, Vocabulary vocabulary)
    {
        Text = text;
        Language = language;
        _sentences = sentences;
        _tokens = tokens;
        _tokenStarts = tokenStarts;
        Vocabulary = vocabulary;
    }

    /// <summary>The original text, exactly as passed in.</summary>
    public string Text { get; }

    /// <summary>The language used for stop words and stemming.</summary>
    public Language Language { get; }

    /// <summary>The sentences in document order.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>The document's normalized terms.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>All word tokens of the document in order, stop words included.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens;

    /// <summary>The word tokens of one sentence, stop words included.</summary>
    /// <param name="sentenceIndex">The sentence's index.</param>
    /// <returns>The sentence's tokens in order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentenceIndex"/> is out of range.</exception>
    public ReadOnlySpan<Token> GetTokens(int sentenceIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sentenceIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sentenceIndex, _sentences.Length);
        int start = _tokenStarts[sentenceIndex];
        return _tokens.AsSpan(start, _tokenStarts[sentenceIndex + 1] - start);
    }

    /// <summary>The number of words (stop words included) in one sentence.</summary>
    /// <param name="sentenceIndex">The sentence's index.</param>
    /// <returns>The word count.</returns>
    public int GetWordCount(int sentenceIndex) => GetTokens(sentenceIndex).Length;

    /// <summary>The text of one sentence.</summary>
    /// <param name="sentenceIndex">The sentence's index.</param>
    /// <returns>The sentence exactly as it appears in <see cref="Text"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sentenceIndex"/> is out of range.</exception>
    public string GetText(int sentenceIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sentenceIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sentenceIndex, _sentences.Length);
        return _sentences[sentenceIndex].GetText(Text);
    }

    /// <summary>The same text and sentences (with their marks) with other tokens and vocabulary: stop words marked anew.</summary>
    internal Document WithTokens(Token[] tokens, Vocabulary vocabulary, Analysis.TextAnalyzer analyzer) =>
        new(Text, Language, _sentences, tokens, _tokenStarts, vocabulary) { AnalyzedBy = analyzer };

    /// <summary>The same document with every word of the given sentences marked as a stop word: they join no sentence to another.</summary>
    internal Document WithStopWordsIn(IEnumerable<int> sentenceIndexes)
    {
        Token[] tokens = (Token[])_tokens.Clone();
        foreach (int i in sentenceIndexes)
        {
            for (int k = _tokenStarts[i]; k < _tokenStarts[i + 1]; k++)
                tokens[k] = tokens[k] with { TermId = Token.StopWord };
        }

        return new Document(Text, Language, _sentences, tokens, _tokenStarts, Vocabulary); // no longer any analyzer's own output
    }

    /// <summary>The analyzer whose tokens and stop words this document holds; null for a document built otherwise.</summary>
    internal Analysis.TextAnalyzer? AnalyzedBy { get; init; }

    /// <summary>
    /// Returns this document with every sentence that overlaps one of <paramref name="spans"/> marked as not content
    /// (<see cref="Sentence.IsHeading"/>): a caption, photo credit, byline or navigation block that a caller knows
    /// from the text's structure (a web page's markup, for one). Such sentences stay in the text and are ranked, but
    /// are chosen only when no other sentence remains. Tokens and vocabulary are shared with this document.
    /// </summary>
    /// <param name="spans">Character ranges of <see cref="Text"/> that are not content, in any order.</param>
    /// <returns>A document with the same text, tokens and vocabulary; this one when no sentence changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="spans"/> is null.</exception>
    public Document MarkNonContent(IEnumerable<TextSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(spans);
        TextSpan[] sorted = spans.Where(static s => s.Length > 0).OrderBy(static s => s.Start).ToArray();
        if (sorted.Length == 0)
            return this;
        Sentence[] marked = (Sentence[])_sentences.Clone();
        bool changed = false;
        int k = 0;
        for (int i = 0; i < marked.Length; i++)
        {
            TextSpan span = marked[i].Span;
            // Spans and sentences are both ordered by start; skip the spans that end before this sentence.
            while (k < sorted.Length && sorted[k].End <= span.Start)
                k++;
            for (int j = k; j < sorted.Length && sorted[j].Start < span.End; j++)
            {
                if (sorted[j].End > span.Start && !marked[i].IsHeading)
                {
                    marked[i] = marked[i] with { IsHeading = true };
                    changed = true;
                    break;
                }
            }
        }

        return changed ? new Document(Text, Language, marked, _tokens, _tokenStarts, Vocabulary) { AnalyzedBy = AnalyzedBy } : this;
    }
}
