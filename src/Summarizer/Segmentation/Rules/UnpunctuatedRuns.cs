using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Summarizer.Text;

namespace Summarizer.Segmentation;

/// <summary>
/// A step after sentence segmentation for text without sentence punctuation (transcripts, chat logs, speech-to-text):
/// a "sentence" that runs past <see cref="MaxRunWords"/> words is cut into sentence-like units of
/// <see cref="MinUnitWords"/> to <see cref="MaxUnitWords"/> words, at the best clause boundary in reach (a semicolon or
/// colon, a comma, or before a conjunction), or in word windows where there is none. Hard line breaks already end
/// sentences before this step. Each unit's span
/// is exact and trimmed, as a sentence's is; the units cover the run's words in order. Only a text most of whose words
/// lie in such runs, and whose sentence ends are on average more than <see cref="MaxRunWords"/> words apart, is cut (a
/// transcript); a punctuated text keeps its long runs (tables, formulas, lists of names) whole.
/// </summary>
internal static class UnpunctuatedRuns
{
    /// <summary>
    /// A run longer than this is taken for missing punctuation. Edited sentences average 20 to 25 words, and in news and
    /// papers fewer than one in a thousand runs past 80 words (those that do are mostly tables or lists the splitter could
    /// not cut); so 80 leaves real long sentences alone while a transcript's run, hundreds or millions of words long,
    /// is cut.
    /// </summary>
    public const int MaxRunWords = 80;

    /// <summary>The shortest unit cut from a run: shorter pieces are fragments (and rank as such).</summary>
    public const int MinUnitWords = 12;

    /// <summary>The longest unit cut from a run: about a long spoken sentence, and under the selection's usual maximum.</summary>
    public const int MaxUnitWords = 40;

    // Where no boundary is in reach, a unit of this many words: the length of an average written sentence.
    private const int WindowWords = 25;

    // Words before which a clause may begin; cutting there keeps the conjunction with its own clause. English ones, the
    // language of most transcripts; for other languages punctuation, line breaks and word windows still apply.
    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "so", "because", "or", "then", "although", "though", "while", "whereas", "however", "yet", "since",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ConjunctionLookup = Conjunctions.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// When most words of the sentences from <paramref name="from"/> on lie in runs of more than
    /// <see cref="MaxRunWords"/> words, replaces every such run by its units, re-indexing all.
    /// </summary>
    public static void Cut(string text, List<Sentence> sentences, int from)
    {
        // Only a text that is mostly unpunctuated is cut: in punctuated prose the few runs past the limit are tables,
        // formulas, reference lists or code the splitter could not cut, and slicing them into sentence-sized pieces would
        // turn noise into candidates (measured on the ScisummNet papers: ROUGE-1 45.46 -> 45.06 when every run was cut).
        // Nor is a text whose own sentence ends come on average at least every MaxRunWords words: a short article with a
        // long team sheet or address list is punctuated prose, whatever share of its words the list holds.
        // A word takes at least two characters with the space after it, so half the sentences' characters bounds the
        // word count from above: most texts have sentence ends often enough by that bound alone, without counting.
        long ended = 0, wordBound = 0;
        for (int s = from; s < sentences.Count; s++)
        {
            wordBound += (sentences[s].Span.Length + 1) / 2;
            if (EndsWithTerminator(text, sentences[s].Span))
                ended++;
        }

        if (ended * MaxRunWords >= wordBound)
            return;

        long all = 0, inRuns = 0;
        for (int s = from; s < sentences.Count; s++)
        {
            int words = CountWords(text, sentences[s].Span);
            all += words;
            if (words > MaxRunWords)
                inRuns += words;
        }

        if (inRuns * 2 <= all || ended * MaxRunWords >= all)
            return;

        List<Sentence>? result = null;
        for (int s = from; s < sentences.Count; s++)
        {
            Sentence sentence = sentences[s];
            List<(int Start, int End)> words = Words(text, sentence.Span, MaxRunWords + 1);
            if (words.Count <= MaxRunWords)
            {
                result?.Add(sentence);
                continue;
            }

            result ??= sentences.GetRange(from, s - from);
            words = Words(text, sentence.Span, int.MaxValue);
            int first = 0;
            while (first < words.Count)
            {
                int last = words.Count - first <= MaxUnitWords ? words.Count - 1 : BestCut(text, words, first);
                result.Add(new Sentence(TextSpan.FromBounds(words[first].Start, words[last].End), 0));
                first = last + 1;
            }
        }

        if (result is null)
            return;
        sentences.RemoveRange(from, sentences.Count - from);
        foreach (Sentence sentence in result)
            sentences.Add(sentence with { Index = sentences.Count });
    }

    /// <summary>The index of the last word of the unit starting at word <paramref name="first"/>.</summary>
    private static int BestCut(string text, List<(int Start, int End)> words, int first)
    {
        int best = -1, bestScore = 0;
        // The unit ends between its shortest and longest length, and leaves at least a shortest unit after it.
        int lo = first + MinUnitWords - 1, hi = Math.Min(first + MaxUnitWords - 1, words.Count - 1 - MinUnitWords);
        for (int w = lo; w <= hi; w++)
        {
            int score = BoundaryAfter(text, words, w);
            if (score == 0)
                continue;
            // The strongest boundary wins; among equals, the one nearest an average sentence's length.
            score = score * 100 - Math.Abs(w - first + 1 - WindowWords);
            if (best < 0 || score > bestScore)
            {
                best = w;
                bestScore = score;
            }
        }

        return best >= 0 ? best : first + WindowWords - 1;
    }

    /// <summary>How strong a clause boundary follows word <paramref name="w"/>: 3 a semicolon or colon, 2 a comma, 1 a conjunction next, 0 none.</summary>
    /// <remarks>
    /// A line break inside a run is no boundary: the splitter already ends a sentence at every hard line break, so the
    /// breaks left inside a run are soft (a wrapped paragraph), and cutting there would make the units depend on the wrap.
    /// </remarks>
    private static int BoundaryAfter(string text, List<(int Start, int End)> words, int w)
    {
        int end = words[w].End;
        int next = words[w + 1].Start;
        char last = text[end - 1];
        if (last is ';' or ':' or '\uFF1B' or '\uFF1A')
            return 3;
        if (last is ',' or '\u3001' or '\uFF0C' or '\u060C' or '\u2013' or '\u2014')
            return 2;
        ReadOnlySpan<char> following = text.AsSpan(next, words[w + 1].End - next).TrimEnd(",;:");
        return ConjunctionLookup.Contains(following) ? 1 : 0;
    }

    private static bool EndsWithTerminator(string text, TextSpan span)
    {
        int i = span.End - 1;
        while (i > span.Start && Punctuation.IsCloser(text[i]))
            i--;
        return i >= span.Start && (Punctuation.IsLatinTerminator(text[i]) || Punctuation.IsScriptTerminator(text[i]));
    }

    /// <summary>The white-space separated words of a span (a word starts at each non-space after a space or the start).</summary>
    internal static int CountWords(string text, TextSpan span) => CountWords(text.AsSpan(span.Start, span.Length));

    /// <summary>The white-space separated words of <paramref name="chars"/> (a word starts at each non-space after a space or the start).</summary>
    internal static int CountWords(ReadOnlySpan<char> chars)
    {
        int count = 0;
        uint previousSpace = 1;
        int i = 0;

        // Sixteen characters at a time while they are ASCII, where white space is the space and U+0009 to U+000D (as
        // char.IsWhiteSpace has it): word starts are the non-spaces whose left neighbour is a space. Counting a character
        // at a time cost a quarter of segmenting a text whose sentence ends are too sparse to rule the count out.
        if (Vector128.IsHardwareAccelerated)
        {
            ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(chars);
            Vector128<ushort> space = Vector128.Create((ushort)' ');
            Vector128<ushort> tab = Vector128.Create((ushort)'\t');
            Vector128<ushort> controlSpan = Vector128.Create((ushort)('\r' - '\t'));
            Vector128<ushort> nonAscii = Vector128.Create((ushort)0xFF80);
            for (; i + 16 <= units.Length; i += 16)
            {
                Vector128<ushort> low = Vector128.Create(units.Slice(i, 8));
                Vector128<ushort> high = Vector128.Create(units.Slice(i + 8, 8));
                if (((low | high) & nonAscii) != Vector128<ushort>.Zero)
                    break; // from here on, a character at a time
                Vector128<ushort> lowSpaces = Vector128.Equals(low, space) | Vector128.LessThanOrEqual(low - tab, controlSpan);
                Vector128<ushort> highSpaces = Vector128.Equals(high, space) | Vector128.LessThanOrEqual(high - tab, controlSpan);
                uint spaces = Vector128.Narrow(lowSpaces, highSpaces).ExtractMostSignificantBits(); // bit k: character k
                uint starts = ~spaces & ((spaces << 1) | previousSpace) & 0xFFFF;
                count += BitOperations.PopCount(starts);
                previousSpace = spaces >> 15;
            }
        }

        for (; i < chars.Length; i++)
        {
            uint isSpace = char.IsWhiteSpace(chars[i]) ? 1u : 0u;
            count += (int)(previousSpace & (isSpace ^ 1));
            previousSpace = isSpace;
        }

        return count;
    }

    /// <summary>The white-space separated words of a span, up to <paramref name="limit"/> of them.</summary>
    private static List<(int Start, int End)> Words(string text, TextSpan span, int limit)
    {
        var words = new List<(int, int)>();
        int i = span.Start, end = span.End;
        while (i < end && words.Count < limit)
        {
            while (i < end && char.IsWhiteSpace(text[i]))
                i++;
            if (i >= end)
                break;
            int start = i;
            while (i < end && !char.IsWhiteSpace(text[i]))
                i++;
            words.Add((start, i));
        }

        return words;
    }
}
