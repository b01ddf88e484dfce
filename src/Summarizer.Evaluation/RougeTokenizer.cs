namespace Summarizer.Evaluation;

/// <summary>
/// The tokenization of <c>rouge_score</c> (<c>rouge/tokenize.py</c>): lower-case the text, turn every
/// character outside <c>[a-z0-9]</c> into a space, split on white space, and optionally stem tokens longer
/// than three characters. Accented letters therefore vanish (<c>café</c> gives <c>caf</c>).
/// </summary>
internal static class RougeTokenizer
{
    /// <summary>The tokens of <paramref name="text"/>, stemmed when <paramref name="useStemmer"/> is set.</summary>
    public static List<string> Tokenize(string text, bool useStemmer)
    {
        var tokens = new List<string>();
        var scanner = new TokenScanner(text);
        while (scanner.MoveNext(out ReadOnlySpan<char> token, out _))
        {
            string value = token.ToString();
            tokens.Add(useStemmer && value.Length >= MinStemmedLength ? PorterStemmer.Stem(value) : value);
        }

        return tokens;
    }

    /// <summary>
    /// The tokens of each line, as ROUGE-Lsum sees the text: split on <c>'\n'</c> only, lines with no
    /// token left out.
    /// </summary>
    public static List<List<string>> TokenizeLines(string text, bool useStemmer)
    {
        var lines = new List<List<string>>();
        var scanner = new TokenScanner(text);
        int currentLine = -1;
        while (scanner.MoveNext(out ReadOnlySpan<char> token, out int line))
        {
            if (line != currentLine)
            {
                lines.Add([]);
                currentLine = line;
            }

            string value = token.ToString();
            lines[^1].Add(useStemmer && value.Length >= MinStemmedLength ? PorterStemmer.Stem(value) : value);
        }

        return lines;
    }

    /// <summary>Only tokens of at least this many characters are stemmed (<c>len(x) &gt; 3</c> in rouge_score).</summary>
    public const int MinStemmedLength = 4;
}

/// <summary>
/// Walks a text token by token, mapping characters the way Python's <c>str.lower()</c> followed by
/// <c>re.sub(r"[^a-z0-9]+", " ", ...)</c> does, and counting <c>'\n'</c> line breaks.
/// </summary>
internal struct TokenScanner
{
    private readonly string _text;
    private int _position;
    private int _line;
    private char[] _buffer;

    public TokenScanner(string text)
    {
        _text = text;
        _position = 0;
        _line = 0;
        _buffer = new char[32];
    }

    /// <summary>Moves to the next token.</summary>
    /// <param name="token">The token's characters, valid until the next call.</param>
    /// <param name="line">The zero-based index of the <c>'\n'</c>-separated line the token is on.</param>
    /// <returns>False when the text has no more tokens.</returns>
    public bool MoveNext(out ReadOnlySpan<char> token, out int line)
    {
        int length = 0;
        while (_position < _text.Length)
        {
            char c = _text[_position];
            char mapped = Map(c);
            if (mapped != '\0')
            {
                if (length == _buffer.Length)
                    Array.Resize(ref _buffer, _buffer.Length * 2);
                _buffer[length++] = mapped;
                _position++;

                // Python lower-cases U+0130 to "i" plus U+0307 (combining dot above), which is not
                // alphanumeric, so the token ends after the "i".
                if (c == '\u0130')
                    break;
                continue;
            }

            if (length > 0)
                break;
            if (c == '\n')
                _line++;
            _position++;
        }

        token = _buffer.AsSpan(0, length);
        line = _line;
        return length > 0;
    }

    /// <summary>
    /// The character that lower-casing leaves in <c>[a-z0-9]</c>, or <c>'\0'</c> for a separator. Besides ASCII
    /// letters and digits only two code points lower-case into that range in Python: U+212A KELVIN SIGN (to
    /// <c>k</c>) and U+0130 LATIN CAPITAL LETTER I WITH DOT ABOVE (to <c>i</c> and a combining dot).
    /// </summary>
    private static char Map(char c) => c switch
    {
        >= 'a' and <= 'z' => c,
        >= '0' and <= '9' => c,
        >= 'A' and <= 'Z' => (char)(c + ('a' - 'A')),
        '\u212A' => 'k',
        '\u0130' => 'i',
        _ => '\0',
    };
}
