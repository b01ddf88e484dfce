using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// A line that opens with a reply or forward prefix ("Re: ", "Fwd: ", German "AW: ") is a thread's subject: a heading,
/// even when it ends in a question mark, so a summary of the thread is made of its answers.
/// </summary>
public class ReplySubjectTests
{
    private static readonly RuleBasedSentenceSplitter Splitter = new(new SentenceSplitterOptions());

    private const string Answers = """

        Posted by stonewaller, 4 March

        Had the same thing happen to ours two winters ago. The problem is nearly always the footings: if they were laid on
        soil rather than on firm subsoil, water gets under them and the whole face slumps outwards.

        Posted by clayfield, 5 March

        On clay, dig deeper and put a layer of crushed stone under the footings so that the water can drain away.
        """;

    [TestCase("Re: Dry stone wall collapsed after the storm - any advice?")]
    [TestCase("RE: Dry stone wall collapsed after the storm, advice please!")]
    [TestCase("Fwd: Dry stone wall collapsed after the storm - any advice?")]
    [TestCase("AW: Trockenmauer nach dem Sturm eingestürzt - was tun?")]
    public void AReplySubjectIsAHeading(string subject)
    {
        string text = subject + "\n" + Answers;
        var sentences = Splitter.Split(text);
        Assert.That(sentences[0].GetText(text), Is.EqualTo(subject));
        Assert.That(sentences[0].IsHeading, Is.True);
        Assert.That(sentences.Skip(1).Where(s => s.GetText(text).StartsWith("On clay", StringComparison.Ordinal)).Single().IsHeading, Is.False);

        Summary summary = TextSummarizer.Default.Summarize(text, SummaryLength.Sentences(2));
        Assert.That(summary.Sentences.Select(s => s.Text), Has.None.EqualTo(subject));
    }

    [TestCase("Re: the point raised at the last meeting, the council has now replied in writing.")]
    [TestCase("AW: We started the repairs in the spring of 1998, after the second flood.")]
    [TestCase("Record numbers: more walkers than ever used the coast path this summer?")]
    public void OnlyALineOfItsOwnWithThePrefixAndASpaceIsASubject(string line)
    {
        // Inside a paragraph, "Re:" opens an ordinary sentence; "Record" only starts like "Re"; a speaker with the
        // initials of a prefix ends the turn with a period, as a subject does not.
        foreach (string text in new[] { "The harbour committee met on Monday. " + line + "\n", "The harbour committee met on Monday.\n" + line + "\n" })
        {
            Assert.That(Splitter.Split(text).All(s => !s.IsHeading), Is.True, text);
        }
    }
}
