namespace Summarizer.Evaluation.Tests;

/// <summary>
/// Stems from NLTK's documented behaviour of <c>PorterStemmer()</c> in its default NLTK_EXTENSIONS mode
/// (the values NLTK itself gives for these words).
/// </summary>
public class PorterStemmerTests
{
    [TestCase("running", "run")]
    [TestCase("generously", "gener")]
    [TestCase("caresses", "caress")]
    [TestCase("ponies", "poni")]
    [TestCase("flies", "fli")]
    [TestCase("denied", "deni")]
    [TestCase("agreed", "agre")]
    [TestCase("owned", "own")]
    [TestCase("humbled", "humbl")]
    [TestCase("sized", "size")]
    [TestCase("meeting", "meet")]
    [TestCase("stating", "state")]
    [TestCase("itemization", "item")]
    [TestCase("sensational", "sensat")]
    [TestCase("traditional", "tradit")]
    [TestCase("reference", "refer")]
    [TestCase("colonizer", "colon")]
    [TestCase("plotted", "plot")]
    [TestCase("relational", "relat")]
    [TestCase("electrical", "electr")]
    [TestCase("adoption", "adopt")]
    [TestCase("controlling", "control")]
    public void Stem_FollowsThePorterRules(string word, string expected)
    {
        Assert.That(PorterStemmer.Stem(word), Is.EqualTo(expected));
    }

    // The pool of irregular forms bypasses the algorithm in NLTK mode.
    [TestCase("dying", "die")]
    [TestCase("lying", "lie")]
    [TestCase("tying", "tie")]
    [TestCase("skies", "sky")]
    [TestCase("news", "news")]
    [TestCase("innings", "inning")]
    [TestCase("proceed", "proceed")]
    [TestCase("succeed", "succeed")]
    public void Stem_UsesTheIrregularFormsPool(string word, string expected)
    {
        Assert.That(PorterStemmer.Stem(word), Is.EqualTo(expected));
    }

    // NLTK extensions: four-letter -ies/-ied keep "ie"; y->i only after a consonant that is not the first
    // letter; -alli, -fulli and -logi rules in step 2.
    [TestCase("dies", "die")]
    [TestCase("ties", "tie")]
    [TestCase("died", "die")]
    [TestCase("happy", "happi")]
    [TestCase("enjoy", "enjoy")]
    [TestCase("spy", "spi")]
    [TestCase("conditionally", "condit")]
    [TestCase("hopefully", "hope")]
    [TestCase("archaeology", "archaeolog")]
    public void Stem_AppliesTheNltkExtensions(string word, string expected)
    {
        Assert.That(PorterStemmer.Stem(word), Is.EqualTo(expected));
    }

    [TestCase("is")]
    [TestCase("ox")]
    [TestCase("a")]
    [TestCase("")]
    public void Stem_LeavesWordsOfAtMostTwoCharactersAlone(string word)
    {
        Assert.That(PorterStemmer.Stem(word), Is.EqualTo(word));
    }

    [Test]
    public void Stem_StemsThreeLetterWords_WhichRougeLeavesUnstemmed()
    {
        // NLTK stems "was" to "wa"; rouge_score never asks, since it stems only tokens longer than 3.
        Assert.That(PorterStemmer.Stem("was"), Is.EqualTo("wa"));
    }

    [Test]
    public void Stem_LowerCasesTheWord()
    {
        Assert.That(PorterStemmer.Stem("Running"), Is.EqualTo("run"));
    }

    [Test]
    public void Stem_RejectsNull()
    {
        Assert.That(() => PorterStemmer.Stem(null!),
            Throws.ArgumentNullException.With.Property(nameof(ArgumentException.ParamName)).EqualTo("word"));
    }
}
