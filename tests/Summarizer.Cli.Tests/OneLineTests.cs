namespace Summarizer.Cli.Tests;

/// <summary>The commands print each sentence on one line (see Summarizer.Text.OneLine for the rules).</summary>
public class OneLineTests
{
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

    [Test]
    public void TheSummaryOfAHyphenatedCopyPrintsEachSentenceWholeOnOneLine()
    {
        // A page copied from a typeset report: words divided at line ends, lines indented.
        const string text = """
              Across the nine districts, the number of households connected to the
              new heating network rose by a third in two years, most of them in
              older blocks where the gas boilers had reached the end of their ser-
              vice life.

              The operator attributes the growth to the fixed connection fee intro-
              duced in 2023 and to the subsidy for replacing boilers. Complaints
              about heating costs fell over the same period.
            """;
        var result = CliRunner.Run(text, "-", "-n", "3");
        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Has.Length.EqualTo(3), result.Out);
        Assert.That(result.Lines, Does.Contain(
            "Across the nine districts, the number of households connected to the new heating network rose by a third in two years, "
            + "most of them in older blocks where the gas boilers had reached the end of their ser-vice life."), result.Out);
        Assert.That(result.Lines, Has.None.Contains("  "), "no run of spaces from a line's indentation");
    }
}
