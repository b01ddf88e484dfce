using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// A sentence of six words or more that a text repeats word for word is a copy (a forum post quoting the one it answers,
/// an e-mail's quoted message, a pull quote): the first keeps its place as content, the copies are not content, so what
/// the sentence says is not counted twice. Short lines that recur in their own right stay.
/// </summary>
public class RepeatedSentenceTests
{
    private static readonly RuleBasedSentenceSplitter Splitter = new(new SentenceSplitterOptions());

    private static (string Text, bool NotContent)[] Split(string text) =>
        Splitter.Split(text).Select(s => (s.GetText(text), s.IsHeading)).ToArray();

    private const string Question = "How deep did you have to dig for the footings?";

    [Test]
    public void AQuotedPostIsNotContentWhereItIsQuoted()
    {
        string thread = "Posted by stonewaller\n\nTake the wall down to its footings and check them before you rebuild anything.\n\n"
            + "Posted by marshharrier\n\n" + Question + "\n\n"
            + "Posted by clayfield\n\nQuote:\n" + Question + "\n\nSame question here, our wall stands on heavy clay.\n";
        var sentences = Split(thread);
        var copies = sentences.Select((s, k) => (s, k)).Where(p => p.s.Text == Question).ToArray();
        Assert.That(copies, Has.Length.EqualTo(2));
        Assert.That(copies[0].s.NotContent, Is.False, "the question where it is asked");
        Assert.That(copies[1].s.NotContent, Is.True, "the question where it is quoted");
        Assert.That(sentences.Where(s => s.Text.StartsWith("Same question", StringComparison.Ordinal)).Single().NotContent, Is.False);
    }

    [Test]
    public void ACopyIsFoundWhereverItStands()
    {
        // A pull quote may stand before the paragraph it comes from, or after it, or inside a line with other sentences.
        const string quote = "We rebuilt the whole wall in three weekends without a single machine.";
        const string other = "The village hall will host a talk on the work in April.";
        foreach (string text in new[]
        {
            quote + "\n\n" + other + " " + quote + "\n",
            other + " " + quote + "\n\n" + quote + "\n",
            other + " " + quote + " The wall is now listed.\n\n" + quote + "\n",
        })
        {
            var sentences = Split(text);
            Assert.That(sentences.Count(s => s.Text == quote && !s.NotContent), Is.EqualTo(1), text);
            Assert.That(sentences.Where(s => s.Text == quote).First().NotContent, Is.False, "the first copy stays: " + text);
            Assert.That(sentences.Where(s => s.Text != quote).All(s => !s.NotContent), Is.True, text);
        }
    }

    [TestCase("Thank you very much.")]
    [TestCase("What did the council say?")]
    [TestCase("Yes.")]
    public void ShortSentencesMayRecur(string line)
    {
        // A greeting, a short question or an answer recurs in a conversation without being a copy.
        string text = "The survey team met the council in March. " + line + "\nThe team met them again in May. " + line + "\n";
        Assert.That(Split(text).All(s => !s.NotContent), Is.True);
    }

    [Test]
    public void SentencesThatDifferInOneCharacterAreNotCopies()
    {
        const string text = "The river rose by two metres during the night of the storm.\nThe river rose by three metres during the night of the storm.\n";
        Assert.That(Split(text).All(s => !s.NotContent), Is.True);
    }
}
