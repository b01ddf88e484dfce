using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Extensions.DependencyInjection;
using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Layout;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Extensions.DependencyInjection.Tests;

public class AddSummarizerTests
{
    private const string Article = """
        The Harbor City council voted on Tuesday to build a flood barrier along the Alder River.
        The barrier will protect the Riverside district, which flooded three times in ten years.
        A bakery on Main Street changed its opening hours last week.
        Engineers say the flood barrier will include channels that carry river water into a wetland.
        Construction of the barrier begins in the spring and should end by 2028.
        """;

    private static ServiceProvider Provider(Action<IServiceCollection> register)
    {
        var services = new ServiceCollection();
        register(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Test]
    public void ResolvesOneSingletonPipelineAsISummarizer()
    {
        using ServiceProvider provider = Provider(s => s.AddSummarizer());
        ISummarizer first = provider.GetRequiredService<ISummarizer>();
        using IServiceScope scope = provider.CreateScope();
        Assert.That(scope.ServiceProvider.GetRequiredService<ISummarizer>(), Is.SameAs(first));
        Assert.That(provider.GetRequiredService<SummarizerPipeline>(), Is.SameAs(first));
        Assert.That(first.Summarize(Article, SummaryLength.Sentences(2)).Sentences, Has.Count.EqualTo(2));
    }

    [Test]
    public void OptionsBoundFromConfigurationAreHonoured()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Language"] = "de",
            ["Summarizer:Algorithm"] = "textrank",
            ["Summarizer:DefaultLengthUnit"] = "Ratio",
            ["Summarizer:DefaultLength"] = "0.5",
        }).Build();
        using ServiceProvider provider = Provider(s => s
            .Configure<SummarizerOptions>(configuration.GetSection(SummarizerOptions.SectionName))
            .AddSummarizer());

        var pipeline = provider.GetRequiredService<SummarizerPipeline>();
        Assert.That(pipeline.Analyzer.Language, Is.EqualTo(Language.German));
        Assert.That(pipeline.Ranker, Is.InstanceOf<TextRankRanker>());
        Assert.That(provider.GetRequiredService<IOptions<SummarizerOptions>>().Value.GetDefaultLength(), Is.EqualTo(SummaryLength.Ratio(0.5)));
    }

    [Test]
    public void CodeConfigurationOfThePipelineRunsAfterTheOptions()
    {
        using ServiceProvider provider = Provider(s => s
            .AddSummarizer(o => o.Algorithm = "lexrank", builder => builder.UseRedundancyFilter(0.3))
            .AddSummarizer(builder => builder.UseLanguage(Language.French)));

        var pipeline = provider.GetRequiredService<SummarizerPipeline>();
        Assert.That(pipeline.Ranker, Is.InstanceOf<LexRankRanker>());
        Assert.That(pipeline.Selection.MaxSimilarity, Is.EqualTo(0.3));
        Assert.That(pipeline.Analyzer.Language, Is.EqualTo(Language.French), "every AddSummarizer call's configuration applies, in order");
    }

    [Test]
    public void ACorpusIdfModelFromThePathIsUsed()
    {
        string path = Path.Combine(Path.GetTempPath(), $"di-{Guid.NewGuid():N}.idf");
        try
        {
            var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.English);
            IdfModel.Fit(["The river rose.", "The council met."], analyzer).Save(path);
            using ServiceProvider provider = Provider(s => s.AddSummarizer(o => o.IdfPath = path));
            var pipeline = provider.GetRequiredService<SummarizerPipeline>();
            Assert.That(pipeline.Vectorizer.Options.Idf, Is.Not.Null);
            Assert.That(pipeline.Vectorizer.Options.Idf!.DocumentCount, Is.EqualTo(2));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void LayoutModeIsConfigured()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Summarizer:Layout"] = "Prose",
        }).Build();
        using ServiceProvider configured = Provider(s => s
            .Configure<SummarizerOptions>(configuration.GetSection(SummarizerOptions.SectionName))
            .AddSummarizer());
        using ServiceProvider byDefault = Provider(s => s.AddSummarizer());
        using ServiceProvider named = Provider(s => s.AddSummarizer(o => { o.Algorithm = "lexrank"; o.Layout = LayoutMode.LineList; }));

        string reviews = TestTexts.KettleReviewList;
        Assert.Multiple(() =>
        {
            Assert.That(configured.GetRequiredService<SummarizerPipeline>().LineLists.Layout, Is.EqualTo(LayoutMode.Prose));
            Assert.That(configured.GetRequiredService<ISummarizer>().Summarize(reviews, SummaryLength.Sentences(2)).Layout, Is.EqualTo(TextLayout.Prose));
            Assert.That(byDefault.GetRequiredService<ISummarizer>().Summarize(reviews, SummaryLength.Sentences(2)).Layout, Is.EqualTo(TextLayout.LineList));
            Assert.That(named.GetRequiredService<SummarizerPipeline>().LineLists.Layout, Is.EqualTo(LayoutMode.Prose), "named methods rank as published");
        });
    }

    [Test]
    public void InvalidOptionsGiveOneErrorNamingEverySetting()
    {
        using ServiceProvider provider = Provider(s => s.AddSummarizer(o =>
        {
            o.Language = "xx";
            o.Algorithm = "magic";
            o.DefaultLength = 2.5;
            o.IdfPath = "/no/such/model.idf";
            o.Layout = (LayoutMode)9;
        }));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ISummarizer>());
        Assert.That(error!.Failures.Count(), Is.EqualTo(5));
        Assert.That(error.Message, Does.Contain("Summarizer:Layout '9'"));
        Assert.That(error.Message, Does.Contain("Summarizer:Language 'xx'"));
        Assert.That(error.Message, Does.Contain("Summarizer:Algorithm 'magic'"));
        Assert.That(error.Message, Does.Contain("Summarizer:DefaultLength 2.5"));
        Assert.That(error.Message, Does.Contain("Summarizer:IdfPath '/no/such/model.idf' does not exist"));
    }

    [Test]
    public void AnIdfModelOfAnotherLanguageIsAClearError()
    {
        string path = Path.Combine(Path.GetTempPath(), $"di-{Guid.NewGuid():N}.idf");
        try
        {
            var analyzer = new TextAnalyzer(RuleBasedSentenceSplitter.Instance, WordTokenizer.Instance, Language.German);
            IdfModel.Fit(["Der Fluss stieg."], analyzer).Save(path);
            using ServiceProvider provider = Provider(s => s.AddSummarizer(o => o.IdfPath = path));
            Assert.That(() => provider.GetRequiredService<ISummarizer>(),
                Throws.InvalidOperationException.With.Message.Contains("could not be built").And.Message.Contains("German"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
