using System.Globalization;
using System.Text;
using Summarizer.Segmentation;
using Summarizer.Text;
using Summarizer.Analysis;

namespace Summarizer.Weighting;

/// <summary>
/// Document frequencies of normalized terms fitted on a corpus, for inverse document frequency
/// weighting that knows which words are common in general and not only in one article.
/// Immutable and thread-safe.
/// </summary>
/// <remarks>
/// IDF is smoothed as <c>ln((1 + N) / (1 + df)) + 1</c>, so an unseen term gets the highest weight and
/// no weight is zero. Terms are the analyzer's normalized forms (case-folded and stemmed), so a model
/// must be used with the same <see cref="Text.Language"/> it was fitted with.
/// The file format (<see cref="Save(TextWriter)"/>) is UTF-8 text: a header line
/// <c>summarizer-idf 1</c>, then <c>language &lt;name&gt;</c>, then <c>documents &lt;N&gt;</c>,
/// then one <c>term TAB df</c> line per term in ordinal order. The number in the header is the format's version:
/// <see cref="Load(TextReader)"/> rejects any other, so a future change of format cannot be misread.
/// </remarks>
public sealed class IdfModel
{
    private const string Header = "summarizer-idf 1";
    private readonly Dictionary<string, int> _documentFrequencies;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private IdfModel(Language language, int documentCount, Dictionary<string, int> documentFrequencies)
    {
        Language = language;
        DocumentCount = documentCount;
        _documentFrequencies = documentFrequencies;
        _lookup = documentFrequencies.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The language whose normalized terms the model counts.</summary>
    public Language Language { get; }

    /// <summary>The number of documents the model was fitted on.</summary>
    public int DocumentCount { get; }

    /// <summary>The number of distinct terms.</summary>
    public int TermCount => _documentFrequencies.Count;

    /// <summary>The number of documents containing <paramref name="term"/> (0 when unseen).</summary>
    /// <param name="term">A normalized term.</param>
    /// <returns>The document frequency.</returns>
    public int GetDocumentFrequency(ReadOnlySpan<char> term) => _lookup.TryGetValue(term, out int df) ? df : 0;

    /// <summary>The smoothed inverse document frequency of <paramref name="term"/>.</summary>
    /// <param name="term">A normalized term.</param>
    /// <returns><c>ln((1 + N) / (1 + df)) + 1</c>.</returns>
    public double GetIdf(ReadOnlySpan<char> term) => Idf(DocumentCount, GetDocumentFrequency(term));

    internal static double Idf(int documents, int documentFrequency) => Math.Log((1.0 + documents) / (1.0 + documentFrequency)) + 1.0;

    /// <summary>
    /// Fits a model on a corpus with the analysis a default pipeline of <paramref name="language"/> uses (its
    /// sentence splitter, word tokenizer, stop words and stemmer), so the model suits
    /// <c>new SummarizerPipelineBuilder().UseLanguage(language).UseTfIdf(model)</c>. The corpus is read once, one
    /// document at a time: memory grows with the vocabulary, not with the corpus.
    /// </summary>
    /// <param name="texts">The corpus, one document per element.</param>
    /// <param name="language">The language. Default: <see cref="Language.English"/>.</param>
    /// <param name="cancellationToken">Checked between documents.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or an element of it is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public static IdfModel Fit(IEnumerable<string> texts, Language language = Language.English, CancellationToken cancellationToken = default) =>
        Fit(texts, new TextAnalyzer(RuleBasedSentenceSplitter.ForLanguage(language), WordTokenizer.Instance, language), cancellationToken);

    /// <summary>Fits a model on a corpus, analysing each text with <paramref name="analyzer"/>.</summary>
    /// <param name="texts">The corpus, one document per element.</param>
    /// <param name="analyzer">The analyzer the model will be used with (it fixes the language and normalization).</param>
    /// <param name="cancellationToken">Checked between documents.</param>
    /// <returns>The fitted model.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element of <paramref name="texts"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancellation was requested.</exception>
    public static IdfModel Fit(IEnumerable<string> texts, TextAnalyzer analyzer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(analyzer);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        int documents = 0;
        foreach (string text in texts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            ArgumentNullException.ThrowIfNull(text, nameof(texts));
            Document document = analyzer.Analyze(text, cancellationToken);
            for (int term = 0; term < document.Vocabulary.Count; term++)
            {
                string key = document.Vocabulary[term];
                frequencies[key] = frequencies.GetValueOrDefault(key) + 1;
            }

            documents++;
        }

        return new IdfModel(analyzer.Language, documents, frequencies);
    }

    /// <summary>Combines models fitted on disjoint shards of a corpus; the result equals a model fitted on the whole corpus.</summary>
    /// <param name="models">The shard models, all of the same language.</param>
    /// <returns>The merged model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="models"/> or an element of it is null.</exception>
    /// <exception cref="ArgumentException">The models are of different languages, or there are none.</exception>
    public static IdfModel Merge(IEnumerable<IdfModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        int documents = 0;
        Language? language = null;
        foreach (IdfModel model in models)
        {
            ArgumentNullException.ThrowIfNull(model, nameof(models));
            if (language is not null && language != model.Language)
                throw new ArgumentException($"Cannot merge IDF models of different languages ({language} and {model.Language}).", nameof(models));
            language = model.Language;
            documents = checked(documents + model.DocumentCount);
            foreach (var (term, df) in model._documentFrequencies)
                frequencies[term] = frequencies.GetValueOrDefault(term) + df;
        }

        if (language is null)
            throw new ArgumentException("At least one model is needed.", nameof(models));
        return new IdfModel(language.Value, documents, frequencies);
    }

    /// <summary>Writes the model in its text format (see the remarks on <see cref="IdfModel"/>).</summary>
    /// <param name="writer">The destination.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void Save(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header + "\n");
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"language {Language}\n"));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"documents {DocumentCount}\n"));
        var terms = _documentFrequencies.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal); // stable output: same model, same bytes
        foreach (string term in terms)
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{term}\t{_documentFrequencies[term]}\n"));
    }

    /// <summary>Writes the model to a file (UTF-8).</summary>
    /// <param name="path">The file path.</param>
    public void Save(string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Save(writer);
    }

    /// <summary>Reads a model written by <see cref="Save(TextWriter)"/>.</summary>
    /// <param name="reader">The source.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="InvalidDataException">The content is not a model of a supported version; the message gives the line.</exception>
    public static IdfModel Load(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadLine() != Header)
            throw new InvalidDataException($"Not an IDF model: line 1 must be '{Header}'.");

        string? languageLine = reader.ReadLine();
        if (languageLine is null || !languageLine.StartsWith("language ", StringComparison.Ordinal)
            || !Enum.TryParse(languageLine.AsSpan(9), ignoreCase: true, out Language language) || !LanguageResources.IsDefined(language))
            throw new InvalidDataException($"Line 2 must be 'language <name>', not '{languageLine}'.");

        string? documentsLine = reader.ReadLine();
        if (documentsLine is null || !documentsLine.StartsWith("documents ", StringComparison.Ordinal)
            || !int.TryParse(documentsLine.AsSpan(10), NumberStyles.None, CultureInfo.InvariantCulture, out int documents))
            throw new InvalidDataException($"Line 3 must be 'documents <count>', not '{documentsLine}'.");

        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        int lineNumber = 3;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            int tab = line.LastIndexOf('\t');
            if (tab <= 0 || !int.TryParse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int df) || df > documents
                || !frequencies.TryAdd(line[..tab], df))
                throw new InvalidDataException($"Line {lineNumber} must be a new 'term<TAB>count' with count at most {documents}.");
        }

        return new IdfModel(language, documents, frequencies);
    }

    /// <summary>Reads a model from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The model.</returns>
    public static IdfModel Load(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Load(reader);
    }
}
