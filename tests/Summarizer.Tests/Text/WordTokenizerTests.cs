using Summarizer.Text;
using Summarizer.Analysis;

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
    public void KeepsNumbersWithSeveralSeparatorsAndTimesWhole() =>
        Assert.That(Words("1,000,000 people, pi is 3.14159, at 12:30 on 29.11.2026: done 7."),
            Is.EqualTo(new[] { "1,000,000", "people", "pi", "is", "3.14159", "at", "12:30", "on", "29.11.2026", "done", "7" }));

    [Test]
    public void SeparatorsNotBetweenDigitsSplit() =>
        Assert.That(Words("Items 1, 2 and 3. Then 4,five 6.x y:7"), Is.EqualTo(new[] { "Items", "1", "2", "and", "3", "Then", "4", "five", "6", "x", "y", "7" }));

    [Test]
    public void KeepsInnerApostrophesButNotQuotes() =>
        Assert.That(Words("'Don’t go,' said O'Neill."), Is.EqualTo(new[] { "Don’t", "go", "said", "O'Neill" }));

    [Test]
    public void KeepsElisionsAndPossessivesWhole() =>
        Assert.That(Words("l'homme d’affaires, the dogs' bowls and Anna's 'quoted' rock'n'roll"),
            Is.EqualTo(new[] { "l'homme", "d’affaires", "the", "dogs", "bowls", "and", "Anna's", "quoted", "rock'n'roll" }));

    [Test]
    public void KeepsHyphenatedWordsWhole() =>
        Assert.That(Words("a well-known, state-of-the-art COVID-19 test for 9-year-olds"),
            Is.EqualTo(new[] { "a", "well-known", "state-of-the-art", "COVID-19", "test", "for", "9-year-olds" }));

    [Test]
    public void LeadingTrailingAndDoubledHyphensAreNotPartOfWords() =>
        Assert.That(Words("-leading trailing- double--hyphen pre- and post-war – dash—em"),
            Is.EqualTo(new[] { "leading", "trailing", "double", "hyphen", "pre", "and", "post-war", "dash", "em" }));

    [Test]
    public void UnicodeHyphensJoinLikeTheAsciiOne() =>
        Assert.That(Words("non\u2010trivial and non\u2011breaking"), Is.EqualTo(new[] { "non\u2010trivial", "and", "non\u2011breaking" }));

    [TestCase("See https://example.org/a/b?c=1&d=2#top for more.", "https://example.org/a/b?c=1&d=2#top")]
    [TestCase("Visit www.bbc.co.uk/news, then leave.", "www.bbc.co.uk/news")]
    [TestCase("(Source: http://example.com/report.pdf).", "http://example.com/report.pdf")]
    [TestCase("It is at https://en.wikipedia.org/wiki/Rust_(programming_language).", "https://en.wikipedia.org/wiki/Rust_(programming_language)")]
    [TestCase("Download ftp://files.example.net/pub/data.csv!", "ftp://files.example.net/pub/data.csv")]
    [TestCase("HTTPS://EXAMPLE.ORG/Path?", "HTTPS://EXAMPLE.ORG/Path")]
    [TestCase("Go to \"https://example.org/x\" now", "https://example.org/x")]
    public void KeepsUrlsWholeWithoutTrailingPunctuation(string text, string url) =>
        Assert.That(Words(text), Does.Contain(url).And.None.Contains(url + "."));

    [Test]
    public void UrlIsOneTokenAmongOrdinaryWords() =>
        Assert.That(Words("See https://example.org/a, or not."), Is.EqualTo(new[] { "See", "https://example.org/a", "or", "not" }));

    [Test]
    public void SchemeWithoutHostIsJustAWord() =>
        Assert.That(Words("the http:// prefix and www. alone"), Is.EqualTo(new[] { "the", "http", "prefix", "and", "www", "alone" }));

    [Test]
    public void KeepsEmailAddressesWhole() =>
        Assert.That(Words("Write to jane.doe+news@mail.example.co.uk. Or to info@bbc.com, not to foo@bar or @ alone."),
            Is.EqualTo(new[] { "Write", "to", "jane.doe+news@mail.example.co.uk", "Or", "to", "info@bbc.com", "not", "to", "foo", "bar", "or", "alone" }));

    [Test]
    public void KeepsHashtagsAndMentionsWhole() =>
        Assert.That(Words("#Brexit news from @nasa and @ESA_Ops: #COVID19 #1 C# #_ (#tag)."),
            Is.EqualTo(new[] { "#Brexit", "news", "from", "@nasa", "and", "@ESA_Ops", "#COVID19", "1", "C", "#tag" }));

    [Test]
    public void AnEmailLocalPartIsAtMost64Characters()
    {
        string longest = new string('a', 30) + "." + new string('b', 33); // 64 characters, as SMTP allows
        string tooLong = longest + "c";
        Assert.Multiple(() =>
        {
            Assert.That(Words($"Mail {longest}@example.org today."), Is.EqualTo(new[] { "Mail", longest + "@example.org", "today" }));
            Assert.That(Words($"Mail {tooLong}@example.org today."), Does.Not.Contain(tooLong + "@example.org"));
        });
    }

    [Test]
    public void TextWithoutSpacesButWithPeriodsIsTokenizedWordByWord()
    {
        // Unspaced runs such as "abc.def.ghi..." once made every word rescan the rest of the run for an e-mail's '@'.
        string run = string.Concat(Enumerable.Repeat("kora.lima", 3000));
        string[] words = Words(run);
        Assert.That(words, Has.Length.EqualTo(3001));
        Assert.That(words[0], Is.EqualTo("kora"));
        Assert.That(words[1..^1], Is.All.EqualTo("limakora"));
        Assert.That(words[^1], Is.EqualTo("lima"));
    }

    [Test]
    public void EmojiAndSymbolsAreNotTokens()
    {
        // A ZWJ family, a thumbs-up with a skin tone, a heart with a variation selector, a keycap, a flag,
        // a dingbat, an emoji-presentation letter-like symbol, currency and maths symbols.
        string text = "ok \U0001F468\u200D\U0001F469\u200D\U0001F467 \U0001F44D\U0001F3FD \u2764\uFE0F 1\uFE0F\u20E3 #\uFE0F\u20E3 "
                      + "\U0001F1EC\U0001F1E7 \u2702 \u2139\uFE0F € £ ∑ ≠ ± \u00A9 fine";
        Assert.That(Words(text), Is.EqualTo(new[] { "ok", "fine" }));
    }

    [Test]
    public void EmojiBetweenWordsSeparatesThem() =>
        Assert.That(Words("good\U0001F600news and well\u2764\uFE0Fdone"), Is.EqualTo(new[] { "good", "news", "and", "well", "done" }));

    [Test]
    public void HandlesCombiningMarksAndSupplementaryLetters()
    {
        // "café" with a combining acute accent, then a letter outside the Basic Multilingual Plane, then an emoji.
        string text = "cafe\u0301 \U0001D400bc \U0001F600 ok";
        Assert.That(Words(text), Is.EqualTo(new[] { "cafe\u0301", "\U0001D400bc", "ok" }));
    }

    [Test]
    public void CombiningMarksStayWithTheirLetterAcrossJoiners() =>
        Assert.That(Words("nai\u0308ve re\u0301sume\u0301-writing l\u0301'x \u0301alone"),
            Is.EqualTo(new[] { "nai\u0308ve", "re\u0301sume\u0301-writing", "l\u0301'x", "alone" }));

    [Test]
    public void MathematicalAlphanumericsAreWholeCodePoints()
    {
        // 𝐱 (U+1D431) and 𝟐 (U+1D7D0, a digit) are surrogate pairs.
        string text = "\U0001D431\U0001D431 = \U0001D7D0 and \U0001D400-\U0001D401";
        string[] words = Words(text);
        Assert.That(words, Is.EqualTo(new[] { "\U0001D431\U0001D431", "\U0001D7D0", "and", "\U0001D400-\U0001D401" }));
        Assert.That(words.All(w => !char.IsLowSurrogate(w[0]) && !char.IsHighSurrogate(w[^1])), "no token splits a surrogate pair");
    }

    [Test]
    public void UnpairedSurrogatesAreNeverPartOfATokenAndNeverSplitAPair()
    {
        // A lone high surrogate inside a word, a lone low surrogate, and a high surrogate at the very end.
        string text = "ab\uD835cd \uDC00ef \U00020000\uD840";
        string[] words = Words(text);
        Assert.That(words, Is.EqualTo(new[] { "ab", "cd", "ef", "\U00020000" }));
    }

    [Test]
    public void SpanEndingInsideASurrogatePairDoesNotTakeHalfOfIt()
    {
        const string text = "x\U0001D400y";
        var spans = new List<TextSpan>();
        WordTokenizer.Instance.Tokenize(text, new TextSpan(0, 2), spans);
        Assert.That(spans, Is.EqualTo(new[] { new TextSpan(0, 1) }));
    }

    [Test]
    public void ZeroWidthNonJoinerStaysInsideAPersianWord() =>
        Assert.That(Words("می\u200Cخواهم بروم"), Is.EqualTo(new[] { "می\u200Cخواهم", "بروم" }));

    [Test]
    public void SpansAreRelativeToTheWholeText()
    {
        const string text = "First part. Second part.";
        var spans = new List<TextSpan>();
        WordTokenizer.Instance.Tokenize(text, new TextSpan(12, 12), spans);
        Assert.That(spans, Is.EqualTo(new[] { new TextSpan(12, 6), new TextSpan(19, 4) }));
    }

    [Test]
    public void HashtagAtTheStartOfASpanIsRecognised()
    {
        const string text = "word#tag #tag";
        var spans = new List<TextSpan>();
        WordTokenizer.Instance.Tokenize(text, new TextSpan(4, 9), spans);
        Assert.That(spans.Select(s => text.Substring(s.Start, s.Length)), Is.EqualTo(new[] { "#tag", "#tag" }));
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

    [Test]
    public void IdeographsOutsideTheBasicPlaneAndVariationSequencesAreWholeTokens()
    {
        // 𠀀 (U+20000, CJK Extension B) is a surrogate pair; 葛 followed by an ideographic variation selector (U+E0100).
        Assert.That(Words("\U00020000\U00020001人々 葛\U000E0100城"), Is.EqualTo(new[] { "\U00020000", "\U00020001", "人", "々", "葛\U000E0100", "城" }));
    }

    [Test]
    public void UrlInChineseTextEndsAtTheIdeographs() =>
        Assert.That(Words("访问https://example.cn/a获取"), Is.EqualTo(new[] { "访", "问", "https://example.cn/a", "获", "取" }));

    [Test]
    public void SpansCoverExactlyTheirTextForMixedInput()
    {
        const string text = "E-mail a.b@c.org, see www.x.io/(y) — it's 1,5 \U0001F600 #Tag @me 北京 cafe\u0301!";
        var spans = new List<TextSpan>();
        WordTokenizer.Instance.Tokenize(text, new TextSpan(0, text.Length), spans);
        for (int k = 1; k < spans.Count; k++)
            Assert.That(spans[k].Start, Is.GreaterThanOrEqualTo(spans[k - 1].End), "spans are ordered and disjoint");
        Assert.That(spans.Select(s => text.Substring(s.Start, s.Length)),
            Is.EqualTo(new[] { "E-mail", "a.b@c.org", "see", "www.x.io/(y)", "it's", "1,5", "#Tag", "@me", "北", "京", "cafe\u0301" }));
    }
    [Test]
    public void AnyCollectionReceivesTheSameWordsAsAList()
    {
        // The tokenizer has its own path for a List; a caller's other collection must get the same spans in order.
        string text = "Read https://example.org/a-b first, e-mail kim.lee@example.com, #tags and @names; 東京で cafés 1️⃣ end.";
        var list = new List<TextSpan>();
        var linked = new LinkedList<TextSpan>();
        var collection = new System.Collections.ObjectModel.Collection<TextSpan>();
        WordTokenizer.Instance.Tokenize(text, new TextSpan(0, text.Length), list);
        WordTokenizer.Instance.Tokenize(text, new TextSpan(0, text.Length), linked);
        WordTokenizer.Instance.Tokenize(text, new TextSpan(0, text.Length), collection);
        Assert.That(list, Has.Count.GreaterThan(10));
        Assert.That(linked, Is.EqualTo(list));
        Assert.That(collection, Is.EqualTo(list));
    }

    [Test]
    public void AWordEndsAtItsSpanAndAtTheTextsEndWhateverItsLength()
    {
        // Runs of ASCII letters and digits are scanned several characters at a time while enough of the string
        // remains, and one at a time near its end. Each word of 1 to 20 characters, ending in each way, must come out
        // whole: at the end of the text, before the end of the span given, and in the middle of a longer text.
        string[] endings = ["", "more", "42", " next", ".", "'s", "-up", ",5", "été", "́x", "北", "@host.org"];
        var random = new Random(29);
        for (int length = 1; length <= 20; length++)
        {
            var word = new string(Enumerable.Range(0, length).Select(_ => "aZ09qX"[random.Next(6)]).ToArray());
            foreach (string ending in endings)
            {
                string alone = word + ending;
                string[] expected = Words(alone);
                Assert.That(expected[0].StartsWith(word, StringComparison.Ordinal), Is.True, $"'{alone}' begins with its word");

                string inLonger = "Before " + alone + " and a long tail after it";
                var spans = new List<TextSpan>();
                WordTokenizer.Instance.Tokenize(inLonger, new TextSpan(7, alone.Length), spans);
                Assert.That(spans.Select(s => inLonger.Substring(s.Start, s.Length)), Is.EqualTo(expected), $"'{alone}' as a span of a longer text");

                spans.Clear();
                WordTokenizer.Instance.Tokenize(inLonger, new TextSpan(7, length), spans);
                Assert.That(spans.Select(s => inLonger.Substring(s.Start, s.Length)), Is.EqualTo(new[] { word }), $"'{word}' cut off by its span in '{alone}'");

                spans.Clear();
                WordTokenizer.Instance.Tokenize(alone, new TextSpan(0, length), spans);
                Assert.That(spans.Select(s => alone.Substring(s.Start, s.Length)), Is.EqualTo(new[] { word }), $"'{word}' cut off by its span near the end of '{alone}'");
            }
        }
    }
}
