using Lucene.Net.Analysis.Util;
using Summarizer.Text;

namespace Summarizer.Analysis;

/// <summary>
/// Guesses a text's <see cref="Language"/> from how many of its words are stop words of each language:
/// function words are the most frequent words of any language and differ between languages, so their share
/// is a reliable profile over a few thousand characters. Chinese and Japanese, written without spaces, are
/// recognised by script instead: a text whose letters are largely Han ideographs and kana is Japanese when
/// kana are a noticeable part of them, Chinese otherwise. Immutable and thread-safe.
/// </summary>
public static class LanguageDetector
{
    /// <summary>How much of the text's beginning is examined. Default for <see cref="Detect(string)"/>.</summary>
    public const int DefaultSampleLength = 4000;

    /// <summary>Below this share of stop words the text is not recognised and <see cref="Language.None"/> is returned.</summary>
    private const double MinStopWordShare = 0.08;

    /// <summary>From this share of Han and kana among the letters on, a text is Chinese or Japanese.</summary>
    private const double MinCjkShare = 0.3;

    /// <summary>From this share of kana among Han and kana on, a Chinese-or-Japanese text is Japanese (Chinese uses none).</summary>
    private const double MinKanaShare = 0.1;

    private static readonly Language[] Candidates = Enum.GetValues<Language>().Where(l => l != Language.None).ToArray();
    private static readonly Lazy<CharArraySet[]> StopSets = new(() => Candidates.Select(LanguageResources.StopWords).ToArray());

    /// <summary>Detects the language of the first <see cref="DefaultSampleLength"/> characters of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The most likely language, or <see cref="Language.None"/> when no language fits (for example too few words).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static Language Detect(string text) => Detect(text, DefaultSampleLength);

    /// <summary>Detects the language of the first <paramref name="sampleLength"/> characters of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="sampleLength">How many characters to examine; at least 1.</param>
    /// <returns>The most likely language, or <see cref="Language.None"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sampleLength"/> is less than 1.</exception>
    public static Language Detect(string text, int sampleLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(sampleLength, 1);
        int length = Math.Min(sampleLength, text.Length);
        if (DetectByScript(text.AsSpan(0, length)) is Language byScript)
            return byScript;

        var spans = new List<TextSpan>();
        WordTokenizer.Instance.Tokenize(text, new TextSpan(0, length), spans);

        CharArraySet[] sets = StopSets.Value;
        var hits = new int[sets.Length];
        char[] buffer = new char[64];
        int words = 0;
        foreach (TextSpan span in spans)
        {
            if (span.Length > buffer.Length)
                continue; // long words are never function words
            words++;
            for (int k = 0; k < span.Length; k++)
            {
                char c = text[span.Start + k];
                buffer[k] = c < 128 ? char.ToLowerInvariant(c) : TextAnalyzer.FoldNonAscii(c);
            }

            for (int l = 0; l < sets.Length; l++)
            {
                if (sets[l].Contains(buffer, 0, span.Length))
                    hits[l]++;
            }
        }

        if (words < 3)
            return Language.None;

        // Ties go to the earlier language in enumeration order, which keeps the result deterministic.
        int best = 0;
        for (int l = 1; l < hits.Length; l++)
        {
            if (hits[l] > hits[best])
                best = l;
        }

        return hits[best] >= MinStopWordShare * words ? Candidates[best] : Language.None;
    }

    /// <summary>Chinese or Japanese when Han ideographs and kana dominate the letters of <paramref name="sample"/>; otherwise null.</summary>
    private static Language? DetectByScript(ReadOnlySpan<char> sample)
    {
        int letters = 0, han = 0, kana = 0;
        foreach (System.Text.Rune rune in sample.EnumerateRunes())
        {
            if (!System.Text.Rune.IsLetter(rune))
                continue;
            letters++;
            if (WordTokenizer.IsKana(rune.Value))
                kana++;
            else if (WordTokenizer.IsHan(rune.Value))
                han++;
        }

        int cjk = han + kana;
        if (cjk == 0 || cjk < MinCjkShare * letters)
            return null;
        return kana >= MinKanaShare * cjk ? Language.Japanese : Language.Chinese;
    }
}
