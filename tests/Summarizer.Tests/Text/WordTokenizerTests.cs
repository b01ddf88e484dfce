using Summarizer.Text;

namespace Summarizer.Tests.Text;

public class WordTokenizerTests
{
    private static string[] Words(string text)
    {
        var spans = new List<TextSpan>();
        WordTokenizer.Instance.Tokenize(text, new TextSpan(0, text.Length), spans);
        return spans.Select(s => text.Substring(s.Start, s.Length)).ToArray();
    }

    [Test]
    public void SplitsOnPunctuationAndWhitespace() =>
        Assert.That(Words("Hello, world -- it's (really) here!"), Is.EqualTo(new[] { "Hello", "world", "it's", "really", "here" }));

    [Test]
    public void KeepsDecimalsAndThousandsTogether() =>
        Assert.That(Words("GDP grew 3.5% to $21,400 in 2019."), Is.EqualTo(new[] { "GDP", "grew", "3.5", "to", "21,400", "in", "2019" }));

    [Test]
    public void KeepsInnerApostrophesButNotQuotes() =>
        Assert.That(Words("'Don’t go,' said O'Neill."), Is.EqualTo(new[] { "Don’t", "go", "said", "O'Neill" }));

    [Test]
    public void SplitsHyphenatedWords() =>
        Assert.That(Words("a well-known fact"), Is.EqualTo(new[] { "a", "well", "known", "fact" }));

    [Test]
    public void HandlesCombiningMarksAndSupplementaryLetters()
    {
        // "café" with a combining acute accent, then a letter outside the Basic Multilingual Plane, then an emoji.
        string text = "cafe\u0301 \U0001D400bc \U0001F600 ok";
        Assert.That(Words(text), Is.EqualTo(new[] { "cafe\u0301", "\U0001D400bc", "ok" }));
    }

    [Test]
    public void SpansAreRelativeToTheWholeText()
    {
        const string text = "First part. Second part.";
        var spans = new List<TextSpan>();
        WordTokenizer.Instance.Tokenize(text, new TextSpan(12, 12), spans);
        Assert.That(spans, Is.EqualTo(new[] { new TextSpan(12, 6), new TextSpan(19, 4) }));
    }

    [Test]
    public void RejectsSpanOutsideText() =>
        Assert.That(() => WordTokenizer.Instance.Tokenize("abc", new TextSpan(2, 5), new List<TextSpan>()),
            Throws.InstanceOf<ArgumentOutOfRangeException>());

    [Test]
    public void ChineseAndJapaneseCharactersAreTokensOfTheirOwn()
    {
        Assert.That(Words("我爱北京。"), Is.EqualTo(new[] { "我", "爱", "北", "京" }));
        Assert.That(Words("東京タワーへ行く"), Is.EqualTo(new[] { "東", "京", "タ", "ワ", "ー", "へ", "行", "く" }));
        Assert.That(Words("Apple公司2024年"), Is.EqualTo(new[] { "Apple", "公", "司", "2024", "年" }));
    }
}
