using Summarizer.Segmentation;
using Summarizer.Text;

namespace Summarizer.Tests.Segmentation;

/// <summary>The contract a custom splitter gets from its base class: indices set for it, broken spans refused.</summary>
public class CustomSplitterTests
{
    /// <summary>One sentence a line, with every index left at zero.</summary>
    private sealed class LineSplitter : SentenceSplitter
    {
        protected override void SplitCore(string text, List<Sentence> sentences, CancellationToken cancellationToken)
        {
            int start = 0;
            foreach (string line in text.Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    int lead = line.Length - line.TrimStart().Length;
                    sentences.Add(new Sentence(new TextSpan(start + lead, line.Trim().Length), 0));
                }

                start += line.Length + 1;
            }
        }
    }

    /// <summary>Returns its sentences in reverse order.</summary>
    private sealed class BackwardsSplitter : SentenceSplitter
    {
        protected override void SplitCore(string text, List<Sentence> sentences, CancellationToken cancellationToken)
        {
            sentences.Add(new Sentence(new TextSpan(text.Length / 2, text.Length - text.Length / 2), 0));
            sentences.Add(new Sentence(new TextSpan(0, text.Length / 2), 1));
        }
    }

    private const string Notes = "Buy bread\nCall the plumber about the leak\n\n  Return the library books";

    [Test]
    public void TheBaseClassNumbersTheSentences()
    {
        IReadOnlyList<Sentence> sentences = new LineSplitter().Split(Notes);
        Assert.Multiple(() =>
        {
            Assert.That(sentences.Select(s => s.Index), Is.EqualTo(new[] { 0, 1, 2 }));
            Assert.That(sentences.Select(s => s.GetText(Notes)), Is.EqualTo(new[] { "Buy bread", "Call the plumber about the leak", "Return the library books" }));
        });
    }

    [Test]
    public void ACustomSplitterDrivesThePipeline()
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseSentenceSplitter(new LineSplitter()).Build();
        Document document = pipeline.Analyze(Notes);
        Assert.That(document.Sentences.Select(s => s.Index), Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public void SpansOutOfOrderAreRefusedWithTheSplittersName()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new BackwardsSplitter().Split("One sentence here. Another one there."));
        Assert.That(error!.Message, Does.StartWith("BackwardsSplitter returned sentence 1"));
    }
}
