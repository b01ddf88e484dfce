using System.Runtime.CompilerServices;

namespace Summarizer.Cli;

/// <summary>
/// Reads a UTF-8 stream line by line as bytes, splitting where <see cref="TextReader.ReadLine"/> splits (at
/// <c>\n</c>, <c>\r</c> and <c>\r\n</c>) and skipping a UTF-8 byte order mark at the start, as a UTF-8
/// <see cref="StreamReader"/> does.
/// </summary>
/// <remarks>
/// A batch parses JSON, which System.Text.Json reads as UTF-8: reading lines as text decoded every byte to UTF-16 only
/// for the parser to encode it back, and kept twice the bytes in memory for every line in flight. Bytes that are not
/// valid UTF-8 are passed on as read: the caller decides what they mean.
/// </remarks>
internal static class Utf8Lines
{
    private const int BufferSize = 1 << 16;

    /// <summary>
    /// Whether a stream starting with <paramref name="start"/> must be read as text instead: it starts with a UTF-16 or
    /// UTF-32 byte order mark, which a <see cref="StreamReader"/> follows to another encoding.
    /// </summary>
    public static bool StartsWithNonUtf8Mark(ReadOnlySpan<byte> start) =>
        start.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || start.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || start.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]);

    /// <summary>
    /// The lines of <paramref name="stream"/> with their 1-based numbers and the bytes consumed up to the end of each
    /// (its line break included). A final line without a line break is a line; an empty stream has none.
    /// </summary>
    /// <param name="stream">The input, read from its current position.</param>
    /// <param name="prefix">Bytes already read from the stream's start (to look for a byte order mark); they come first.</param>
    /// <param name="waitAsync">
    /// Read asynchronously: the enumeration then completes at once while lines are buffered and waits only when the
    /// stream has nothing more yet (a pipe). A file is read synchronously, which saves a thread hop per buffer.
    /// </param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static async IAsyncEnumerable<(byte[] Line, long Number, long Bytes)> ReadAsync(Stream stream, ReadOnlyMemory<byte> prefix, bool waitAsync,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[Math.Max(BufferSize, prefix.Length)];
        prefix.CopyTo(buffer);
        int start = 0, end = prefix.Length;
        bool atStart = true, endOfStream = false;
        long number = 0, consumed = 0;
        while (true)
        {
            if (atStart && (end - start >= 3 || endOfStream))
            {
                atStart = false;
                if (buffer.AsSpan(start, end - start).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    start += 3;
                    consumed += 3;
                }
            }

            if (!atStart)
            {
                ReadOnlySpan<byte> pending = buffer.AsSpan(start, end - start);
                int lineEnd = pending.IndexOfAny((byte)'\n', (byte)'\r');
                // A carriage return at the end of what was read may be the first half of "\r\n": read on to see.
                bool complete = lineEnd >= 0 && (pending[lineEnd] == '\n' || lineEnd + 1 < pending.Length || endOfStream);
                if (complete || (endOfStream && pending.Length > 0))
                {
                    if (lineEnd < 0)
                        lineEnd = pending.Length;
                    int breakLength = lineEnd == pending.Length ? 0
                        : pending[lineEnd] == '\r' && lineEnd + 1 < pending.Length && pending[lineEnd + 1] == '\n' ? 2 : 1;
                    byte[] line = pending[..lineEnd].ToArray();
                    start += lineEnd + breakLength;
                    consumed += lineEnd + breakLength;
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return (line, ++number, consumed);
                    continue;
                }

                if (endOfStream)
                    yield break;
            }

            // Keep the partial line, make room after it, and read more.
            if (start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }

            if (end == buffer.Length)
                Array.Resize(ref buffer, buffer.Length * 2); // a line longer than the buffer
            // A pipe's read may ignore the token and wait for the writer indefinitely: cancellation abandons the read
            // (its thread returns when the pipe has data or closes) rather than waiting for it.
            int read = waitAsync
                ? await stream.ReadAsync(buffer.AsMemory(end), cancellationToken).AsTask().WaitAsync(cancellationToken).ConfigureAwait(false)
                : stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
                endOfStream = true;
            end += read;
        }
    }
}
