using System.Buffers;
using System.Text;

namespace Summarizer.Cli;

/// <summary>
/// Writes lines of UTF-8 to a text writer: straight to the stream under a UTF-8 <see cref="StreamWriter"/> (a file,
/// standard output), as text to any other writer. Lines reach the stream at <see cref="Flush"/>, so what it holds is
/// always whole lines.
/// </summary>
/// <remarks>
/// A batch serializes its output as UTF-8: going through the writer decoded every line to UTF-16 only for the writer
/// to encode it back.
/// </remarks>
internal sealed class Utf8LineWriter
{
    private readonly TextWriter _writer;
    private readonly Stream? _stream;
    private readonly byte[] _newLine = [];
    private readonly ArrayBufferWriter<byte> _pending = new(1 << 16);

    /// <summary>Writes to <paramref name="writer"/>, flushing what it holds first when its stream is written directly.</summary>
    public Utf8LineWriter(TextWriter writer)
    {
        _writer = writer;
        // Without a preamble: a writer that has one still to write must write it itself.
        if (writer is StreamWriter { BaseStream.CanWrite: true } streamWriter
            && streamWriter.Encoding.CodePage == Encoding.UTF8.CodePage && streamWriter.Encoding.GetPreamble().Length == 0)
        {
            streamWriter.Flush();
            _stream = streamWriter.BaseStream;
            _newLine = Encoding.UTF8.GetBytes(writer.NewLine);
        }
    }

    /// <summary>Adds a line (given without its line break; the writer's own is added).</summary>
    public void WriteLine(ReadOnlySpan<byte> line)
    {
        if (_stream is null)
        {
            _writer.WriteLine(Encoding.UTF8.GetString(line));
            return;
        }

        _pending.Write(line);
        _pending.Write(_newLine);
    }

    /// <summary>Writes the lines added so far and flushes the stream (or the writer).</summary>
    public void Flush()
    {
        if (_stream is null)
        {
            _writer.Flush();
            return;
        }

        _stream.Write(_pending.WrittenSpan);
        _pending.ResetWrittenCount();
        _stream.Flush();
    }
}
