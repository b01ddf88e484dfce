namespace Summarizer.Cli.Tests;

/// <summary>A sentence printed on one line: a line break inside it becomes a space, except between CJK characters.</summary>
public class OneLineTests
{
    [TestCase("the town's bridge\nhas been closed", "the town's bridge has been closed")]
    [TestCase("the town's bridge\r\nhas been closed", "the town's bridge has been closed")]
    [TestCase("这座建筑始\n建于上世纪。", "这座建筑始建于上世纪。")]
    [TestCase("けが人は\r\nいませんでした。", "けが人はいませんでした。")]
    [TestCase("价格上涨了\n5%。", "价格上涨了 5%。")]
    [TestCase("No break here.", "No break here.")]
    public void LineBreaksBecomeSpacesExceptInsideCjkText(string sentence, string expected) =>
        Assert.That(OneLine.Of(sentence), Is.EqualTo(expected));

    [Test]
    public void TheSentencesCommandPrintsAWrappedChineseSentenceWithoutSpaces()
    {
        // Three paragraphs wrapped at 76 columns (38 wide characters a line): the breaks inside sentences are soft.
        string[] paragraphs =
        [
            "城东的老菜市场经过一年半的改造，本周六重新开门迎客。新市场保留了原来的木结构屋顶，同时加装了通风系统和无障碍通道。开业当天，不少老顾客一大早就来排队。",
            "市场管理处表示，原有的一百二十个摊位全部回迁，摊主的租金在头两年保持不变。附近居民说，他们盼这一天已经盼了很久，早上买菜终于不用再跑到三公里外的超市了。",
            "改造工程由区政府出资约三千万元，其中一部分用于修复市场门口的石板路和两侧的排水沟。施工期间，摊主们在附近一所中学的操场上临时摆摊。",
        ];
        string text = string.Join("\n\n", paragraphs.Select(p => string.Join("\n", p.Chunk(38).Select(c => new string(c)))));
        var result = CliRunner.Run(text, "sentences", "-", "-l", "zh");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Does.Contain("新市场保留了原来的木结构屋顶，同时加装了通风系统和无障碍通道。"), result.Out);
        Assert.That(result.Lines, Has.None.Contains(" "), "no space where a line was broken");
    }
}
