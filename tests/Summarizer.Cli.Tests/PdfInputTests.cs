using System.Text.Json;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Summarizer.Cli.Tests;

/// <summary>
/// A PDF file is read as the text its pages draw: lines wrapped in a paragraph join into whole sentences, pages follow
/// one another, and a file PdfPig cannot read, or one without text, is a one-line error.
/// </summary>
public class PdfInputTests
{
    // A report of my own, paragraph by paragraph and sentence by sentence; laid out by MakePdf in wrapped lines.
    private static readonly string[][] Report =
    [
        ["The harbour trust's survey of the north wall was finished in March, after divers had inspected every course of stone below the waterline.",
         "It found that the mortar behind the lowest four courses had washed out along sixty metres of the wall."],
        ["Without repair, the survey says, the wall could lose its facing stones in a severe winter storm within five years.",
         "The trust has asked three contractors to price the work, which would close the outer berths for about six weeks."],
        ["Boat owners will be offered places in the inner basin while the berths are closed, and the slipway will stay open except for two days.",
         "The trust expects to choose a contractor in June and to start work at the end of the summer season."],
        ["The cost of the repair is estimated at between one and a half and two million pounds.",
         "The trust will pay a third from its reserves and has applied to the coastal fund for the rest."],
        ["A public meeting about the work will be held in the harbour hall on the first Thursday of May.",
         "Plans and the full survey can be seen at the harbour office during opening hours."],
        ["The north wall was built in 1861 and last repaired in 1974, when a storm breached it near the lighthouse steps.",
         "Its stone came from the quarry at Carn Dubh, which closed in 1952, so the facing will be matched with granite from the mainland."],
    ];

    private static string[] ReportSentences => Report.SelectMany(p => p).ToArray();

    // One folder for the fixture's files, removed after.
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "summarizer-pdf-" + Guid.NewGuid().ToString("N"));

    [OneTimeTearDown]
    public void RemoveFiles()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private string WriteFile(string name, byte[] bytes)
    {
        Directory.CreateDirectory(_folder);
        string path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + "-" + name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>
    /// A PDF of the paragraphs in 10-point Helvetica, lines wrapped at <paramref name="columns"/> characters, a blank
    /// line between paragraphs, and a new page when the next paragraph would not fit on this one.
    /// </summary>
    private static byte[] MakePdf(string[][] paragraphs, int columns = 80, int linesPerPage = 12)
    {
        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        PdfPageBuilder page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        int line = 0;
        foreach (string[] paragraph in paragraphs)
        {
            List<string> lines = Wrap(string.Join(" ", paragraph), columns);
            if (line > 0 && line + lines.Count > linesPerPage)
            {
                page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
                line = 0;
            }

            foreach (string text in lines)
                page.AddText(text, 10, new PdfPoint(60, 780 - 14 * line++), font);
            line++;
        }

        return builder.Build();
    }

    /// <summary>
    /// A PDF of the paragraphs set as a book or report is: lines run on from page to page wherever the page is full, a
    /// running head at the top of every page and "Page N of M" at its foot.
    /// </summary>
    private static byte[] MakeRunningPdf(string[][] paragraphs, int linesPerPage, string head)
    {
        var lines = new List<string>();
        foreach (string[] paragraph in paragraphs)
        {
            lines.AddRange(Wrap(string.Join(" ", paragraph), 80));
            lines.Add("");
        }

        var builder = new PdfDocumentBuilder();
        PdfDocumentBuilder.AddedFont font = builder.AddStandard14Font(Standard14Font.Helvetica);
        int pageCount = (lines.Count + linesPerPage - 1) / linesPerPage;
        for (int p = 0; p < pageCount; p++)
        {
            PdfPageBuilder page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
            page.AddText(head, 8, new PdfPoint(60, 810), font);
            int y = 780;
            foreach (string text in lines.Skip(p * linesPerPage).Take(linesPerPage))
            {
                if (text.Length > 0)
                    page.AddText(text, 10, new PdfPoint(60, y), font);
                y -= 14;
            }

            page.AddText($"Page {p + 1} of {pageCount}", 8, new PdfPoint(280, 40), font);
        }

        return builder.Build();
    }

    private static List<string> Wrap(string text, int columns)
    {
        var lines = new List<string>();
        string current = "";
        foreach (string word in text.Split(' '))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > columns)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        lines.Add(current);
        return lines;
    }

    [Test]
    public void APdfsWrappedLinesAndPagesGiveTheReportsSentences()
    {
        string path = WriteFile("report.pdf", MakePdf(Report));

        var result = CliRunner.Run("", "sentences", path);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Is.EqualTo(ReportSentences), "whole sentences, in order, from all of its pages");
    }

    [Test]
    public void SentencesRunOnAcrossPagesWithoutTheRunningHeadsAndPageNumbers()
    {
        // Seven lines a page: a paragraph breaks across nearly every page, mid-sentence.
        string path = WriteFile("annual-report.pdf", MakeRunningPdf(Report, linesPerPage: 7, head: "Port Allan Harbour Trust - Survey of the North Wall, 2025"));

        var result = CliRunner.Run("", "sentences", path);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Is.EqualTo(ReportSentences), "every sentence whole, also those a page break cuts; no head, no page number");
    }

    [Test]
    public void APdfIsSummarizedFromItsText()
    {
        string path = WriteFile("report.pdf", MakePdf(Report));

        var result = CliRunner.Run("", path, "-n", "3", "--format", "json");

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        JsonElement root = JsonDocument.Parse(result.Out).RootElement;
        Assert.That(root.GetProperty("options").GetProperty("input").GetString(), Is.EqualTo("pdf"));
        string text = root.GetProperty("text").GetString()!;
        Assert.That(text, Does.Contain("\f"), "the pages of the report, a form feed between them");
        JsonElement[] sentences = root.GetProperty("sentences").EnumerateArray().ToArray();
        Assert.That(sentences, Has.Length.EqualTo(3));
        foreach (JsonElement sentence in sentences)
        {
            string said = sentence.GetProperty("text").GetString()!;
            Assert.That(ReportSentences.Select(s => s.Replace('\n', ' ')), Does.Contain(said.ReplaceLineEndings(" ")), "a whole sentence of the report");
            Assert.That(text.Substring(sentence.GetProperty("start").GetInt32(), sentence.GetProperty("length").GetInt32()), Is.EqualTo(said), "offsets into \"text\"");
        }
    }

    [Test]
    public void AFileThatStartsAsAPdfIsReadAsOneWhateverItsName()
    {
        string path = WriteFile("report-download", MakePdf(Report));

        var result = CliRunner.Run("", "sentences", path);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Is.EqualTo(ReportSentences));
    }

    [Test]
    public void APdfWithoutTextIsAOneLineError()
    {
        // A scanned document: pages with pictures and no text. Here, a page with a drawn frame only.
        var builder = new PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4).DrawRectangle(new PdfPoint(50, 50), 400, 600);
        string path = WriteFile("scan.pdf", builder.Build());

        var result = CliRunner.Run("", path);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.Contain("no text found in the PDF").And.Contain("OCR"));
        Assert.That(result.Out, Is.Empty);
    }

    [Test]
    public void ADamagedPdfIsAOneLineError()
    {
        byte[] whole = MakePdf(Report);
        string path = WriteFile("cut.pdf", whole[..(whole.Length / 3)]);

        var result = CliRunner.Run("", path);

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.ErrorLines, Has.Length.EqualTo(1));
        Assert.That(result.Error, Does.StartWith("summarize: cannot read the PDF in"));
    }

    [Test]
    public void APdfOnStandardInputIsAskedForByPath()
    {
        var result = CliRunner.Run("%PDF-1.7", "-", "--input", "pdf");

        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error, Does.Contain("a PDF is read from a file"));
    }

    [Test]
    public void OtherFilesAreNotTakenForPdfs()
    {
        string path = Path.Combine(_folder, "notes.txt");
        Directory.CreateDirectory(_folder);
        File.WriteAllText(path, "%PDF is how a PDF file begins. This note only says so.");

        var result = CliRunner.Run("", "sentences", path);

        Assert.That(result.ExitCode, Is.Zero, result.Error);
        Assert.That(result.Lines, Is.EqualTo(new[] { "%PDF is how a PDF file begins.", "This note only says so." }));
    }
}
