using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>The search for the next line break, which every line of a text goes through, finds each kind of break first.</summary>
public class LineBreakSearchTests
{
    private static readonly char[] Breaks = ['\n', '\r', '\f', '\v', '\u2028', '\u2029', '\u0085'];

    [Test]
    public void FindsTheFirstBreakOfAnyKindInTextOfAnyScript()
    {
        // Random lines of ASCII, accented, Cyrillic and CJK letters with breaks of every kind in between: the search
        // must agree with a character-by-character scan, whichever kind of break comes first.
        const string letters = "abc XYZ é ж 日 ’ £ \u00A0";
        var random = new Random(11);
        for (int trial = 0; trial < 3000; trial++)
        {
            var text = new char[random.Next(0, 120)];
            for (int k = 0; k < text.Length; k++)
                text[k] = random.Next(12) == 0 ? Breaks[random.Next(Breaks.Length)] : letters[random.Next(letters.Length)];
            int expected = Array.FindIndex(text, Punctuation.IsLineBreak);
            Assert.That(Punctuation.IndexOfLineBreak(text), Is.EqualTo(expected), new string(text));
        }
    }

    [TestCase("no break at all, only words and a pound sign £", -1)]
    [TestCase("first line\u2028second line\nthird", 10)]
    [TestCase("first line\nsecond line\u2028third", 10)]
    [TestCase("\u0085", 0)]
    public void FindsTheBreakInPlainCases(string text, int expected) =>
        Assert.That(Punctuation.IndexOfLineBreak(text), Is.EqualTo(expected));
}
