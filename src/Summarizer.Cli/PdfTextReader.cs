using System.Runtime.InteropServices;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Summarizer.Cli;

/// <summary>
/// The text of a PDF file, page after page, read with PdfPig: each page's words in the order its content draws them,
/// a line break where the text moves to a new line, without the page numbers and running heads and feet, and pages
/// joined where a sentence runs on (see <see cref="Join"/>). The sentence splitter reads that as it reads any PDF copy:
/// lines wrapped in a paragraph are joined, and a word hyphenated at a line's end is one word.
/// </summary>
internal static class PdfTextReader
{
    /// <summary>The first bytes of every PDF file.</summary>
    private static ReadOnlySpan<byte> Header => "%PDF-"u8;

    /// <summary>Whether a file's name says it is a PDF.</summary>
    public static bool HasPdfExtension(string path) => Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a file starts as a PDF does, whatever its name; false when it cannot be read.</summary>
    public static bool StartsAsPdf(string path)
    {
        try
        {
            if (!File.Exists(path))
                return false;
            using FileStream file = File.OpenRead(path);
            Span<byte> start = stackalloc byte[5];
            return file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.SequenceEqual(Header);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The text of the PDF file at <paramref name="path"/>.</summary>
    /// <exception cref="CliException">The file cannot be read, is not a PDF PdfPig can open (damaged, encrypted), or has no text.</exception>
    public static string Read(string path)
    {
        string name = $"'{path}'";
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot read {name}: {e.Message}");
        }

        var pages = new List<List<string>>();
        try
        {
            using PdfDocument document = PdfDocument.Open(bytes);
            foreach (Page page in document.GetPages())
            {
                pages.Add(ContentOrderTextExtractor.GetText(page).ReplaceLineEndings("\n").Split('\n')
                    .Select(static line => line.TrimEnd()).Where(static line => line.Length > 0).ToList());
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot read the PDF in {name}: {Summarizer.Text.OneLine.Of(e.Message)}");
        }

        RemovePageFurniture(pages);
        string text = Join(pages);
        if (string.IsNullOrWhiteSpace(text))
            throw new CliException(ExitCodes.InputError, $"no text found in the PDF in {name}: a scanned document holds pictures of its pages, which need text recognition (OCR) first.");
        return text;
    }

    /// <summary>
    /// Removes the page numbers and running heads and feet: a first or last line that is a page number ("12", "Page 3",
    /// "3 of 10", "- 4 -"), and one that, its digits aside, opens or closes at least two pages and half of them.
    /// </summary>
    private static void RemovePageFurniture(List<List<string>> pages)
    {
        foreach (bool top in new[] { true, false })
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (List<string> lines in pages)
            {
                if (lines.Count > 1)
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, Key(top ? lines[0] : lines[^1]), out _)++;
            }

            foreach (List<string> lines in pages)
            {
                if (lines.Count <= 1)
                    continue;
                string line = top ? lines[0] : lines[^1];
                int seen = counts.GetValueOrDefault(Key(line));
                if (IsPageNumber(line) || seen >= 2 && seen * 2 >= pages.Count)
                    lines.RemoveAt(top ? 0 : lines.Count - 1);
            }
        }

        // A running head is the same words on every page; a page's number changes.
        static string Key(string line) => new string(line.Where(static c => !char.IsDigit(c) && !char.IsWhiteSpace(c)).ToArray());
    }

    /// <summary>Whether a line is only a page number: digits, with "page" or "p." before them or "of N" after, and dashes.</summary>
    private static bool IsPageNumber(string line)
    {
        ReadOnlySpan<char> rest = line.AsSpan().Trim().Trim("-–— ");
        if (rest.StartsWith("page", StringComparison.OrdinalIgnoreCase))
            rest = rest[4..].TrimStart();
        else if (rest.StartsWith("p.", StringComparison.OrdinalIgnoreCase))
            rest = rest[2..].TrimStart();
        int digits = 0;
        while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
            digits++;
        if (digits == 0)
            return false;
        rest = rest[digits..].Trim();
        if (rest.StartsWith("of", StringComparison.OrdinalIgnoreCase))
            rest = rest[2..].Trim();
        else if (rest.StartsWith('/'))
            rest = rest[1..].Trim();
        foreach (char c in rest)
        {
            if (!char.IsAsciiDigit(c))
                return false;
        }

        return true;
    }

    /// <summary>
    /// The pages' lines, a line break between lines and between pages where a sentence runs on from one page to the
    /// next (the page ends without a sentence's end and the next goes on in lower case), a form feed between other
    /// pages, as pdftotext writes them: the splitter then joins the wrapped lines of a paragraph across the page, and
    /// sets apart a sentence that a page break cuts where something it could not recognize stands between.
    /// </summary>
    private static string Join(List<List<string>> pages)
    {
        var text = new System.Text.StringBuilder();
        string? last = null;
        foreach (List<string> lines in pages)
        {
            if (lines.Count == 0)
                continue;
            if (last is not null)
                text.Append(RunsOn(last, lines[0]) ? "\n" : "\n\f");
            text.AppendJoin('\n', lines);
            last = lines[^1];
        }

        return text.ToString();

        static bool RunsOn(string before, string after) =>
            !SentenceEnd.EndsWithTerminator(before, SentenceEnd.Closers) && after.Length > 0 && char.IsLower(after.TrimStart()[0]);
    }
}
