using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>
/// A batch reads a UTF-8 file as bytes, and standard input as text: every file must be answered exactly as the same
/// text given on standard input would be, line breaks, byte order marks, blank lines and broken bytes included.
/// </summary>
public class BatchFileInputTests
{
    private static string Article(int i) =>
        $"Ferry {i} left the harbour at dawn with forty passengers. The crossing to the island took three hours in calm water. " +
        $"Passengers on ferry {i} watched dolphins near the pier. The return trip was cancelled because of wind.";

    private static string Line(int id, string text) => JsonSerializer.Serialize(new { id, text });

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static IEnumerable<TestCaseData> Inputs()
    {
        string a = Line(1, Article(1)), b = Line(2, Article(2)), c = Line(3, Article(3));
        yield return new TestCaseData(Utf8($"{a}\n{b}\n{c}\n")).SetName("line feeds");
        yield return new TestCaseData(Utf8($"{a}\r\n{b}\r\n{c}\r\n")).SetName("carriage return and line feed");
        yield return new TestCaseData(Utf8($"{a}\r{b}\r{c}")).SetName("carriage returns alone, no final break");
        yield return new TestCaseData(Utf8($"{a}\n{b}")).SetName("no final line break");
        yield return new TestCaseData((byte[])[0xEF, 0xBB, 0xBF, .. Utf8($"{a}\n{b}\n")]).SetName("UTF-8 byte order mark");
        yield return new TestCaseData(Utf8($"\n{a}\n   \n\t\n\u00A0\u3000\n{b}\n\n")).SetName("blank lines, Unicode spaces among them");
        yield return new TestCaseData(Utf8($"{a}\n\u00A0x\n{b}\n")).SetName("a no-break space before text is not blank");
        yield return new TestCaseData(Utf8("")).SetName("empty file");
        yield return new TestCaseData(Utf8("\n")).SetName("one empty line");
        yield return new TestCaseData(Utf8(Line(7, "Zoë Müller opened the café in Köln. 北京の記者が到着した。 The queue 🚶 reached the corner. Prices rose.") + "\n"))
            .SetName("text beyond ASCII");
        yield return new TestCaseData(Utf8($"{a}\n{{\"id\": 9, \"text\": \"Café\" oops}}\n{b}\n")).SetName("broken JSON after a non-ASCII letter");
        yield return new TestCaseData((byte[])[.. Utf8($"{a}\n{{\"id\": 5, \"text\": \"The pier "), 0xFF, 0xC3, .. Utf8($" was closed. Nobody was hurt.\"}}\n{b}\n")])
            .SetName("bytes that are not UTF-8 inside a text");
        yield return new TestCaseData((byte[])[.. Utf8("{\"id\": 6, \"te"), 0x80, .. Utf8("xt\": 1}\n"), .. Utf8($"{c}\n")])
            .SetName("bytes that are not UTF-8 in broken JSON");
        yield return new TestCaseData((byte[])[0xFF, 0xFE, .. Encoding.Unicode.GetBytes($"{a}\n{b}\n")]).SetName("UTF-16 with its byte order mark");
        yield return new TestCaseData((byte[])[0xEF, 0xBB]).SetName("two bytes of a byte order mark only");

        // Lines longer than the reader's 64 KB buffer, and "\r\n" split by the end of a buffer at each position near it.
        string longText = string.Join(' ', Enumerable.Range(0, 900).Select(Article));
        yield return new TestCaseData(Utf8($"{Line(10, longText)}\n{a}\n")).SetName("a line longer than the buffer");
        foreach (int breakAt in new[] { 65_530, 65_532, 65_534, 65_535, 65_536, 65_537 })
        {
            string head = Line(11, Article(11));
            string padded = head[..^1] + new string(' ', breakAt - Encoding.UTF8.GetByteCount(head)) + head[^1..]; // spaces before the closing brace
            yield return new TestCaseData(Utf8($"{padded}\r\n{b}\r\n")).SetName($"\\r\\n at byte {breakAt}");
        }
    }

    [TestCaseSource(nameof(Inputs))]
    public void AFileIsAnsweredAsItsTextOnStandardInput(byte[] file)
    {
        string path = Path.Combine(Path.GetTempPath(), $"batch-input-{Guid.NewGuid():N}.jsonl");
        string output = path + ".out";
        File.WriteAllBytes(path, file);
        try
        {
            // The text a UTF-8 reader makes of the file, as a program piping it in would send it.
            string text;
            using (var reader = new StreamReader(new MemoryStream(file), Encoding.UTF8))
                text = reader.ReadToEnd();
            foreach (string threads in new[] { "1", "2" })
            {
                var fromStdin = CliRunner.Run(text, "batch", "-", "-n", "2", "--threads", threads);
                var fromFile = CliRunner.Run("", "batch", path, "-n", "2", "--threads", threads, "-o", output);
                Assert.That(fromFile.ExitCode, Is.EqualTo(fromStdin.ExitCode), fromFile.Error);
                Assert.That(File.ReadAllText(output), Is.EqualTo(fromStdin.Out), $"{threads} threads");
                Assert.That(WithoutTime(fromFile.Error), Is.EqualTo(WithoutTime(fromStdin.Error)));
            }
        }
        finally
        {
            File.Delete(path);
            File.Delete(output);
        }
    }

    /// <summary>The command as a process reads redirected standard input as bytes too: the same bytes, the same answer as from a file.</summary>
    [Test]
    public void TheProcessAnswersStandardInputAsTheSameFile()
    {
        string a = Line(1, Article(1)), b = Line(2, Article(2));
        byte[] input = [0xEF, 0xBB, 0xBF, .. Utf8($"{a}\r\n\u00A0\n{b}\r"), .. Utf8("{\"id\": 3, \"text\": \"The pier "), 0xFF,
            .. Utf8(" was closed. Nobody was hurt.\"}\n{oops\n"), .. Utf8(a)];
        string path = Path.Combine(Path.GetTempPath(), $"batch-input-{Guid.NewGuid():N}.jsonl");
        File.WriteAllBytes(path, input);
        try
        {
            foreach (string threads in new[] { "1", "2" })
            {
                var fromStdin = CliProcess.RunBytes(input, "batch", "-", "-n", "2", "--threads", threads);
                var fromFile = CliProcess.RunBytes([], "batch", path, "-n", "2", "--threads", threads);
                Assert.That(fromStdin.ExitCode, Is.EqualTo(3), fromStdin.Error); // the broken line fails
                Assert.That(fromStdin.Output, Is.EqualTo(fromFile.Output), $"{threads} threads");
                Assert.That(WithoutTime(fromStdin.Error), Is.EqualTo(WithoutTime(fromFile.Error)));
                Assert.That(Encoding.UTF8.GetString(fromStdin.Output).Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(5));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void LinesThatAreNotUtf8AreSummarizedWithReplacementCharacters()
    {
        string path = Path.Combine(Path.GetTempPath(), $"batch-input-{Guid.NewGuid():N}.jsonl");
        File.WriteAllBytes(path, [.. Utf8("{\"id\": 1, \"text\": \"The pier "), 0xFF, .. Utf8(" was closed on Monday. Nobody was hurt in the storm.\"}\n")]);
        try
        {
            var result = CliRunner.Run("", "batch", path, "-n", "1");
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            using JsonDocument json = JsonDocument.Parse(result.Lines.Single());
            Assert.That(json.RootElement.GetProperty("summary")[0].GetString(), Does.Contain("pier \uFFFD was closed"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string WithoutTime(string error) =>
        System.Text.RegularExpressions.Regex.Replace(error, @"in \d+\.\d s \(\d+ docs/s\)", "in (time)");
}
