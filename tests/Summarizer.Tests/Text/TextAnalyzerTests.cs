using System.Globalization;
using Summarizer.Text;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Text;

public class TextAnalyzerTests
{
    private static readonly TextAnalyzer English = new(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);

    private static string?[] Terms(Document document, int sentence) =>
        document.GetTokens(sentence).ToArray().Select(t => t.IsStopWord ? null : document.Vocabulary[t.TermId]).ToArray();

    [Test]
    public void FoldsCaseRemovesStopWordsAndStems()
    {
        // Lucene's English stop set is the short classic list (the, to, is, ...), not every function word.
        Document document = English.Analyze("The Runners are running to the RUNNING track.");
        Assert.That(Terms(document, 0), Is.EqualTo(new[] { null, "runner", null, "run", null, null, "run", "track" }));
    }

    [Test]
    public void RomanianCommaAndCedillaSpellingsAreOneWord()
    {
        // Current Romanian writes ș and ț with a comma below; older text, and the stop list and stemmer, with a cedilla.
        var romanian = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.Romanian);
        Document comma = romanian.Analyze("Ședințele consiliului și ale comisiei s-au ținut în aceeași sală.");
        Document cedilla = romanian.Analyze("Şedinţele consiliului şi ale comisiei s-au ţinut în aceeaşi sală.");
        Assert.Multiple(() =>
        {
            Assert.That(Terms(comma, 0), Is.EqualTo(Terms(cedilla, 0)));
            Assert.That(Terms(comma, 0)[2], Is.Null, "și is a stop word");
        });
    }

    [Test]
    public void RussianWithAndWithoutYoIsOneWord()
    {
        var russian = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.Russian);
        Document withYo = russian.Analyze("Её зелёные ёлки ещё растут у озера.");
        Document withoutYo = russian.Analyze("Ее зеленые елки еще растут у озера.");
        Assert.Multiple(() =>
        {
            Assert.That(Terms(withYo, 0), Is.EqualTo(Terms(withoutYo, 0)));
            Assert.That(Terms(withYo, 0)[0], Is.Null, "её is a stop word, as ее is");
        });
    }

    [Test]
    public void GermanDassIsAStopWordInEitherSpelling()
    {
        var german = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.German);
        Document current = german.Analyze("Sie sagt, dass der Zug pünktlich war.");
        Document old = german.Analyze("Sie sagt, daß der Zug pünktlich war.");
        Assert.Multiple(() =>
        {
            Assert.That(Terms(current, 0), Is.EqualTo(Terms(old, 0)));
            Assert.That(Terms(current, 0)[2], Is.Null);
        });
    }

    [Test]
    public void TurkishCaseAndCaseEndingsFoldAsTurkish()
    {
        // İ is the capital of i and I that of ı; a proper name's case ending follows an apostrophe.
        var turkish = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.Turkish);
        Document capitals = turkish.Analyze("İçin IRMAK İzmir'de taştı.");
        Document lower = turkish.Analyze("için ırmak izmir taştı.");
        Assert.Multiple(() =>
        {
            Assert.That(Terms(capitals, 0), Is.EqualTo(Terms(lower, 0)));
            Assert.That(Terms(capitals, 0)[0], Is.Null, "için is a stop word");
            Assert.That(Terms(capitals, 0)[2], Is.EqualTo("izmir"));
        });
    }

    [Test]
    public void SameStemGetsSameTermIdAcrossSentences()
    {
        Document document = English.Analyze("Flooding hit the city. The city flooded again.");
        int flood0 = document.GetTokens(0)[0].TermId;
        int flood1 = document.GetTokens(1)[2].TermId;
        Assert.That(flood0, Is.EqualTo(flood1));
        Assert.That(document.Vocabulary[flood0], Is.EqualTo("flood"));
    }

    [Test]
    public void RepeatedWordsGetTheTermsOfTheirFirstOccurrenceInLongAndSuccessiveDocuments()
    {
        // 3,000 distinct made-up words, each written twice in different case (the analyzer remembers words of a
        // document as written, so this crosses its table's growth several times), then a second, different document
        // on the same thread: every token must get exactly the term a fresh, word-by-word analysis gives it.
        string[] words = Enumerable.Range(0, 3000).Select(i => "w" + i.ToString(CultureInfo.InvariantCulture) + "x").ToArray();
        string first = string.Join(" ", words) + ". " + string.Join(" ", words.Select(w => w.ToUpperInvariant())) + ".";
        string second = "Rivers flood towns. " + string.Join(" ", words.Reverse().Take(50)) + ". The towns flooded.";
        foreach (string text in new[] { first, second, first })
        {
            Document document = English.Analyze(text);
            foreach (Token token in document.Tokens)
            {
                string word = text.Substring(token.Span.Start, token.Span.Length);
                Document alone = English.Analyze(word);
                Token expected = alone.Tokens[0];
                Assert.That(token.IsStopWord, Is.EqualTo(expected.IsStopWord), word);
                if (!token.IsStopWord)
                    Assert.That(document.Vocabulary[token.TermId], Is.EqualTo(alone.Vocabulary[expected.TermId]), word);
                Assert.That(token.Kind, Is.EqualTo(expected.Kind), word);
            }
        }
    }

    [Test]
    public void ADocumentIsAnalysedAlikeWhateverItsThreadAnalysedBefore()
    {
        // The analyzer remembers words as written from document to document on a thread, and numbers each document's
        // terms from that memory. The result must not depend on it: each text analysed on a thread that has seen
        // nothing must equal the same text analysed after other documents, other analyzers (another stop list,
        // another language) and a text of more distinct words than the memory keeps.
        var extended = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English, StopWordList.Extended);
        var german = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.German);
        string huge = string.Join(" ", Enumerable.Range(0, SurfaceTable.MaxEntries + 500).Select(i => "q" + i.ToString(CultureInfo.InvariantCulture) + "z")) + ".";
        (TextAnalyzer Analyzer, string Text)[] work =
        [
            (English, "Harbour cranes stood idle. The harbour's cranes were idle because the dockers walked out."),
            (extended, "The dockers walked out at dawn, and the cranes stood still until the evening shift."),
            (English, "Dockers, DOCKERS and dockers: the union counted 412 of them at the gate."),
            (german, "Die Kräne im Hafen standen still. Die Hafenarbeiter streikten seit dem Morgen."),
            (English, huge),
            (English, "Evening came; the cranes moved again and the harbour filled with lorries."),
            (extended, "Harbour cranes stood idle. The harbour's cranes were idle because the dockers walked out."),
        ];

        var expected = work.Select(w => OnFreshThread(() => w.Analyzer.Analyze(w.Text))).ToArray();
        Document[] actual = OnFreshThread(() => work.Select(w => w.Analyzer.Analyze(w.Text)).Concat(work.Select(w => w.Analyzer.Analyze(w.Text))).ToArray());

        for (int i = 0; i < actual.Length; i++)
        {
            Document want = expected[i % work.Length];
            Assert.That(actual[i].Tokens.ToArray(), Is.EqualTo(want.Tokens.ToArray()), $"document {i}: tokens");
            Assert.That(Enumerable.Range(0, actual[i].Vocabulary.Count).Select(t => actual[i].Vocabulary[t]),
                Is.EqualTo(Enumerable.Range(0, want.Vocabulary.Count).Select(t => want.Vocabulary[t])), $"document {i}: terms");
        }
    }

    [Test]
    public void AWordTooLongToRememberStillGetsOneTermPerDocument()
    {
        // A single "word" of 70,000 letters (a pasted blob) is longer than the analyzer's word memory records; each
        // occurrence must still get the same term, and the words around it theirs.
        string blob = new('k', 70_000);
        Document document = English.Analyze($"Harbour {blob} cranes. Cranes {blob} harbour.");
        Token[] tokens = document.Tokens.ToArray();
        Assert.That(tokens, Has.Length.EqualTo(6));
        Assert.That(tokens[1].TermId, Is.EqualTo(tokens[4].TermId));
        Assert.That(document.Vocabulary[tokens[1].TermId], Has.Length.EqualTo(70_000));
        Assert.That(tokens[0].TermId, Is.EqualTo(tokens[5].TermId));
        Assert.That(tokens[2].TermId, Is.EqualTo(tokens[3].TermId));
        Assert.That(document.Vocabulary.Count, Is.EqualTo(3));
    }

    [Test]
    public void WordsAroundTheLongestRememberedLengthKeepTheirTermsAcrossDocuments()
    {
        // The thread's word table records words of up to 255 characters; a long identifier or URL just past that is
        // normalized afresh each time. On either side of the limit a word must keep one term within a document, and a
        // second document on the same thread must get exactly what a fresh thread gets.
        string Word(int length) => "x" + new string('a', length - 1);
        string text = string.Join(" ", new[] { 254, 255, 256, 300 }.Select(Word)) + ". Tide "
            + string.Join(" ", new[] { 300, 256, 255, 254 }.Select(Word)) + " tide.";
        Document fresh = OnFreshThread(() => English.Analyze(text));
        Document[] again = OnFreshThread(() => new[] { English.Analyze(text), English.Analyze(text) });

        Token[] tokens = fresh.Tokens.ToArray();
        Assert.That(tokens.Select(t => t.Span.Length), Is.EqualTo(new[] { 254, 255, 256, 300, 4, 300, 256, 255, 254, 4 }));
        for (int i = 0; i < 5; i++)
            Assert.That(tokens[i].TermId, Is.EqualTo(tokens[i < 4 ? 8 - i : 9].TermId), $"word {i} and its repeat");
        Assert.That(fresh.Vocabulary.Count, Is.EqualTo(5));
        foreach (Document document in again)
            Assert.That(document.Tokens.ToArray(), Is.EqualTo(tokens));
    }

    [Test]
    public void AThreadDoesNotKeepAnAnalyzerAliveAfterItsLastDocument()
    {
        // The thread's word table remembers which analyzer filled it; an application that drops a pipeline must not
        // find its analyzer (and the analyzer's word cache) kept alive by every thread that once used it.
        WeakReference analyzer = AnalyzeOnceAndDrop();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        Assert.That(analyzer.IsAlive, Is.False);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference AnalyzeOnceAndDrop()
    {
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English, StopWordList.Extended);
        Assert.That(analyzer.Analyze("Harbour cranes stood idle all week.").Tokens.Length, Is.EqualTo(6));
        return new WeakReference(analyzer);
    }

    [Test]
    public void AnAnalysisCancelledHalfwayLeavesTheNextOneOnTheThreadExact()
    {
        // A filter that cancels the analysis after it has seen 3,000 new words: the thread's word table is left with
        // part of a document. The next analysis on the same thread must equal one on a thread that has seen nothing.
        using var cancellation = new CancellationTokenSource();
        var filter = new CancellingFilter(cancellation, after: 3000);
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English, StopWordList.Default, [filter], stem: true);
        string words = string.Join(" ", Enumerable.Range(0, 20_000).Select(i => "v" + i.ToString(CultureInfo.InvariantCulture) + "w"));
        string text = "Harbour cranes stood idle. " + words + ". The harbour reopened.";
        string next = "The cranes moved again. " + string.Join(" ", Enumerable.Range(0, 60).Select(i => "v" + (i * 7).ToString(CultureInfo.InvariantCulture) + "w")) + ". Harbour lorries queued.";

        Document[] results = OnFreshThread(() =>
        {
            Assert.Throws<OperationCanceledException>(() => analyzer.Analyze(text, cancellation.Token));
            return new[] { analyzer.Analyze(next) };
        });
        Document expected = OnFreshThread(() => analyzer.Analyze(next));

        Assert.That(results[0].Tokens.ToArray(), Is.EqualTo(expected.Tokens.ToArray()));
        Assert.That(Enumerable.Range(0, results[0].Vocabulary.Count).Select(t => results[0].Vocabulary[t]),
            Is.EqualTo(Enumerable.Range(0, expected.Vocabulary.Count).Select(t => expected.Vocabulary[t])));
    }

    private sealed class CancellingFilter(CancellationTokenSource cancellation, int after) : TokenFilter
    {
        private int _seen;

        public override string? Apply(string word)
        {
            if (Interlocked.Increment(ref _seen) == after)
                cancellation.Cancel();
            return word;
        }
    }

    private static T OnFreshThread<T>(Func<T> work)
    {
        T result = default!;
        var thread = new Thread(() => result = work());
        thread.Start();
        thread.Join();
        return result;
    }

    [Test]
    public void TokensPointIntoTheOriginalText()
    {
        const string text = "  Mr. Smith   arrived.\n\nHe left.";
        Document document = English.Analyze(text);
        Assert.That(document.Sentences, Has.Count.EqualTo(2));
        foreach (Token token in document.Tokens)
            Assert.That(text.Substring(token.Span.Start, token.Span.Length), Does.Match(@"^\w+$"));
        Assert.That(document.GetText(0), Is.EqualTo("Mr. Smith   arrived."));
    }

    [Test]
    public void LanguageNoneOnlyFoldsCase()
    {
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.None);
        Document document = analyzer.Analyze("The Runners ran.");
        Assert.That(Terms(document, 0), Is.EqualTo(new[] { "the", "runners", "ran" }));
    }

    [Test]
    public void GermanUsesGermanStopWordsAndStemmer()
    {
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.German);
        Document document = analyzer.Analyze("Die Häuser und das Haus.");
        string?[] terms = Terms(document, 0);
        Assert.That(terms[0], Is.Null);
        Assert.That(terms[1], Is.EqualTo(terms[4]), "Häuser and Haus share a stem");
    }

    [Test]
    public void ResultDoesNotDependOnCurrentCulture()
    {
        const string text = "ISTANBUL Is Inside India. Istanbul is big.";
        string?[] Analyze() => Terms(English.Analyze(text), 0);
        string?[] invariant = Analyze();
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            Assert.That(Analyze(), Is.EqualTo(invariant));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.That(invariant[0], Is.EqualTo("istanbul"));
    }

    [Test]
    public void RejectsUndefinedLanguage() =>
        Assert.That(() => new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, (Language)999),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("language"));

    [Test]
    public void CancellationIsHonoured()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.That(() => English.Analyze("One. Two.", cts.Token), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void TheExtendedStopListAlsoRemovesEnglishFunctionWords()
    {
        const string text = "Its owners were all very pleased with the boat.";
        var extended = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English, StopWordList.Extended);
        Assert.That(extended.StopWords, Is.EqualTo(StopWordList.Extended));
        Assert.That(Terms(English.Analyze(text), 0), Is.EqualTo(new[] { "it", "owner", "were", "all", "veri", "pleas", null, null, "boat" }));
        Assert.That(Terms(extended.Analyze(text), 0), Is.EqualTo(new[] { null, "owner", null, null, null, "pleas", null, null, "boat" }));
    }

    [Test]
    public void TheExtendedStopListIsTheDefaultOneOutsideEnglish()
    {
        const string text = "Les propriétaires du bateau étaient très contents.";
        var extended = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.French, StopWordList.Extended);
        var standard = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.French);
        Assert.That(Terms(extended.Analyze(text), 0), Is.EqualTo(Terms(standard.Analyze(text), 0)));
    }

    [Test]
    public void RejectsAnUnknownStopList() =>
        Assert.That(() => new SummarizerPipelineBuilder().UseStopWords((StopWordList)7).Build(),
            Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("stopWords"));

    [TestCase(-1)]
    [TestCase(2)]
    public void SentenceIndexOutOfRangeThrowsNamingTheParameter(int index)
    {
        Document document = English.Analyze("One sentence. Two sentences.");
        Assert.That(() => document.GetText(index), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("sentenceIndex"));
        Assert.That(() => document.GetTokens(index).Length, Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("sentenceIndex"));
    }

    private static (string Text, string? Term, TokenKind Kind)[] Analysed(TextAnalyzer analyzer, string text)
    {
        Document document = analyzer.Analyze(text);
        return document.Tokens.ToArray()
            .Select(t => (text.Substring(t.Span.Start, t.Span.Length), t.IsStopWord ? null : document.Vocabulary[t.TermId], t.Kind))
            .ToArray();
    }

    [Test]
    public void UrlsEmailsAndMentionsAreFoldedButNotStemmedOrStopListed()
    {
        var tokens = Analysed(English, "Running at https://Example.org/Running by Jane.Doe@Example.org with @WHO and @nasa.");
        Assert.That(tokens.Where(t => t.Kind != TokenKind.Word), Is.EqualTo(new[]
        {
            ("https://Example.org/Running", "https://example.org/running", TokenKind.Url),
            ("Jane.Doe@Example.org", "jane.doe@example.org", TokenKind.Email),
            ("@WHO", "@who", TokenKind.Mention),
            ("@nasa", "@nasa", TokenKind.Mention),
        }));
        Assert.That(tokens[0].Term, Is.EqualTo("run"), "ordinary words are still stemmed");
    }

    [Test]
    public void AHashtagSharesItsTermWithThePlainWord()
    {
        Document document = English.Analyze("#Elections matter. The elections were held.");
        Token hashtag = document.GetTokens(0)[0];
        Token word = document.GetTokens(1)[1];
        Assert.That(hashtag.Kind, Is.EqualTo(TokenKind.Hashtag));
        Assert.That(word.Kind, Is.EqualTo(TokenKind.Word));
        Assert.That(hashtag.TermId, Is.EqualTo(word.TermId));
        Assert.That(document.Vocabulary[hashtag.TermId], Is.EqualTo("elect"));
    }

    [Test]
    public void NumbersAreKeptAsWritten()
    {
        var tokens = Analysed(English, "It cost 1,000,000 dollars at 12:30 in 2019, about 3.14 each, for 2 MP3s.");
        Assert.That(tokens.Where(t => t.Kind == TokenKind.Number).Select(t => t.Term), Is.EqualTo(new[] { "1,000,000", "12:30", "2019", "3.14", "2" }));
        Assert.That(tokens.Single(t => t.Text == "MP3s").Kind, Is.EqualTo(TokenKind.Word), "a word with digits is a word");
    }

    [Test]
    public void AHyphenatedWordGivesOneTokenPerPartSpanningTheOriginalText()
    {
        const string text = "The decision-makers use state-of-the-art tools. The makers stayed.";
        var tokens = Analysed(English, text);
        Assert.That(tokens.Select(t => t.Text), Is.EqualTo(new[] { "The", "decision", "makers", "use", "state", "of", "the", "art", "tools", "The", "makers", "stayed" }));
        Document document = English.Analyze(text);
        Assert.That(document.GetTokens(0)[2].TermId, Is.EqualTo(document.GetTokens(1)[1].TermId), "the compound's last part matches the plain word");
        Assert.That(document.GetTokens(0)[1].Span, Is.EqualTo(new TextSpan(4, 8)));
        Assert.That(document.GetWordCount(0), Is.EqualTo(9));
    }

    [Test]
    public void UrlsAndEmailsWithHyphensAreNotSplit()
    {
        var tokens = Analysed(English, "Mail jean-luc@star-fleet.org or see https://my-site.example/a-b now.");
        Assert.That(tokens.Select(t => t.Text), Is.EqualTo(new[] { "Mail", "jean-luc@star-fleet.org", "or", "see", "https://my-site.example/a-b", "now" }));
    }

    [Test]
    public void TypographicApostrophesAndHyphensFoldToAscii()
    {
        Document document = English.Analyze("Don’t re‑use it. Don't re-use it.");
        Assert.That(document.GetTokens(0).ToArray().Select(t => t.TermId), Is.EqualTo(document.GetTokens(1).ToArray().Select(t => t.TermId)));
    }

    [Test]
    public void FrenchElidedArticlesAreRemovedFromTheTerm()
    {
        var french = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.French);
        Document document = french.Analyze("L'homme est là. Un homme arrive. Qu'il vienne.");
        Assert.That(document.GetTokens(0)[0].TermId, Is.EqualTo(document.GetTokens(1)[1].TermId), "l'homme and homme share a term");
        Assert.That(document.GetTokens(2)[0].IsStopWord, "qu'il is the stop word il");
        Assert.That(document.GetText(0).AsSpan(document.GetTokens(0)[0].Span.Start, document.GetTokens(0)[0].Span.Length).ToString(), Is.EqualTo("L'homme"),
            "the token still spans the whole written word");
    }

    [Test]
    public void EnglishApostrophesAreNotTreatedAsElision()
    {
        var tokens = Analysed(English, "O'Neill and l'avenue");
        Assert.That(tokens.Select(t => t.Term), Is.EqualTo(new[] { "o'neil", null, "l'avenu" }));
    }

    [Test]
    public void CombiningAccentStaysInTheTerm()
    {
        var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.None);
        var tokens = Analysed(analyzer, "Cafe\u0301 cafe");
        Assert.That(tokens.Select(t => t.Term), Is.EqualTo(new[] { "cafe\u0301", "cafe" }));
    }

    [Test]
    public void ArabicIsNormalizedStemmedAndStopListed()
    {
        var arabic = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.Arabic);
        // "the book" (definite article), "books" with a suffix-free plural aside, "and the book" (conjunction + article),
        // and the stop word "in"; the fatha on the first word is removed by normalization.
        Document document = arabic.Analyze("الكَتاب في الكتاب والكتاب");
        ReadOnlySpan<Token> tokens = document.GetTokens(0);
        Assert.That(tokens[1].IsStopWord);
        Assert.That(document.Vocabulary[tokens[0].TermId], Is.EqualTo("كتاب"));
        Assert.That(tokens[0].TermId, Is.EqualTo(tokens[2].TermId));
        Assert.That(tokens[0].TermId, Is.EqualTo(tokens[3].TermId));
    }
    [Test]
    public void TheWordTablesCharacterComparisonAgreesWithSequenceEqual()
    {
        // The table compares remembered words with its own unrolled loop; it must answer as SequenceEqual does for
        // every length (the loop has separate paths under 2, under 4 and from 4 characters) and every differing place.
        var random = new Random(17);
        for (int length = 0; length <= 40; length++)
        {
            char[] a = new char[length];
            for (int i = 0; i < length; i++)
                a[i] = (char)random.Next(0x20, 0x3000);
            Assert.That(SurfaceTable.SameChars(a, (char[])a.Clone()), Is.True, $"equal, length {length}");
            for (int place = 0; place < length; place++)
            {
                char[] b = (char[])a.Clone();
                b[place] = (char)(b[place] ^ (1 << random.Next(16)));
                Assert.That(SurfaceTable.SameChars(a, b), Is.EqualTo(a.AsSpan().SequenceEqual(b)), $"length {length}, differing at {place}");
            }
        }
    }
    [Test]
    public void TheWordTablesHashSpreadsWordsOverTheTable()
    {
        // The table places words by the low bits of this hash with linear probing: words that differ anywhere, in any
        // of the four characters read at once or only in length, must land apart, or look-ups degrade into long probes.
        var words = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(23);
        while (words.Count < 40_000)
        {
            int length = random.Next(1, 16);
            var chars = new char[length];
            for (int i = 0; i < length; i++)
                chars[i] = (char)('a' + random.Next(26));
            words.Add(new string(chars));
        }

        for (int i = 0; i < 5_000; i++)
            words.Add($"item{i}"); // differing in the last characters only
        for (int length = 1; length <= 40; length++)
            words.Add(new string('e', length)); // differing in length only

        int[] buckets = new int[1 << 16];
        var hashes = new HashSet<uint>();
        foreach (string word in words)
        {
            uint hash = SurfaceTable.Hash(word);
            hashes.Add(hash);
            buckets[hash & 0xFFFF]++;
        }

        Assert.That(hashes.Count, Is.GreaterThan(words.Count * 0.999), "distinct words, distinct hashes");
        Assert.That(buckets.Max(), Is.LessThanOrEqualTo(12), "about 45,000 words over 65,536 places: a random spread puts at most 7 or 8 in one");
    }

    [TestCase("x-ray", new[] { "x", "ray" })]
    [TestCase("co\u2010op", new[] { "co", "op" })]
    [TestCase("e\u2011mail", new[] { "e", "mail" })]
    [TestCase("a-b-c-d", new[] { "a", "b", "c", "d" })]
    [TestCase("sea-lane", new[] { "sea", "lane" })]
    [TestCase("seawater-", new[] { "seawater" })]
    [TestCase("tide", new[] { "tide" })] // no hyphen of its own; the texts put one two characters after it
    public void AHyphenatedWordGivesItsPartsWhereverItStands(string word, string[] parts)
    {
        // Short words are checked for hyphens eight characters at once, except near the end of the text: a word must
        // give the same parts at the end of a text, in its middle, before a long tail, and before a dash that is not its own.
        foreach (string text in new[] { word, "Then " + word + ".", "The " + word + " results came back from the lab late on Friday.", "The " + word + " - a dash after it, then more words." })
        {
            int start = text.IndexOf(word, StringComparison.Ordinal);
            Document document = English.Analyze(text);
            string[] found = document.Tokens.ToArray()
                .Where(t => t.Span.Start >= start && t.Span.End <= start + word.Length)
                .Select(t => t.Span.Slice(text).ToString()).ToArray();
            Assert.That(found, Is.EqualTo(parts), $"'{word}' in '{text}'");
        }
    }

    [TestCase("A new infor-\nmation desk.", "infor-\nmation")]
    [TestCase("A new infor-\r\n   mation desk.", "infor-\r\n   mation")]
    [TestCase("A new infor\u2010\nmation desk.", "infor\u2010\nmation")]
    public void AWordHyphenatedAtALineEndIsOneToken(string text, string joined)
    {
        Token[] tokens = English.Analyze(text).Tokens.ToArray();
        Assert.That(tokens.Select(t => t.Span.Slice(text).ToString()), Does.Contain(joined));
        Assert.That(tokens, Has.Length.EqualTo(4));
    }

    [TestCase("A new infor- mation desk.", "infor", "mation")] // no line break
    [TestCase("Route 7-\nseven desk.", "7", "seven")]        // a digit before the hyphen
    [TestCase("The Rio-\nGrande desk.", "Rio", "Grande")]    // a capital after the break
    [TestCase("A new infor-\n- mation desk.", "infor", "mation")] // a dash between
    public void OtherHyphensAtALineEndKeepTwoWords(string text, string first, string second)
    {
        string[] words = English.Analyze(text).Tokens.ToArray().Select(t => t.Span.Slice(text).ToString()).ToArray();
        Assert.That(words, Does.Contain(first).And.Contain(second));
    }
}
