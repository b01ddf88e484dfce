using Summarizer.Keywords;
using Summarizer.Ranking;
using Summarizer.Selection;
using Summarizer.Text;
using Summarizer.Analysis;

namespace Summarizer.Tests.Hardening;

/// <summary>
/// The guarantees every summary must keep whatever the input: sentence spans inside the text, ordered, non-overlapping
/// and exact; summary sentences drawn from the document's; the requested length respected; the same result twice.
/// Failures throw <see cref="InvariantException"/> with a message naming the broken rule.
/// </summary>
internal static class SummaryInvariants
{
    /// <summary>Pipelines covering the default, detection, every ranker family and loose selection.</summary>
    public static readonly SummarizerPipeline[] Pipelines =
    [
        TextSummarizer.Default,
        new SummarizerPipelineBuilder().UseLanguageDetection().Build(),
        new SummarizerPipelineBuilder().UseTextRank().UseSelection(new SelectionOptions { IncludeHeadings = true, MinWords = 0, MaxSimilarity = 1 }).Build(),
        new SummarizerPipelineBuilder().UseRanker(new LexRankRanker()).UseLanguage(Language.Russian).Build(),
        new SummarizerPipelineBuilder().UseRanker(new LsaRanker()).UseStopWords(StopWordList.Extended).Build(),
        new SummarizerPipelineBuilder().UseRanker(new SumBasicRanker()).UseLanguage(Language.None).Build(),
        new SummarizerPipelineBuilder().UseRanker(new KlSumRanker()).UseTfIdf(sublinearTf: true).Build(),
        new SummarizerPipelineBuilder().UseRanker(new LuhnRanker()).UseLanguage(Language.German).Build(),
        new SummarizerPipelineBuilder().UseRanker(new EdmundsonRanker()).Build(),
        new SummarizerPipelineBuilder().UseRanker(new CentroidRanker()).UseLanguage(Language.Turkish).Build(),
    ];

    /// <summary>Runs the whole pipeline on <paramref name="text"/> and checks every guarantee.</summary>
    public static void Check(SummarizerPipeline pipeline, string text, SummaryLength length)
    {
        Document document = pipeline.Analyze(text);
        CheckDocument(text, document.Sentences, "document");
        if (document.Language != pipeline.Analyzer.Language && !pipeline.DetectsLanguage)
            Fail($"document language {document.Language} differs from the pipeline's {pipeline.Analyzer.Language}");
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            foreach (Token token in document.GetTokens(i))
            {
                if (token.Span.Start < document.Sentences[i].Span.Start || token.Span.End > document.Sentences[i].Span.End)
                    Fail($"token {token.Span} lies outside its sentence {document.Sentences[i].Span}");
            }
        }

        IReadOnlyList<double> scores = pipeline.Score(document);
        if (scores.Count != document.Sentences.Count)
            Fail($"{scores.Count} scores for {document.Sentences.Count} sentences");
        if (!scores.All(double.IsFinite))
            Fail("a score is not finite");

        Summary summary = pipeline.Summarize(text, length);
        CheckSummary(text, document, summary, length);

        Summary again = pipeline.Summarize(document, length);
        if (Describe(again) != Describe(summary))
            Fail($"summarizing twice differs: {Describe(summary)} then {Describe(again)}");

        IReadOnlyList<Keyword> keywords = pipeline.ExtractKeywords(document, 5);
        if (keywords.Count > 5)
            Fail($"{keywords.Count} keywords for 5 asked");
        foreach (Keyword keyword in keywords)
        {
            if (!double.IsFinite(keyword.Score) || keyword.Occurrences.Count == 0)
                Fail($"keyword '{keyword.Phrase}' has score {keyword.Score} and {keyword.Occurrences.Count} occurrences");
            foreach (TextSpan span in keyword.Occurrences)
            {
                if (span.End > text.Length || span.Length == 0)
                    Fail($"keyword occurrence {span} is outside the text of length {text.Length}");
            }
        }
    }

    /// <summary>The guarantees of one analysis and one summary, without the repeated runs of <see cref="Check"/> (for huge inputs).</summary>
    public static Summary CheckOnce(SummarizerPipeline pipeline, string text, SummaryLength length)
    {
        Document document = pipeline.Analyze(text);
        CheckDocument(text, document.Sentences, "document");
        Summary summary = pipeline.Summarize(document, length);
        CheckSummary(text, document, summary, length);
        return summary;
    }

    /// <summary>Spans inside the text, ordered, non-overlapping, non-empty, trimmed, indexed in order.</summary>
    public static void CheckDocument(string text, IReadOnlyList<Sentence> sentences, string what)
    {
        int previousEnd = 0;
        for (int i = 0; i < sentences.Count; i++)
        {
            Sentence s = sentences[i];
            if (s.Index != i)
                Fail($"{what}: sentence {i} has index {s.Index}");
            if (s.Span.Start < previousEnd)
                Fail($"{what}: sentence {i} {s.Span} overlaps or precedes the previous one ending at {previousEnd}");
            if (s.Span.Length == 0 || s.Span.End > text.Length)
                Fail($"{what}: sentence {i} {s.Span} is empty or outside the text of length {text.Length}");
            if (char.IsWhiteSpace(text[s.Span.Start]) || char.IsWhiteSpace(text[s.Span.End - 1]))
                Fail($"{what}: sentence {i} {s.Span} is not trimmed");
            if (s.GetText(text) != text.Substring(s.Span.Start, s.Span.Length))
                Fail($"{what}: sentence {i} text differs from its span");
            previousEnd = s.Span.End;
        }
    }

    private static void CheckSummary(string text, Document document, Summary summary, SummaryLength length)
    {
        int n = document.Sentences.Count;
        if (!ReferenceEquals(summary.Text, text) && summary.Text != text)
            Fail("the summary does not keep the original text");
        if (summary.DocumentSentenceCount != n)
            Fail($"summary counts {summary.DocumentSentenceCount} sentences, the document has {n}");
        if (summary.IsEmpty != (n == 0))
            Fail($"summary emptiness {summary.IsEmpty} for a document of {n} sentences");

        int k = summary.Sentences.Count;
        var indices = new HashSet<int>();
        int previous = -1;
        foreach (ScoredSentence s in summary.Sentences)
        {
            if (s.Index < 0 || s.Index >= n)
                Fail($"summary sentence index {s.Index} outside 0..{n - 1}");
            if (!indices.Add(s.Index))
                Fail($"sentence {s.Index} chosen twice");
            if (s.Index <= previous)
                Fail("summary sentences are not in document order");
            previous = s.Index;
            if (s.Span != document.Sentences[s.Index].Span)
                Fail($"summary sentence {s.Index} has span {s.Span}, the document's is {document.Sentences[s.Index].Span}");
            if (s.Text != text.Substring(s.Span.Start, s.Span.Length))
                Fail($"summary sentence {s.Index} text differs from text.Substring(span)");
            if (!double.IsFinite(s.Score))
                Fail($"summary sentence {s.Index} has score {s.Score}");
        }

        if (!summary.ByRank.Select(s => s.Rank).SequenceEqual(Enumerable.Range(1, k)))
            Fail("ranks are not 1..k in ByRank order");
        for (int r = 1; r < k; r++)
        {
            if (summary.ByRank[r].Score > summary.ByRank[r - 1].Score)
                Fail("ByRank is not best first");
        }

        if (n == 0)
            return;
        switch (length.Unit)
        {
            case SummaryLengthUnit.Sentences:
                if (k > (int)length.Value || k > n)
                    Fail($"{k} sentences for {length} of a {n}-sentence document");
                break;
            case SummaryLengthUnit.Ratio:
                int allowed = Math.Max(1, (int)Math.Round(length.Value * n, MidpointRounding.AwayFromZero));
                if (k > allowed)
                    Fail($"{k} sentences for {length} of a {n}-sentence document (at most {allowed})");
                break;
            case SummaryLengthUnit.Words:
                int words = summary.Sentences.Sum(s => document.GetWordCount(s.Index));
                if (k > 1 && words > length.Value)
                    Fail($"{words} words for {length}");
                break;
            case SummaryLengthUnit.Characters:
                int characters = summary.Sentences.Sum(s => s.Span.Length) + k - 1;
                if (k > 1 && characters > length.Value)
                    Fail($"{characters} characters for {length}");
                if (k > 1 && summary.ToString().Length > length.Value)
                    Fail($"summary text of {summary.ToString().Length} characters for {length}");
                break;
        }

        if (k == 0)
            Fail("a document with sentences got an empty summary");
    }

    /// <summary>Every observable number of a summary, scores to the last bit.</summary>
    public static string Describe(Summary summary) =>
        $"{summary.Language}/{summary.DocumentSentenceCount}:" + string.Join("|", summary.ByRank.Select(s =>
            $"{s.Index}@{s.Span.Start}+{s.Span.Length}:{BitConverter.DoubleToInt64Bits(s.Score):X}:{s.Rank}"));

    /// <summary>Every observable number of a keyword list.</summary>
    public static string Describe(IReadOnlyList<Keyword> keywords) =>
        string.Join("|", keywords.Select(k => $"{k.Phrase}:{BitConverter.DoubleToInt64Bits(k.Score):X}:" + string.Join(",", k.Occurrences.Select(o => o.Start))));

    private static void Fail(string message) => throw new InvariantException(message);
}

/// <summary>A broken guarantee (as opposed to an unexpected exception from the code under test).</summary>
internal sealed class InvariantException(string message) : Exception(message);
