using Summarizer.Text;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>The main rules of the rule-based splitter, on small texts written for these tests.</summary>
public class RuleBasedSentenceSplitterTests
{
    private static string[] Split(string text, string language = "en") =>
        Splitter(language).Split(text).Select(s => s.GetText(text)).ToArray();

    private static RuleBasedSentenceSplitter Splitter(string language) =>
        language == "en" ? RuleBasedSentenceSplitter.Instance : new RuleBasedSentenceSplitter(new SentenceSplitterOptions { Language = language });

    [Test]
    public void EndsSentencesAtPeriodsQuestionAndExclamationMarks() =>
        Assert.That(Split("The river rose overnight. Did the bridge hold? It did!"),
            Is.EqualTo(new[] { "The river rose overnight.", "Did the bridge hold?", "It did!" }));

    [TestCase("Ms. Okafor met Dr. Lindqvist at noon.")]
    [TestCase("The report by Prof. Haas was cited, e.g. in the appendix.")]
    [TestCase("Send it to Acme Corp. before Friday.")]
    [TestCase("The U.S. Senate passed the bill.")]
    [TestCase("The novel is by J. R. Hartley and sold well.")]
    [TestCase("See p. 14 and No. 7 in the catalogue.")]
    public void AbbreviationsTitlesAndInitialsDoNotEndASentence(string text) =>
        Assert.That(Split(text), Is.EqualTo(new[] { text }));

    [Test]
    public void AnAbbreviationEndsASentenceBeforeACapitalisedWord() =>
        Assert.That(Split("We bought bolts, nuts, washers etc. The shop was closing. She moved to the U.S. The weather was better."),
            Is.EqualTo(new[] { "We bought bolts, nuts, washers etc.", "The shop was closing.", "She moved to the U.S.", "The weather was better." }));

    [Test]
    public void TimesEndASentenceOnlyBeforeACapital() =>
        Assert.That(Split("The ferry leaves at 7 a.m. and returns at 9 p.m. Tickets sell out early."),
            Is.EqualTo(new[] { "The ferry leaves at 7 a.m. and returns at 9 p.m.", "Tickets sell out early." }));

    [TestCase("The loan costs $1,250.75 a month at 4.5 per cent.")]
    [TestCase("Write to help.desk@example.org or visit https://example.org/faq.html for details.")]
    [TestCase("Version 2.10.3 fixed the crash at 10:45.")]
    public void NumbersPricesUrlsAndEmailsStayWhole(string text) =>
        Assert.That(Split(text), Is.EqualTo(new[] { text }));

    [Test]
    public void ClosingQuotesAndBracketsStayWithTheirSentence() =>
        Assert.That(Split("He shouted, \"Run!\" Nobody moved. (The alarm was a drill.) Later they laughed."),
            Is.EqualTo(new[] { "He shouted, \"Run!\"", "Nobody moved.", "(The alarm was a drill.)", "Later they laughed." }));

    [Test]
    public void PunctuationInsideAQuotationDoesNotEndTheSentence() =>
        Assert.That(Split("She read the sign \"Stop. Go back.\" and turned around."),
            Is.EqualTo(new[] { "She read the sign \"Stop. Go back.\" and turned around." }));

    [Test]
    public void AQuestionBeforeALowerCaseWordContinues() =>
        Assert.That(Split("\"Where to?\" asked the driver. We told him."),
            Is.EqualTo(new[] { "\"Where to?\" asked the driver.", "We told him." }));

    [Test]
    public void EllipsesContinueBeforeLowerCaseAndEndBeforeCapitals() =>
        Assert.That(Split("We waited... and waited. Then... Nothing happened."),
            Is.EqualTo(new[] { "We waited... and waited.", "Then...", "Nothing happened." }));

    [Test]
    public void InlineNumberedListItemsAreSentencesWithTheirMarkers() =>
        Assert.That(Split("Pack three things: 1. A torch 2. A map 3. Some water"),
            Is.EqualTo(new[] { "Pack three things:", "1. A torch", "2. A map", "3. Some water" }));

    [Test]
    public void ALoneNumberedLineKeepsItsMarker() =>
        Assert.That(Split("1. Preheat the oven.\n2. Grease the tin."), Is.EqualTo(new[] { "1. Preheat the oven.", "2. Grease the tin." }));

    [Test]
    public void LineAndParagraphBreaksEndSentences() =>
        Assert.That(Split("Weather warnings\nStorms are expected tonight.\n\nRoads may close"),
            Is.EqualTo(new[] { "Weather warnings", "Storms are expected tonight.", "Roads may close" }));

    [Test]
    public void CarriageReturnLineFeedsAreLineBreaks()
    {
        const string text = "First line\r\nSecond line ends here.\r\n\r\nThird one.";
        IReadOnlyList<Sentence> sentences = RuleBasedSentenceSplitter.Instance.Split(text);
        Assert.That(sentences.Select(s => s.GetText(text)), Is.EqualTo(new[] { "First line", "Second line ends here.", "Third one." }));
        Assert.That(sentences.Select(s => s.GetText(text)).Any(s => s.Contains('\r') || s.Contains('\n')), Is.False);
    }

    [Test]
    public void TextWithoutPunctuationIsSplitByLinesOrKeptWhole()
    {
        Assert.That(Split("no punctuation here at all just words"), Is.EqualTo(new[] { "no punctuation here at all just words" }));
        Assert.That(Split("first line\nsecond line\n"), Is.EqualTo(new[] { "first line", "second line" }));
    }

    [Test]
    public void ShortLinesWithoutFinalPunctuationAreHeadings()
    {
        const string text = "Storm Hits Coast\nThe storm reached the coast on Monday. Thousands lost power.\nPrevious Article\nNext Article";
        IReadOnlyList<Sentence> sentences = RuleBasedSentenceSplitter.Instance.Split(text);
        Assert.That(sentences.Select(s => (s.GetText(text), s.IsHeading)), Is.EqualTo(new[]
        {
            ("Storm Hits Coast", true),
            ("The storm reached the coast on Monday.", false),
            ("Thousands lost power.", false),
            ("Previous Article", true),
            ("Next Article", true),
        }));
    }

    [Test]
    public void ALongLineWithoutFinalPunctuationIsNoHeading()
    {
        const string text = "this line has no final punctuation but it runs on for far more words than any title or navigation link would";
        Assert.That(RuleBasedSentenceSplitter.Instance.Split(text).Single().IsHeading, Is.False);
    }

    [Test]
    public void WrappedLinesCanBeJoined()
    {
        var splitter = new RuleBasedSentenceSplitter(new SentenceSplitterOptions { JoinWrappedLines = true });
        const string text = "The committee met in the\nmorning and voted.\nResults follow.";
        Assert.That(splitter.Split(text).Select(s => s.GetText(text)), Is.EqualTo(new[] { "The committee met in the\nmorning and voted.", "Results follow." }));
    }

    [Test]
    public void SpansAreExactTrimmedAndOrdered()
    {
        const string text = "  Hello there.   How are you?\n\n  Fine, thanks!  ";
        IReadOnlyList<Sentence> sentences = RuleBasedSentenceSplitter.Instance.Split(text);
        Assert.That(sentences.Select(s => s.Span), Is.EqualTo(new[] { TextSpan.FromBounds(2, 14), TextSpan.FromBounds(17, 29), TextSpan.FromBounds(33, 46) }));
        Assert.That(sentences.Select(s => s.Index), Is.EqualTo(new[] { 0, 1, 2 }));
    }

    [Test]
    public void BlankTextHasNoSentences()
    {
        Assert.That(RuleBasedSentenceSplitter.Instance.Split(""), Is.Empty);
        Assert.That(RuleBasedSentenceSplitter.Instance.Split(" \n\t "), Is.Empty);
    }

    [Test]
    public void GermanAbbreviationsAndOrdinals() =>
        Assert.That(Split("Wir treffen uns am 3. März, d. h. in zwei Wochen. Bring z. B. Kuchen mit.", "de"),
            Is.EqualTo(new[] { "Wir treffen uns am 3. März, d. h. in zwei Wochen.", "Bring z. B. Kuchen mit." }));

    [Test]
    public void SpanishInvertedMarks() =>
        Assert.That(Split("¿Vienes mañana? ¡Claro que sí! Llego a las ocho.", "es"),
            Is.EqualTo(new[] { "¿Vienes mañana?", "¡Claro que sí!", "Llego a las ocho." }));

    [Test]
    public void RussianAbbreviationsBeforeCapitals() =>
        Assert.That(Split("Он родился в 1950 г. в Москве. В 1975 г. Иванов переехал.", "ru"),
            Is.EqualTo(new[] { "Он родился в 1950 г. в Москве.", "В 1975 г. Иванов переехал." }));

    [TestCase("ja", "今日は晴れです。明日は雨でしょう！本当ですか？", new[] { "今日は晴れです。", "明日は雨でしょう！", "本当ですか？" })]
    [TestCase("zh", "他来了。「你好。」她说。", new[] { "他来了。", "「你好。」她说。" })]
    // Chinese print quotes with “”: after 。 a “ opens the next sentence's quotation, a ” closes the one before.
    [TestCase("zh", "工程明年开工。“我们不能再等了，”局长说。", new[] { "工程明年开工。", "“我们不能再等了，”局长说。" })]
    [TestCase("zh", "他说：“雨太大了。”“那就明天再去吧。”她回答。", new[] { "他说：“雨太大了。”", "“那就明天再去吧。”她回答。" })]
    [TestCase("hi", "मैं घर जा रहा हूँ। तुम कहाँ हो?", new[] { "मैं घर जा रहा हूँ।", "तुम कहाँ हो?" })]
    [TestCase("ar", "هل أنت بخير؟ أنا بخير.", new[] { "هل أنت بخير؟", "أنا بخير." })]
    [TestCase("ur", "میں ٹھیک ہوں۔ آپ کیسے ہیں؟", new[] { "میں ٹھیک ہوں۔", "آپ کیسے ہیں؟" })]
    [TestCase("hy", "Որտե՞ղ ես։ Տանն եմ։", new[] { "Որտե՞ղ ես։", "Տանն եմ։" })]
    [TestCase("am", "ሰላም ነህ፧ደህና ነኝ።", new[] { "ሰላም ነህ፧", "ደህና ነኝ።" })]
    [TestCase("my", "နေကောင်းလား။ကောင်းပါတယ်။", new[] { "နေကောင်းလား။", "ကောင်းပါတယ်။" })]
    [TestCase("el", "Τι ώρα είναι; Είναι αργά.", new[] { "Τι ώρα είναι;", "Είναι αργά." })]
    public void TerminatorsOfOtherScripts(string language, string text, string[] expected) =>
        Assert.That(Split(text, language), Is.EqualTo(expected));

    [Test]
    public void TheGreekSemicolonIsAQuestionMarkOnlyInGreek() =>
        Assert.That(Split("Bring bread; we have cheese."), Is.EqualTo(new[] { "Bring bread; we have cheese." }));

    [Test]
    public void UnknownLanguagesUseNeutralRulesAndRegionsAreIgnored()
    {
        var swahili = new RuleBasedSentenceSplitter(new SentenceSplitterOptions { Language = "sw" });
        Assert.That(swahili.Split("Habari yako? Nzuri sana.").Count, Is.EqualTo(2));
        var british = new RuleBasedSentenceSplitter(new SentenceSplitterOptions { Language = "en-GB" });
        Assert.That(british.Split("Mr. Brown left.").Count, Is.EqualTo(1));
        Assert.That(british.Language, Is.EqualTo("en-GB"));
    }

    [Test]
    public void RejectsInvalidOptions()
    {
        Assert.That(() => new RuleBasedSentenceSplitter(null!), Throws.ArgumentNullException);
        Assert.That(() => new RuleBasedSentenceSplitter(new SentenceSplitterOptions { Language = null! }), Throws.ArgumentNullException);
        Assert.That(() => new RuleBasedSentenceSplitter(new SentenceSplitterOptions { MaxHeadingWords = -1 }), Throws.InstanceOf<ArgumentOutOfRangeException>());
        Assert.That(RuleBasedSentenceSplitter.SupportedLanguages, Does.Contain("en").And.Contain("de"));
    }

    [TestCase("Copper is a metal. [4] It conducts heat well.", "Copper is a metal. [4]", "It conducts heat well.")]
    [TestCase("Glaciers retreated after 1850.[2][5] [7] The trend continues.", "Glaciers retreated after 1850.[2][5] [7]", "The trend continues.")]
    [TestCase("The vote was close! [12] Turnout rose.", "The vote was close! [12]", "Turnout rose.")]
    [TestCase("Rates fell in May. [3, 8-10] Lenders reacted.", "Rates fell in May. [3, 8-10]", "Lenders reacted.")]
    public void CitationMarkersAfterTheTerminatorBelongToTheSentenceThatEnds(string text, string first, string second) =>
        Assert.That(Split(text), Is.EqualTo(new[] { first, second }));

    [TestCase("He said no. [3] and left the room.")]
    [TestCase("The array a[1] is set to zero.")]
    [TestCase("Set x[2] and y[3] before the loop.")]
    public void BracketedNumbersThatAreNoCitationsSplitNothing(string text) =>
        Assert.That(Split(text), Is.EqualTo(new[] { text }));
}
