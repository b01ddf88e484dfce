namespace Summarizer.Evaluation.Tests;

public class RougeTokenizerTests
{
    [Test]
    public void Tokenize_LowerCasesAndDropsPunctuation()
    {
        Assert.That(RougeTokenizer.Tokenize("THE CAT -- sat, on; the MAT!!!", useStemmer: false),
            Is.EqualTo(new[] { "the", "cat", "sat", "on", "the", "mat" }));
    }

    [Test]
    public void Tokenize_SplitsNumbersAtEveryNonAlphanumericCharacter()
    {
        Assert.That(RougeTokenizer.Tokenize("GDP grew 3.5% to $21.4bn in 2019.", useStemmer: false),
            Is.EqualTo(new[] { "gdp", "grew", "3", "5", "to", "21", "4bn", "in", "2019" }));
    }

    [Test]
    public void Tokenize_DropsAccentedLetters()
    {
        Assert.That(RougeTokenizer.Tokenize("Café naïve Zürich", useStemmer: false),
            Is.EqualTo(new[] { "caf", "na", "ve", "z", "rich" }));
    }

    [Test]
    public void Tokenize_SplitsAtApostrophes()
    {
        Assert.That(RougeTokenizer.Tokenize("Don't stop – it’s fine", useStemmer: false),
            Is.EqualTo(new[] { "don", "t", "stop", "it", "s", "fine" }));
    }

    [Test]
    public void Tokenize_KeepsTheTwoNonAsciiLettersThatPythonLowerCasesToAscii()
    {
        // U+212A KELVIN SIGN lower-cases to "k"; U+0130 to "i" plus a combining dot, which splits the word.
        Assert.That(RougeTokenizer.Tokenize("\u212Aelvin \u0130stanbul", useStemmer: false),
            Is.EqualTo(new[] { "kelvin", "i", "stanbul" }));
    }

    [Test]
    public void Tokenize_StemsOnlyTokensLongerThanThreeCharacters()
    {
        Assert.That(RougeTokenizer.Tokenize("Cats was running dies", useStemmer: true),
            Is.EqualTo(new[] { "cat", "was", "run", "die" }));
    }

    [Test]
    public void Tokenize_GivesNothingForPunctuationAndSpace()
    {
        Assert.That(RougeTokenizer.Tokenize(" ... -- !!\n\t", useStemmer: true), Is.Empty);
    }

    [Test]
    public void TokenizeLines_SplitsOnNewlinesOnlyAndDropsLinesWithoutTokens()
    {
        List<List<string>> lines = RougeTokenizer.TokenizeLines("A b. C\n\n  --\r\nd e", useStemmer: false);

        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines[0], Is.EqualTo(new[] { "a", "b", "c" }));
        Assert.That(lines[1], Is.EqualTo(new[] { "d", "e" }));
    }
}
