using System.Buffers;
using Summarizer.Text;

namespace Summarizer.Analysis;

// Marking a document's stop words anew for another stop list, without analysing its text again.
public sealed partial class TextAnalyzer
{
    /// <summary>
    /// <paramref name="document"/>, if this analyzer made it, as <paramref name="target"/> would analyse it: the same
    /// sentences (and their marks) and tokens, with the words of the target's stop list marked as stop words and the
    /// terms renumbered in order of first appearance. This skips a second analysis of the text when a line list is
    /// ranked with another stop list. Null when this analyzer did not make the document, or the target
    /// splits or tokenizes otherwise or is of another language; the caller then analyses the text again.
    /// </summary>
    internal Document? WithStopWordsOf(Document document, TextAnalyzer target)
    {
        if (!ReferenceEquals(document.AnalyzedBy, this) || target.Language != Language || !ReferenceEquals(target.Splitter, Splitter)
            || !ReferenceEquals(target.Tokenizer, Tokenizer))
            return null;

        // The sentences and token spans stay; each token is normalized again exactly as Analyze does it (the thread's
        // surface table first, then the target's word cache), so the result equals a second analysis without splitting
        // or tokenizing the text again.
        string text = document.Text;
        Token[] tokens = document.Tokens.ToArray();
        AnalysisScratch scratch = AnalysisScratch.Take();
        SurfaceTable surfaces = scratch.Surfaces;
        surfaces.StartDocument(target, scratch.Terms);
        char[] folded = ArrayPool<char>.Shared.Rent(64);
        try
        {
            for (int i = 0; i < tokens.Length; i++)
            {
                TextSpan span = tokens[i].Span;
                ReadOnlySpan<char> word = span.Slice(text);
                if (word.ContainsAny(WhiteSpace))
                {
                    // Only a word hyphenated across a line break holds white space: "infor-", the break, "mation".
                    int gap = word.IndexOfAny(WhiteSpace);
                    word = string.Concat(word[..(gap - 1)], word[(gap + word[gap..].IndexOfAnyExcept(WhiteSpace))..]);
                }

                int termId = target.TermIdOf(word, surfaces, ref folded, out _);

                tokens[i] = tokens[i] with { TermId = termId };
            }

            return document.WithTokens(tokens, new Vocabulary(scratch.Terms.ToArray()), target);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
            AnalysisScratch.Return(scratch);
        }
    }

    private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(" \t\n\r\f\v\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\u0085");
}
