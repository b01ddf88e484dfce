using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Summarizer.Cli;

/// <summary>
/// The text of a PDF file, page after page, read with PdfPig: each page's words in the order its content draws them,
/// a line break where the text moves to a new line, and a form feed between pages, as pdftotext writes them. The
/// sentence splitter reads that as it reads any PDF copy: lines wrapped in a paragraph are joined, a word hyphenated at
/// a line's end is one word, and a sentence cut by a page break (where running heads and page numbers stand) is not
/// chosen.
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

        var text = new System.Text.StringBuilder();
        try
        {
            using PdfDocument document = PdfDocument.Open(bytes);
            foreach (Page page in document.GetPages())
            {
                if (text.Length > 0)
                    text.Append("\n\f");
                text.Append(ContentOrderTextExtractor.GetText(page).TrimEnd());
            }
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new CliException(ExitCodes.InputError, $"cannot read the PDF in {name}: {Summarizer.Text.OneLine.Of(e.Message)}");
        }

        if (string.IsNullOrWhiteSpace(text.ToString()))
            throw new CliException(ExitCodes.InputError, $"no text found in the PDF in {name}: a scanned document holds pictures of its pages, which need text recognition (OCR) first.");
        return text.ToString();
    }
}
