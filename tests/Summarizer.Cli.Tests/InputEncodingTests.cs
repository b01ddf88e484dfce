using System.Text;

namespace Summarizer.Cli.Tests;

/// <summary>
/// Invalid UTF-8 is decoded with U+FFFD and the rest summarized; a binary file (NUL bytes near its start) is refused with
/// exit code 1 and one line naming it. Never a stack trace.
/// </summary>
public class InputEncodingTests
{
    private const string Story = "The council approved the flood barrier on Monday. Engineers will start work in the spring. The mayor called it a historic vote.";

    private static string WriteTemp(byte[] bytes)
    {
        string path = Path.Combine(Path.GetTempPath(), $"summarize-input-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>The story with, inside its second sentence, a lone continuation byte, a truncated sequence, an overlong encoding and a surrogate encoded in UTF-8.</summary>
    private static byte[] InvalidUtf8()
    {
        byte[] story = Encoding.UTF8.GetBytes(Story);
        int inSecond = Story.IndexOf("start", StringComparison.Ordinal);
        return [.. story[..inSecond], 0x80, (byte)'s', 0xE2, 0x82, (byte)'t', 0xC0, 0xAF, 0xED, 0xA0, 0x80, .. story[inSecond..]];
    }

    private static byte[] Binary()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[100] = 0;
        byte[] header = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];
        header.CopyTo(bytes, 0);
        return bytes;
    }

    [Test]
    public void InvalidUtf8IsReplacedAndTheRestSummarized()
    {
        string path = WriteTemp(InvalidUtf8());
        try
        {
            var result = CliRunner.Run("", "--sentences", "3", path);
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Error, Is.Empty);
            Assert.That(result.Lines, Does.Contain("The council approved the flood barrier on Monday."));
            Assert.That(result.Lines, Does.Contain("The mayor called it a historic vote."));
            Assert.That(result.Out, Does.Contain("\uFFFD"), "the undecodable bytes show as replacement characters");

            var sentences = CliRunner.Run("", "sentences", "--format", "json", path);
            Assert.That(sentences.ExitCode, Is.Zero, sentences.Error);
            Assert.That(sentences.Lines, Is.Not.Empty);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestCase("summarize")]
    [TestCase("sentences")]
    public void ABinaryFileIsRefusedWithOneLineNamingIt(string command)
    {
        string path = WriteTemp(Binary());
        try
        {
            var result = command == "summarize" ? CliRunner.Run("", path) : CliRunner.Run("", "sentences", path);
            Assert.That(result.ExitCode, Is.EqualTo(1));
            Assert.That(result.Out, Is.Empty);
            string[] lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.That(lines, Has.Length.EqualTo(1));
            Assert.That(lines[0], Does.Contain(path).And.Contain("binary"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void NulBytesAfterTheFirstEightKilobytesAreText()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Story + new string(' ', 9000)), 0, .. Encoding.UTF8.GetBytes(" The end is near.")];
        string path = WriteTemp(bytes);
        try
        {
            var result = CliRunner.Run("", "-n", "1", path);
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Lines, Has.Length.EqualTo(1));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void BinaryStandardInputIsRefused()
    {
        var result = CliRunner.Run("text\0with a NUL. And more text here.", "-");
        Assert.That(result.ExitCode, Is.EqualTo(1));
        Assert.That(result.Error.Trim(), Is.EqualTo("summarize: standard input looks like a binary file (it contains NUL bytes); give a text file."));
    }

    [Test]
    public void TheRealProcessRefusesBinaryAndReplacesInvalidBytesWithoutAStackTrace()
    {
        ProcessRunner.Result binary = CliProcess.RunBytes(Binary(), "-");
        Assert.That(binary.ExitCode, Is.EqualTo(1));
        Assert.That(binary.Error.Trim().Split('\n'), Has.Length.EqualTo(1), binary.Error);
        Assert.That(binary.Error, Does.Contain("standard input").And.Contain("binary").And.Not.Contain("   at "));

        ProcessRunner.Result invalid = CliProcess.RunBytes(InvalidUtf8(), "--format", "json", "-");
        Assert.That(invalid.ExitCode, Is.Zero, invalid.Error);
        string output = Encoding.UTF8.GetString(invalid.Output);
        Assert.That(output, Does.Contain("The council approved the flood barrier on Monday."));
    }
}
