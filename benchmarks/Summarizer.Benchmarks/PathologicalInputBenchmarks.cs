using System.Text;
using BenchmarkDotNet.Attributes;

namespace Summarizer.Benchmarks;

/// <summary>The inputs that each stress one stage (see the input-limit tests): they must stay close to linear.</summary>
public enum PathologicalCase
{
    /// <summary>5 MB of words and spaces, no punctuation or line break: one huge sentence.</summary>
    NoPunctuation5MB,
    /// <summary>The same sentence 100,000 times.</summary>
    IdenticalSentences100k,
    /// <summary>One 1 MB token.</summary>
    OneToken1MB,
    /// <summary>1 MB of terminators, quotes, brackets and dashes of several scripts.</summary>
    Punctuation1MB,
}

/// <summary>End-to-end summaries of pathological inputs with the default pipeline.</summary>
[MemoryDiagnoser]
public class PathologicalInputBenchmarks
{
    private static readonly string[] Words =
        ["river", "council", "flood", "barrier", "engineers", "wetland", "district", "spring", "mayor", "vote", "water", "channel", "town", "budget", "repair"];

    private string _text = "";

    [Params(PathologicalCase.NoPunctuation5MB, PathologicalCase.IdenticalSentences100k, PathologicalCase.OneToken1MB, PathologicalCase.Punctuation1MB)]
    public PathologicalCase Case { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Case switch
    {
        PathologicalCase.NoPunctuation5MB => NoPunctuation(5_000_000),
        PathologicalCase.IdenticalSentences100k => new StringBuilder().Insert(0, "The council voted to build a flood barrier. ", 100_000).ToString(),
        PathologicalCase.OneToken1MB => new string('x', 1_000_000),
        _ => OnlyPunctuation(1_000_000),
    };

    [Benchmark]
    public int Summarize() => TextSummarizer.Default.Summarize(_text, SummaryLength.Sentences(3)).Sentences.Count;

    private static string NoPunctuation(int length)
    {
        var builder = new StringBuilder(length + 16);
        for (int i = 0; builder.Length < length; i++)
            builder.Append(Words[(i * 7 + i / 15) % Words.Length]).Append(' ');
        return builder.ToString(0, length);
    }

    private static string OnlyPunctuation(int length)
    {
        const string marks = ".!?…\"'()[]«»“”„‘’「」。！？।؟-–—,;:*/#=_~<>&.:.?!.";
        var builder = new StringBuilder(length);
        for (int i = 0; builder.Length < length; i++)
            builder.Append(marks[(int)((i * 2654435761u) % (uint)marks.Length)]);
        return builder.ToString();
    }
}
