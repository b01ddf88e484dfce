using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Weighting;

public class IdfModelTests
{
    private static readonly TextAnalyzer Analyzer = new(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);
    private static readonly string[] Corpus = ["The cat sat.", "A cat and a dog.", "Dogs run fast.", "Rain fell."];

    [Test]
    public void FitCountsDocumentsPerStem()
    {
        IdfModel model = IdfModel.Fit(Corpus, Analyzer);
        Assert.That(model.DocumentCount, Is.EqualTo(4));
        Assert.That(model.GetDocumentFrequency("cat"), Is.EqualTo(2));
        Assert.That(model.GetDocumentFrequency("dog"), Is.EqualTo(2));
        Assert.That(model.GetDocumentFrequency("the"), Is.Zero, "stop words are not counted");
        Assert.That(model.GetIdf("rain"), Is.EqualTo(Math.Log(5.0 / 2.0) + 1).Within(1e-12));
    }

    [Test]
    public void SaveAndLoadRoundTripByteForByte()
    {
        IdfModel model = IdfModel.Fit(Corpus, Analyzer);
        var first = new StringWriter();
        model.Save(first);
        IdfModel loaded = IdfModel.Load(new StringReader(first.ToString()));
        var second = new StringWriter();
        loaded.Save(second);
        Assert.That(second.ToString(), Is.EqualTo(first.ToString()));
        Assert.That(first.ToString(), Does.StartWith("summarizer-idf 1\nlanguage English\ndocuments 4\n"));
        Assert.That(loaded.GetDocumentFrequency("cat"), Is.EqualTo(2));
    }

    [Test]
    public void MergeOfShardsEqualsFitOnWholeCorpus()
    {
        IdfModel whole = IdfModel.Fit(Corpus, Analyzer);
        IdfModel merged = IdfModel.Merge([IdfModel.Fit(Corpus[..2], Analyzer), IdfModel.Fit(Corpus[2..], Analyzer)]);
        var a = new StringWriter();
        var b = new StringWriter();
        whole.Save(a);
        merged.Save(b);
        Assert.That(b.ToString(), Is.EqualTo(a.ToString()));
    }

    [Test]
    public void LoadRejectsMalformedInputWithTheLine()
    {
        Assert.That(() => IdfModel.Load(new StringReader("hello")), Throws.InstanceOf<InvalidDataException>().With.Message.Contains("line 1"));
        Assert.That(() => IdfModel.Load(new StringReader("summarizer-idf 1\nlanguage English\ndocuments 2\ncat\t5\n")),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("Line 4"));
    }

    [Test]
    public void MergeRejectsMixedLanguages()
    {
        var german = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.German);
        Assert.That(() => IdfModel.Merge([IdfModel.Fit(Corpus, Analyzer), IdfModel.Fit(["Hallo Welt."], german)]),
            Throws.ArgumentException.With.Property("ParamName").EqualTo("models"));
    }

    [Test]
    public void PipelineRejectsModelOfAnotherLanguage()
    {
        IdfModel model = IdfModel.Fit(Corpus, Analyzer);
        Assert.That(() => new SummarizerPipelineBuilder().UseLanguage(Language.French).UseTfIdf(model).Build(),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void FitForALanguageMatchesTheDefaultPipelinesAnalysis()
    {
        string[] corpus = ["Dr. Smith runs the clinics. Running is healthy.", "The clinic opened.", "Runners ran."];
        IdfModel model = IdfModel.Fit(corpus);
        IdfModel viaPipeline = IdfModel.Fit(corpus, new SummarizerPipelineBuilder().Build().Analyzer);
        var a = new StringWriter();
        var b = new StringWriter();
        model.Save(a);
        viaPipeline.Save(b);
        Assert.That(a.ToString(), Is.EqualTo(b.ToString()));
        Assert.That(model.GetDocumentFrequency("clinic"), Is.EqualTo(2), "stemmed: clinics and clinic");
        Assert.That(IdfModel.Fit(["Der Rat stimmte."], Language.German).Language, Is.EqualTo(Language.German));
    }

    [Test]
    public void LoadRejectsAnotherFormatVersion() =>
        Assert.That(() => IdfModel.Load(new StringReader("summarizer-idf 2\nlanguage English\ndocuments 0\n")),
            Throws.InstanceOf<InvalidDataException>().With.Message.Contains("summarizer-idf 1"));
}
