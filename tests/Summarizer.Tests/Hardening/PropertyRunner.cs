using System.Globalization;
using CsCheck;

namespace Summarizer.Tests.Hardening;

/// <summary>
/// Runs a CsCheck property over a reproducible series of cases. Case i is generated from the PCG seed
/// (stream 1, base seed + i), so CI sees the same inputs every run. Environment variables widen the search on demand:
/// <list type="bullet">
/// <item><c>SUMMARIZER_PROPERTY_ITERATIONS</c>: cases per property (default: each test's own, a few seconds in all);</item>
/// <item><c>SUMMARIZER_PROPERTY_SEED</c>: the base seed (default 20250601); any other unsigned number explores new inputs.</item>
/// </list>
/// A failing case is handed to CsCheck's own <c>Sample</c> from its seed, which shrinks it to a small input; the failure
/// message gives both the seed (to replay exactly) and the shrunk input.
/// </summary>
internal static class PropertyRunner
{
    public const ulong DefaultSeed = 20250601;

    public static ulong BaseSeed =>
        ulong.TryParse(Environment.GetEnvironmentVariable("SUMMARIZER_PROPERTY_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed) ? seed : DefaultSeed;

    public static int Iterations(int defaultIterations) =>
        int.TryParse(Environment.GetEnvironmentVariable("SUMMARIZER_PROPERTY_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : defaultIterations;

    public static void ForAll<T>(Gen<T> gen, Action<T> property, int defaultIterations, Func<T, string>? print = null)
    {
        ulong seed = BaseSeed;
        int iterations = Iterations(defaultIterations);
        for (int i = 0; i < iterations; i++)
        {
            string caseSeed = new PCG(1, seed + (ulong)i).ToString();
            T value = gen.Generate(PCG.Parse(caseSeed), null, out _);
            try
            {
                property(value);
            }
            catch (Exception failure)
            {
                string shrunk = Shrink(gen, property, caseSeed, print);
                Assert.Fail($"Case {i} (CsCheck seed {caseSeed}) failed: {failure.GetType().Name}: {failure.Message}\n"
                    + $"Input: {(print is null ? Printable(value?.ToString()) : print(value))}\n{shrunk}\n{failure.StackTrace}");
            }
        }

        TestContext.Out.WriteLine($"{iterations} cases from seed {seed} passed.");
    }

    private static string Shrink<T>(Gen<T> gen, Action<T> property, string caseSeed, Func<T, string>? print)
    {
        try
        {
            gen.Sample(property, seed: caseSeed, iter: 300, threads: 1, print: print);
            return "(CsCheck did not reproduce the failure from the seed alone.)";
        }
        catch (Exception shrunk)
        {
            return $"Shrunk by CsCheck: {shrunk.Message}";
        }
    }

    /// <summary>Escapes everything outside printable ASCII so control characters and surrogates show in the report.</summary>
    public static string Printable(string? text)
    {
        const int MaxPrinted = 1500;
        if (text is null)
            return "null";
        var builder = new System.Text.StringBuilder(text.Length + 2).Append('"');
        foreach (char c in text.Length > MaxPrinted ? text[..MaxPrinted] : text)
        {
            if (c is >= ' ' and <= '~' and not '\\' and not '"')
                builder.Append(c);
            else
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
        }

        return builder.Append(text.Length > MaxPrinted ? "\"... (" + text.Length + " chars)" : "\"").ToString();
    }
}
