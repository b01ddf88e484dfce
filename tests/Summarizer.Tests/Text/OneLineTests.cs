using Summarizer.Text;

namespace Summarizer.Tests.Text;

/// <summary>
/// A sentence of a wrapped text shown on one line: each line break and the white space around it becomes one space,
/// nothing inside Chinese, Japanese or Thai text, and nothing after a word's hyphen at a line end; no other character changes.
/// </summary>
public class OneLineTests
{
    [TestCase("the town's bridge\nhas been closed", "the town's bridge has been closed")]
    [TestCase("the town's bridge\r\nhas been closed", "the town's bridge has been closed")]
    [TestCase("the town's bridge   \n      has been closed", "the town's bridge has been closed")]
    [TestCase("the town's bridge\n\n\thas been closed", "the town's bridge has been closed")]
    [TestCase("line one\u2028line two", "line one line two")]
    [TestCase("No break here.", "No break here.")]
    [TestCase("Two  spaces stay.", "Two  spaces stay.")]
    public void LineBreaksAndTheirIndentationBecomeOneSpace(string sentence, string expected) =>
        Assert.That(OneLine.Of(sentence), Is.EqualTo(expected));

    [TestCase("这座建筑始\n建于上世纪。", "这座建筑始建于上世纪。")]
    [TestCase("けが人は\r\nいませんでした。", "けが人はいませんでした。")]
    [TestCase("価格は\n　上がった。", "価格は上がった。")]
    [TestCase("价格上涨了\n5%。", "价格上涨了 5%。")]
    [TestCase("รัฐบาลประกาศ\nมาตรการใหม่", "รัฐบาลประกาศมาตรการใหม่")]
    public void TextWrittenWithoutSpacesJoinsWithoutOne(string sentence, string expected) =>
        Assert.That(OneLine.Of(sentence), Is.EqualTo(expected));

    [Test]
    public void KoreanWordsKeepTheSpaceTheirLineBreakStoodFor() =>
        Assert.That(OneLine.Of("서울시는 오늘\n새로운 교통 정책을\n발표했다."), Is.EqualTo("서울시는 오늘 새로운 교통 정책을 발표했다."));

    [TestCase("peak discharge was on aver-\nage 23% lower", "peak discharge was on aver-age 23% lower")]
    [TestCase("a well-\n   known problem", "a well-known problem")]
    [TestCase("ein Gemeinde-\nrat", "ein Gemeinde-rat")]
    [TestCase("the soft\u00AD\nhyphen", "the soft\u00ADhyphen")]
    public void AWordHyphenatedAtALineEndKeepsItsHyphenAndLosesTheBreak(string sentence, string expected) =>
        Assert.That(OneLine.Of(sentence), Is.EqualTo(expected));

    [TestCase("the vote -\nwhich few expected - passed", "the vote - which few expected - passed")]
    [TestCase("rose 4-\n5 points", "rose 4- 5 points")]
    [TestCase("the North-\nSouth line", "the North- South line")]
    [TestCase("a dash--\nthen more", "a dash-- then more")]
    public void AHyphenThatDoesNotJoinTwoPartsOfAWordKeepsTheSpace(string sentence, string expected) =>
        Assert.That(OneLine.Of(sentence), Is.EqualTo(expected));

    [Test]
    public void OnlyWhiteSpaceChanges()
    {
        string[] sentences =
        [
            "The council voted\r\n  on Tuesday to re-\nopen the old\tmill,\n\n which closed in 1952.",
            "新しい駅は\n来年春に\r\n開業する予定だ。",
            "A line that ends in a space \nand one that does not\nend so.",
        ];
        foreach (string sentence in sentences)
        {
            string line = OneLine.Of(sentence);
            Assert.That(line, Does.Not.Contain('\n').And.Not.Contain('\r'), sentence);
            Assert.That(WithoutWhiteSpace(line), Is.EqualTo(WithoutWhiteSpace(sentence)), sentence);
        }

        static string WithoutWhiteSpace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
    }

    [Test]
    public void TheSummarysSentencesOfAWrappedArticleReadAsOneLineEach()
    {
        string text = string.Join("\n\n",
            "The harbour authority said on Monday that the old ferry pier, closed since a storm\n"
            + "damaged its pilings last winter, will reopen in June after repairs costing about\n"
            + "two million euros.",
            "Engineers replaced forty of the wooden pilings with steel ones and rebuilt the\n"
            + "landing stage. The ferry company plans to restore its hourly crossing to the\n"
            + "island as soon as the pier reopens.",
            "Residents of the island had complained that the only other crossing, from the\n"
            + "industrial port, added an hour to every trip to the mainland hospital.");
        Summary summary = new SummarizerPipelineBuilder().Build().Summarize(text, SummaryLength.Sentences(2));
        Assert.That(summary.Sentences, Has.Count.EqualTo(2));
        foreach (ScoredSentence sentence in summary.Sentences)
        {
            string line = OneLine.Of(sentence.Text);
            Assert.That(line, Does.Not.Contain('\n'));
            Assert.That(line, Does.Not.Contain("  "));
            Assert.That(text.Replace("\n", " "), Does.Contain(line), "the line is the sentence with its breaks made spaces");
        }
    }

    [Test]
    public void NullIsRejected() => Assert.Throws<ArgumentNullException>(() => OneLine.Of(null!));
}
