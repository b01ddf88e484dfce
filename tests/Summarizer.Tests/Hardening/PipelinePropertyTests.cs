using CsCheck;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Hardening;

/// <summary>
/// Property-based tests over generated hostile text (see <see cref="TextGen"/>): whatever the input, every pipeline
/// returns a valid summary and keeps its guarantees (see <see cref="SummaryInvariants"/>). Reproducible by default;
/// <c>SUMMARIZER_PROPERTY_ITERATIONS</c> and <c>SUMMARIZER_PROPERTY_SEED</c> run more cases or other ones.
/// </summary>
public class PipelinePropertyTests
{
    private static readonly Gen<(string Text, SummaryLength Length, int Pipeline)> Cases =
        Gen.Select(TextGen.Document(), TextGen.Length, Gen.Int[0, SummaryInvariants.Pipelines.Length - 1]);

    private static string Print((string Text, SummaryLength Length, int Pipeline) c) => $"pipeline {c.Pipeline}, {c.Length}, text {PropertyRunner.Printable(c.Text)}";

    [Test]
    public void EveryPipelineKeepsItsGuaranteesOnAnyText() =>
        PropertyRunner.ForAll(Cases, c => SummaryInvariants.Check(SummaryInvariants.Pipelines[c.Pipeline], c.Text, c.Length), defaultIterations: 300, Print);

    [Test]
    public void TheSplitterKeepsItsGuaranteesOnAnyText() =>
        PropertyRunner.ForAll(Gen.Select(TextGen.Document(), Gen.Bool, Gen.OneOf("en", "de", "fr", "ru", "el", "ar", "fa", "hy", "zh", "hi", "und")), c =>
        {
            var splitter = new RuleBasedSentenceSplitter(new SentenceSplitterOptions { Language = c.Item3, JoinWrappedLines = c.Item2 });
            SummaryInvariants.CheckDocument(c.Item1, splitter.Split(c.Item1), c.Item3);
        }, defaultIterations: 500, c => $"{c.Item3}, join {c.Item2}: {PropertyRunner.Printable(c.Item1)}");

    [Test]
    public void LongGeneratedDocumentsKeepTheGuarantees() =>
        PropertyRunner.ForAll(Gen.Select(TextGen.Document(4000), TextGen.Length), c => SummaryInvariants.Check(TextSummarizer.Default, c.Item1, c.Item2), defaultIterations: 20,
            c => $"{c.Item2}: {PropertyRunner.Printable(c.Item1)}");
}
