using System.Text;

namespace Summarizer.Cli.Tests;

/// <summary>The batch's output writer must write what <see cref="TextWriter.WriteLine(string)"/> on the same writer would.</summary>
public class Utf8LineWriterTests
{
    private static readonly string[] Lines = ["{\"id\":1,\"summary\":[\"Plain.\"]}", "{\"text\":\"Zoë, 北京, 🚶\"}", ""];

    private static byte[] Written(Encoding encoding, string newLine, bool direct)
    {
        var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, encoding, leaveOpen: true) { NewLine = newLine })
        {
            writer.Write("before;"); // text the writer still holds must come first
            if (direct)
            {
                var lines = new Utf8LineWriter(writer);
                foreach (string line in Lines)
                    lines.WriteLine(Encoding.UTF8.GetBytes(line));
                lines.Flush();
            }
            else
            {
                foreach (string line in Lines)
                    writer.WriteLine(line);
            }
        }

        return stream.ToArray();
    }

    [TestCase("\n")]
    [TestCase("\r\n")]
    public void WritesWhatTheWriterWouldWithItsOwnLineBreak(string newLine)
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Assert.That(Written(utf8, newLine, direct: true), Is.EqualTo(Written(utf8, newLine, direct: false)));
    }

    [Test]
    public void AWriterWithAByteOrderMarkStillWritesItOnce()
    {
        var withMark = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        byte[] written = Written(withMark, "\n", direct: true);
        Assert.That(written, Is.EqualTo(Written(withMark, "\n", direct: false)));
        Assert.That(written[..3], Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
    }

    [Test]
    public void AnotherEncodingGetsText()
    {
        Assert.That(Written(Encoding.Unicode, "\n", direct: true), Is.EqualTo(Written(Encoding.Unicode, "\n", direct: false)));
    }

    [Test]
    public void NothingReachesTheStreamBeforeFlush()
    {
        var stream = new MemoryStream();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        var lines = new Utf8LineWriter(writer);
        lines.WriteLine("{\"id\":1}"u8);
        Assert.That(stream.Length, Is.Zero, "a line is written whole or not at all");
        lines.Flush();
        Assert.That(Encoding.UTF8.GetString(stream.ToArray()), Is.EqualTo("{\"id\":1}" + writer.NewLine));
    }
}
