using System.Text;

namespace Summarizer.Benchmarks;

/// <summary>Deterministic news-like text: sentences of about 20 words drawn from a fixed vocabulary with a Zipf-like skew.</summary>
internal static class BenchmarkTexts
{
    private static readonly string[] Words =
    [
        "government", "minister", "said", "the", "council", "river", "flood", "barrier", "project", "city", "residents",
        "million", "budget", "vote", "opposition", "plan", "engineers", "water", "homes", "district", "state", "grant",
        "construction", "spring", "mayor", "families", "farmland", "county", "design", "channels", "wetland", "university",
        "hydrologist", "meeting", "decision", "january", "schedule", "report", "officials", "company", "market", "prices",
        "energy", "talks", "agreement", "security", "trade", "growth", "police", "court", "hospital", "school", "election",
        "of", "and", "in", "to", "a", "for", "on", "with", "was", "by", "that", "from", "at", "as", "is", "its", "after",
    ];

    public static string Generate(int sentences, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(sentences * 140);
        for (int s = 0; s < sentences; s++)
        {
            int length = 12 + random.Next(16);
            for (int w = 0; w < length; w++)
            {
                // Squaring a uniform number skews the choice toward the first words, as word frequencies are skewed.
                double u = random.NextDouble();
                string word = Words[(int)(u * u * Words.Length)];
                if (w == 0)
                    builder.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                else
                    builder.Append(' ').Append(word);
            }

            builder.Append(s % 7 == 6 ? ".\n\n" : ". ");
        }

        return builder.ToString();
    }
}
