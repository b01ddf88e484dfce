using Lucene.Net.Analysis.Ar;
using Lucene.Net.Tartarus.Snowball;
using Summarizer.Text;

namespace Summarizer.Analysis;

/// <summary>Reduces a case-folded word to its stem. Instances keep state: one per thread at a time.</summary>
internal abstract class WordStemmer
{
    /// <summary>The stem of <paramref name="word"/> (lower case).</summary>
    public abstract string Stem(string word);
}

/// <summary>A Snowball stemmer from Lucene.Net.</summary>
internal sealed class SnowballWordStemmer(SnowballProgram program) : WordStemmer
{
    public override string Stem(string word)
    {
        program.SetCurrent(word);
        program.Stem();
        return program.Current;
    }
}

/// <summary>
/// Lucene's Arabic analysis: orthographic normalization (diacritics and tatweel removed, alef, yeh and teh marbuta
/// forms unified) and then the light stemmer, which strips the common prefixes (the article, conjunctions) and suffixes.
/// </summary>
internal sealed class ArabicWordStemmer : WordStemmer
{
    private readonly ArabicNormalizer _normalizer = new();
    private readonly ArabicStemmer _stemmer = new();
    private char[] _buffer = new char[32];

    public override string Stem(string word)
    {
        if (_buffer.Length < word.Length)
            _buffer = new char[word.Length];
        word.CopyTo(0, _buffer, 0, word.Length);
        int length = _normalizer.Normalize(_buffer, word.Length);
        length = _stemmer.Stem(_buffer, length);
        return new string(_buffer, 0, length);
    }
}
