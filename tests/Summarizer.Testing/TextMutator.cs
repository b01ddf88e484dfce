using System.Text;

namespace Summarizer.Testing;

/// <summary>
/// Random mutations of text for the fuzz tests: splicing, duplication, truncation inside surrogate pairs, inserted
/// terminators, controls and marks, and huge repeats of a short stretch. Seeded by the caller's <see cref="Random"/>, so a
/// failing case is reproduced from its seed.
/// </summary>
public static class TextMutator
{
    public static readonly string[] Inserts =
    [
        ".", "?", "!", "…", "。", "।", "؟", "\n", "\r\n", "\"", "'", "(", ")", "[", "]", "«", "»", "“", "”", "--", "\0", "\u200D", "\uFEFF",
        "\uD800", "\uDC00", "\u0301", "\u202E", "Mr.", "1.", "2.", "a)", "ii)", "<p>", "&lt;", "  ", "\t", "İ", "ı", "ß", "👨‍👩‍👧", "河", "न्", "...", ". . .",
    ];

    /// <summary>One to six mutations of a text drawn from <paramref name="corpus"/> (which also supplies spliced stretches).</summary>
    /// <param name="random">The seeded source of every choice.</param>
    /// <param name="corpus">The texts to start from.</param>
    /// <returns>The mutated text.</returns>
    public static string Mutate(Random random, List<string> corpus)
    {
        var text = new StringBuilder(corpus[random.Next(corpus.Count)]);
        int mutations = 1 + random.Next(6);
        for (int m = 0; m < mutations; m++)
        {
            int at = text.Length == 0 ? 0 : random.Next(text.Length + 1);
            switch (random.Next(9))
            {
                case 0:
                    text.Insert(at, Inserts[random.Next(Inserts.Length)]);
                    break;
                case 1 when text.Length > 0:
                    text.Remove(Math.Min(at, text.Length - 1), Math.Min(1 + random.Next(40), text.Length - Math.Min(at, text.Length - 1)));
                    break;
                case 2 when text.Length > 0:
                    {
                        int from = random.Next(text.Length), count = Math.Min(1 + random.Next(200), text.Length - from);
                        text.Insert(at, text.ToString(from, count));
                        break;
                    }

                case 3:
                    {
                        string other = corpus[random.Next(corpus.Count)];
                        int from = random.Next(other.Length + 1);
                        text.Insert(at, other[from..]);
                        break;
                    }

                case 4 when text.Length > 0:
                    text.Length = random.Next(text.Length); // may cut a surrogate pair or a CRLF in half
                    break;
                case 5 when text.Length > 0:
                    {
                        // A huge repeat of a short stretch: long tokens, long runs of one terminator, many identical sentences.
                        int from = random.Next(text.Length), count = Math.Min(1 + random.Next(12), text.Length - from);
                        text.Insert(at, string.Concat(Enumerable.Repeat(text.ToString(from, count), 200 + random.Next(3000))));
                        break;
                    }

                case 6 when text.Length > 0:
                    {
                        int i = random.Next(text.Length);
                        text[i] = char.IsUpper(text[i]) ? char.ToLowerInvariant(text[i]) : char.ToUpperInvariant(text[i]);
                        break;
                    }

                case 7 when text.Length > 0:
                    text[random.Next(text.Length)] = (char)random.Next(0x10000); // any UTF-16 unit, surrogates included
                    break;
                default:
                    text.Insert(at, " ", 1 + random.Next(3)).Insert(at, Inserts[random.Next(Inserts.Length)]);
                    break;
            }
        }

        return text.ToString();
    }
}
