namespace Summarizer.Segmentation;

/// <summary>
/// Strips what is not prose from the edges of a sentence: HTML or XML tags (also entity-escaped, as in
/// "&amp;lt;b&amp;gt;") and decorative rules such as "////////" or "=====". A sentence of nothing else is dropped.
/// </summary>
internal static class Markup
{
    /// <summary>Longest tag recognised.</summary>
    private const int MaxTagLength = 300;

    /// <summary>Narrows <c>[start, end)</c>; returns false when nothing is left.</summary>
    public static bool Trim(string text, ref int start, ref int end)
    {
        char first = text[start];
        char last = text[end - 1];
        if (first is not ('<' or '&') && !IsDecoration(first) && last is not ('>' or ';') && !IsDecoration(last))
            return true; // The common case: prose on both edges.

        bool changed = true;
        while (changed && start < end)
        {
            changed = false;
            int k = TagEndingAfter(text, start, end);
            if (k < 0)
                k = DecorationAfter(text, start, end);
            if (k > start)
            {
                start = k;
                changed = true;
            }

            if (start >= end)
                break;
            k = TagStartingBefore(text, start, end);
            if (k < 0)
                k = DecorationBefore(text, start, end);
            if (k >= 0 && k < end)
            {
                end = k;
                changed = true;
            }

            while (start < end && char.IsWhiteSpace(text[start]))
                start++;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
                end--;
        }

        return end > start;
    }

    private static bool IsDecoration(char c) => c is '/' or '*' or '=' or '_' or '~' or '#' or '+' or '|' or '^' or '-';

    /// <summary>"&lt;p class="x"&gt;" or "&amp;lt;b&amp;gt;" at <paramref name="start"/>: returns the index after it, else -1.</summary>
    private static int TagEndingAfter(string text, int start, int end)
    {
        if (text[start] == '<')
        {
            if (!IsTagName(text, start + 1, end))
                return -1;
            int close = text.AsSpan(start + 1, Math.Min(end - start - 1, MaxTagLength)).IndexOfAny('<', '>');
            return close >= 0 && text[start + 1 + close] == '>' ? start + close + 2 : -1;
        }

        if (text.AsSpan(start, end - start).StartsWith("&lt;", StringComparison.Ordinal) && IsTagName(text, start + 4, end))
        {
            int close = text.AsSpan(start + 4, Math.Min(end - start - 4, MaxTagLength)).IndexOf("&gt;", StringComparison.Ordinal);
            return close >= 0 ? start + 4 + close + 4 : -1;
        }

        return -1;
    }

    /// <summary>A tag ending at <paramref name="end"/>: returns the index of its start, else -1.</summary>
    private static int TagStartingBefore(string text, int start, int end)
    {
        if (text[end - 1] == '>')
        {
            int open = text.AsSpan(start, end - 1 - start).LastIndexOfAny('<', '>');
            if (open < 0 || text[start + open] != '<' || end - 1 - (start + open) > MaxTagLength)
                return -1;
            return IsTagName(text, start + open + 1, end) ? start + open : -1;
        }

        if (end - start >= 8 && text.AsSpan(start, end - start).EndsWith("&gt;", StringComparison.Ordinal))
        {
            int open = text.AsSpan(start, end - 4 - start).LastIndexOf("&lt;", StringComparison.Ordinal);
            return open >= 0 && IsTagName(text, start + open + 4, end) ? start + open : -1;
        }

        return -1;
    }

    private static bool IsTagName(string text, int at, int end)
    {
        if (at < end && text[at] is '/' or '!')
            at++;
        return at < end && char.IsAsciiLetter(text[at]);
    }

    /// <summary>A run of three or more of the same decorative character at <paramref name="start"/>: the index after it, else -1.</summary>
    private static int DecorationAfter(string text, int start, int end)
    {
        char c = text[start];
        if (!IsDecoration(c))
            return -1;
        int k = start;
        while (k < end && text[k] == c)
            k++;
        return Count(text, start, k, c) >= 3 ? k : -1;
    }

    private static int DecorationBefore(string text, int start, int end)
    {
        char c = text[end - 1];
        if (!IsDecoration(c))
            return -1;
        int k = end;
        while (k > start && text[k - 1] == c)
            k--;
        return Count(text, k, end, c) >= 3 ? k : -1;
    }

    private static int Count(string text, int start, int end, char c)
    {
        int n = 0;
        for (int k = start; k < end; k++)
        {
            if (text[k] == c)
                n++;
        }

        return n;
    }
}
