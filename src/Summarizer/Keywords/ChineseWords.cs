using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Summarizer.Text;
using Summarizer.Analysis;

namespace Summarizer.Keywords;

/// <summary>
/// Chinese words for keyword extraction, segmented by Lucene.Net's SmartCn (a hidden Markov model over a word
/// dictionary), since the analyzer's one term per ideograph gives keywords that are single characters, not words.
/// </summary>
/// <remarks>
/// A candidate keyword has at least two characters and is not one of <see cref="FunctionWords"/>: nearly every Chinese
/// function word (的, 了, 在, 是, 和) is a single character, while the nouns a keyphrase is made of are mostly two or more.
/// Latin-script words inside the text are folded to lower case for their key and follow the English stop list.
/// </remarks>
internal static class ChineseWords
{
    /// <summary>Common words of two or more characters that carry no topic: pronouns, conjunctions, adverbs, auxiliaries.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "我们", "你们", "他们", "她们", "它们", "咱们", "自己", "这个", "那个", "这些", "那些", "这样", "那样", "这里", "那里",
        "因为", "所以", "但是", "可是", "如果", "虽然", "而且", "或者", "以及", "并且", "然后", "同时", "因此", "于是", "不过",
        "已经", "可以", "可能", "应该", "需要", "没有", "什么", "怎么", "为什么", "为了", "一个", "一些", "还是", "就是", "不是",
        "之后", "之前", "以后", "以前", "其中", "其他", "其它", "通过", "对于", "关于", "由于", "根据", "目前", "现在",
        "非常", "比较", "更加", "一直", "正在", "将会", "能够", "表示", "认为", "指出", "进行",
    };

    /// <summary>The words of each sentence of <paramref name="document"/>.</summary>
    /// <remarks>
    /// The text is segmented in one pass (a tokenizer per sentence cost 1.7 times as much on a 10,000-character text) and
    /// each word goes to the sentence it lies in; a word across a sentence boundary is left out.
    /// </remarks>
    public static List<KeywordExtractor.Word>[] Segment(Document document, CancellationToken cancellationToken)
    {
        string text = document.Text;
        var englishStopWords = LanguageResources.StopWords(Language.English, StopWordList.Extended);
        var sentences = new List<KeywordExtractor.Word>[document.Sentences.Count];
        for (int s = 0; s < sentences.Length; s++)
            sentences[s] = [];
        if (sentences.Length == 0)
            return sentences;

        using var tokenizer = new HMMChineseTokenizer(new StringReader(text));
        IOffsetAttribute offset = tokenizer.AddAttribute<IOffsetAttribute>();
        tokenizer.Reset();
        int sentence = 0, words = 0;
        while (tokenizer.IncrementToken())
        {
            if ((++words & 1023) == 0)
                cancellationToken.ThrowIfCancellationRequested();
            int start = offset.StartOffset, end = offset.EndOffset;
            if (end <= start || end > text.Length)
                continue;
            while (sentence < sentences.Length && document.Sentences[sentence].Span.End <= start)
                sentence++;
            if (sentence == sentences.Length)
                break;
            if (start < document.Sentences[sentence].Span.Start || end > document.Sentences[sentence].Span.End)
                continue;
            string key = text[start..end].ToLowerInvariant();
            sentences[sentence].Add(new KeywordExtractor.Word(TextSpan.FromBounds(start, end), key, IsCandidate(key, englishStopWords)));
        }

        tokenizer.End();
        return sentences;
    }

    private static bool IsCandidate(string word, Lucene.Net.Analysis.Util.CharArraySet englishStopWords)
    {
        bool han = false, letter = false;
        foreach (char c in word)
        {
            letter |= char.IsLetter(c);
            han |= c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
        }

        if (!letter)
            return false;
        return han ? word.Length >= 2 && !FunctionWords.Contains(word) : !englishStopWords.Contains(word);
    }
}
