using System.Text;

namespace Summarizer.Tests.Hardening;

/// <summary>Inputs that stress one stage each: built deterministically, shared by the tests and the benchmarks' design.</summary>
internal static class PathologicalInputs
{
    private static readonly string[] Words =
        ["river", "council", "flood", "barrier", "engineers", "wetland", "district", "spring", "mayor", "vote", "water", "channel", "town", "budget", "repair"];

    /// <summary>Words and spaces only: no punctuation and no line break, so the whole text is one sentence.</summary>
    public static string NoPunctuation(int length)
    {
        var builder = new StringBuilder(length + 16);
        for (int i = 0; builder.Length < length; i++)
            builder.Append(Words[(i * 7 + i / 15) % Words.Length]).Append(' ');
        return builder.ToString(0, length);
    }

    /// <summary>The same sentence <paramref name="count"/> times.</summary>
    public static string IdenticalSentences(int count) =>
        new StringBuilder(count * 48).Insert(0, "The council voted to build a flood barrier. ", count).ToString();

    /// <summary>One token of <paramref name="length"/> letters.</summary>
    public static string OneToken(int length) => new('x', length);

    /// <summary>Punctuation only, cycling through terminators, quotes, brackets and dashes of several scripts.</summary>
    public static string OnlyPunctuation(int length)
    {
        const string marks = ".!?…\"'()[]«»“”„‘’「」。！？।؟-–—,;:*/#=_~<>&.:.?!.";
        var builder = new StringBuilder(length);
        for (int i = 0; builder.Length < length; i++)
            builder.Append(marks[(int)((i * 2654435761u) % (uint)marks.Length)]);
        return builder.ToString();
    }
}
