using Summarizer.Layout;

namespace Summarizer.Extensions.DependencyInjection.Tests;

/// <summary>The options are parsed into the library's one settings type; these tests pin what each option means there.</summary>
public class SettingsMappingTests
{
    [Test]
    public void DependencyInjectionOptionsMeanTheSameSettings()
    {
        var options = new SummarizerOptions { Language = "auto", Algorithm = "lexrank", Layout = LayoutMode.Prose, DefaultLengthUnit = SummaryLengthUnit.Ratio, DefaultLength = 0.2 };

        Assert.That(PipelineFactory.ToSettings(options), Is.EqualTo(new SummarizerSettings
        {
            Language = null,
            Algorithm = "lexrank",
            Layout = LayoutMode.Prose,
            DefaultLength = SummaryLength.Ratio(0.2),
        }));
    }

    [Test]
    public void TheDefaultsMeanTheLibrarysDefaultSettings() =>
        Assert.That(PipelineFactory.ToSettings(new SummarizerOptions()), Is.EqualTo(SummarizerSettings.Default));
}
