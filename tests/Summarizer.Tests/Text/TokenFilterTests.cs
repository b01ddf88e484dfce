using System.Collections.Concurrent;
using Summarizer.Analysis;
using Summarizer.Tests.Multilingual;
using Summarizer.Text;

namespace Summarizer.Tests.Text;

public class TokenFilterTests
{
    /// <summary>A stemmer of its own: strips a final "s" and nothing else, and counts the words it is given.</summary>
    private sealed class PluralStemmer : TokenFilter
    {
        public ConcurrentDictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

        public override string? Apply(string word)
        {
            Calls.AddOrUpdate(word, 1, static (_, n) => n + 1);
            return word.Length > 1 && word.EndsWith('s') ? word[..^1] : word;
        }
    }

    /// <summary>A stop list of its own, on top of the language's.</summary>
    private sealed class StopList(params string[] words) : TokenFilter
    {
        private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);

        public override string? Apply(string word) => _words.Contains(word) ? null : word;
    }

    private static string?[] Terms(Document document) =>
        document.Tokens.ToArray().Select(t => t.IsStopWord ? null : document.Vocabulary[t.TermId]).ToArray();

    [Test]
    public void ACustomStemmerReplacesTheLanguagesStemmer()
    {
        var stemmer = new PluralStemmer();
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().AddTokenFilter(stemmer).UseStemming(false).Build();

        Document document = pipeline.Analyze("Runners kept running. The runners RUNS tracks.");

        // Snowball would give "runner", "kept", "run", ...; this stemmer only drops the plural "s".
        Assert.That(Terms(document), Is.EqualTo(new[] { "runner", "kept", "running", null, "runner", "run", "track" }));
        Assert.That(pipeline.Analyzer.Filters, Is.EqualTo(new TokenFilter[] { stemmer }));
        Assert.That(pipeline.Analyzer.Stems, Is.False);
    }

    [Test]
    public void AFilterRunsOncePerDistinctWordOfAnAnalyzer()
    {
        var stemmer = new PluralStemmer();
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().AddTokenFilter(stemmer).UseStemming(false).Build();

        pipeline.Analyze("Runners kept running. Runners kept running.");
        pipeline.Analyze("RUNNERS kept Running again.");

        Assert.That(stemmer.Calls, Is.EquivalentTo(new Dictionary<string, int> { ["runners"] = 1, ["kept"] = 1, ["running"] = 1, ["again"] = 1 }));
    }

    [Test]
    public void ACustomStopListRemovesItsWordsAndTheLanguagesStemmerStillRuns()
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().AddTokenFilter(new StopList("city", "again")).Build();

        Document document = pipeline.Analyze("Flooding hit the city. The City flooded again.");

        // "the" is the language's stop word, "city" and "again" this list's; the rest is stemmed by Snowball as before.
        Assert.That(Terms(document), Is.EqualTo(new[] { "flood", "hit", null, null, null, null, "flood", null }));
        Assert.That(pipeline.Analyzer.Stems, Is.True);
    }

    [Test]
    public void FiltersRunInOrderAndAStoppedHashtagKeepsItsWord()
    {
        // The stop list sees the stemmer's output: "tracks" becomes "track", which the list removes; a hashtag is never
        // a stop word, so "#tracks" keeps its word as written.
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder()
            .AddTokenFilter(new PluralStemmer())
            .AddTokenFilter(new StopList("track"))
            .UseStemming(false)
            .Build();

        Document document = pipeline.Analyze("Tracks and #tracks beside the track.");

        Assert.That(Terms(document), Is.EqualTo(new[] { null, null, "tracks", "beside", null, null }));
    }

    [Test]
    public void WithoutFiltersTheAnalysisIsTheDefaultOne()
    {
        const string text = "The Runners are running to the RUNNING track. Flooding hit the city.";
        Document plain = new SummarizerPipelineBuilder().Build().Analyze(text);
        Document filtered = new SummarizerPipelineBuilder().UseStemming(true).Build().Analyze(text);

        Assert.That(Terms(filtered), Is.EqualTo(Terms(plain)));
    }

    [Test]
    public void AnAnalyzerForADetectedLanguageKeepsTheFilters()
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder()
            .UseLanguageDetection()
            .AddTokenFilter(new StopList("grünau"))
            .Build();

        Document document = pipeline.Analyze(MultilingualArticles.German);

        Assert.That(document.Language, Is.EqualTo(Language.German));
        Assert.That(document.Vocabulary.TryGetId("grünau", out _), Is.False);
        Assert.That(document.Vocabulary.TryGetId("hauptbahnhof", out _), Is.True);
    }

    [Test]
    public void ANullFilterIsRefused()
    {
        Assert.That(() => new SummarizerPipelineBuilder().AddTokenFilter(null!), Throws.ArgumentNullException);
    }
}
