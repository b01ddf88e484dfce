using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Cli;

/// <summary>
/// The dialogue of a subtitle file, SubRip (<c>.srt</c>) or WebVTT (<c>.vtt</c>), as plain text: cue numbers and
/// identifiers, timings and cue settings, the WebVTT header and its NOTE, STYLE and REGION blocks, styling tags
/// (<c>&lt;i&gt;</c>, <c>&lt;v Speaker&gt;</c>, <c>{\an8}</c>) and sound descriptions for the hard of hearing
/// (<c>[door slams]</c>, <c>(laughing)</c>, <c>♪</c>) are removed. A line that ends a sentence ends a line of the text;
/// a line without final punctuation runs on into the next with a space (see <see cref="GoesOn"/>).
/// </summary>
/// <remarks>
/// A transcript with time stamps, as video and podcast sites give them (a caption line under each time, <c>0:03</c>, or
/// the time at the line's start, <c>[00:01:12] so we rebuilt the wall</c>), is read the same way: the stamps give the
/// times and are not words (see <see cref="LooksLikeTimestampedTranscript"/>).
/// Captions that roll up (each cue repeating the previous cue's last line, as automatic captions do) would repeat every
/// line, so a line equal to the one before it is kept once. Both formats are a few line rules, read here rather than
/// through a dependency.
/// </remarks>
internal static partial class SubtitleText
{
    /// <summary>Whether a file's name says it holds subtitles (.srt or .vtt).</summary>
    public static bool HasSubtitleExtension(string path) =>
        Path.GetExtension(path) is { } extension
        && (extension.Equals(".srt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".vtt", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Whether a text starts as a subtitle file does: a WebVTT header, or a SubRip cue (a number on its own line, then a
    /// timing line <c>00:00:01,000 --&gt; 00:00:04,000</c>).
    /// </summary>
    public static bool LooksLikeSubtitles(string content)
    {
        ReadOnlySpan<char> start = content.AsSpan().TrimStart("\uFEFF \t\r\n");
        if (start.StartsWith("WEBVTT", StringComparison.Ordinal))
            return start.Length == 6 || start[6] is ' ' or '\t' or '\r' or '\n';
        int firstEnd = start.IndexOfAny('\r', '\n');
        if (firstEnd <= 0 || !int.TryParse(start[..firstEnd].Trim(), out _))
            return false;
        ReadOnlySpan<char> rest = start[firstEnd..].TrimStart("\r\n");
        int secondEnd = rest.IndexOfAny('\r', '\n');
        return IsTiming(secondEnd < 0 ? rest : rest[..secondEnd]);
    }

    /// <summary>
    /// Whether a text is a transcript with time stamps: three or more of its lines, and at least a third of its non-blank
    /// lines, start with a time stamp (<c>0:03</c>, <c>12:40</c>, <c>1:02:17</c>, <c>[00:01:12]</c>, <c>(4:05)</c>) alone
    /// or before the line's words, and the stamps run forward in time. A transcript runs in the order it was spoken; clock
    /// times in other text (a live blog's updates, newest first) seldom rise line after line. Its lines are also speech:
    /// a quarter or more of them go on in lower case (a caption line breaks a sentence anywhere) or half or more end a
    /// sentence (turns). An agenda or a timetable ("10:15 Review of the survey"), whose items start with capitals and end
    /// without a mark, is neither, and keeps its lines.
    /// </summary>
    public static bool LooksLikeTimestampedTranscript(string content)
    {
        int lines = 0, stamped = 0, spoken = 0, lowerCase = 0, ending = 0;
        TimeSpan last = TimeSpan.MinValue;
        foreach (ReadOnlySpan<char> raw in content.AsSpan().EnumerateLines())
        {
            ReadOnlySpan<char> line = raw.Trim();
            if (line.IsEmpty)
                continue;
            lines++;
            if (LeadingStamp(line, out TimeSpan time, out ReadOnlySpan<char> rest))
            {
                if (time < last)
                    return false;
                last = time;
                stamped++;
                line = rest;
            }

            if (line.IsEmpty)
                continue;
            spoken++;
            lowerCase += char.IsLower(line[0]) ? 1 : 0;
            ending += SentenceEnd.EndsWithTerminator(line, SentenceEnd.Closers) ? 1 : 0;
        }

        return stamped >= 3 && stamped * 3 >= lines && (lowerCase * 4 >= spoken || ending * 2 >= spoken);
    }

    /// <summary>
    /// The time stamp a line starts with, alone or before the line's words (after spaces, a dash or a bar), and those
    /// words; false when the line does not start with one.
    /// </summary>
    private static bool LeadingStamp(ReadOnlySpan<char> line, out TimeSpan time, out ReadOnlySpan<char> rest)
    {
        time = TimeSpan.Zero;
        rest = default;
        // Asked of every line of a text read in: a digit or an opening bracket first rules out nearly all.
        if (line.IsEmpty || !(char.IsAsciiDigit(line[0]) || line[0] is '[' or '('))
            return false;
        ValueMatch match = default;
        foreach (ValueMatch m in LeadingStampPattern().EnumerateMatches(line))
        {
            match = m;
            break;
        }

        if (match.Length == 0)
            return false;
        ReadOnlySpan<char> stamp = line[..match.Length].Trim().Trim("[]()").TrimEnd(" -\u2013|");
        time = Time(stamp.ToString());
        rest = line[match.Length..].Trim();
        return true;
    }

    /// <summary>
    /// The lines of a transcript with time stamps (see <see cref="LooksLikeTimestampedTranscript"/>), with the times each
    /// is spoken, and whether it starts a turn: after a blank line, which a transcript leaves between speakers' turns (and
    /// a live page between its updates), or with a speaker's label ("Host:", "MARTA OKONKWO:", "Ana Ruiz (Host):"). A
    /// line without final punctuation before it ends its turn rather than going on.
    /// </summary>
    private static List<DialogueLine> TranscriptLines(string content)
    {
        var lines = new List<DialogueLine>();
        TimeSpan from = TimeSpan.Zero;
        bool blankBefore = false;
        foreach (ReadOnlySpan<char> raw in content.AsSpan().TrimStart('\uFEFF').EnumerateLines())
        {
            ReadOnlySpan<char> line = raw.Trim();
            if (line.IsEmpty)
            {
                blankBefore = lines.Count > 0;
                continue;
            }

            if (LeadingStamp(line, out TimeSpan time, out ReadOnlySpan<char> rest))
            {
                from = time;
                line = rest;
            }

            string text = CleanLine(line.ToString());
            if (text.Length > 0)
            {
                lines.Add(new DialogueLine(text, from, from, blankBefore || SpeakerLabelPattern().IsMatch(text)));
                blankBefore = false;
            }
        }

        // A line is spoken until the next later stamp's time; the last lines, for want of one, end where they start.
        TimeSpan later = lines.Count > 0 ? lines[^1].From : TimeSpan.Zero;
        for (int k = lines.Count - 1; k >= 0; k--)
        {
            if (k + 1 < lines.Count && lines[k + 1].From > lines[k].From)
                later = lines[k + 1].From;
            lines[k] = lines[k] with { To = later > lines[k].From ? later : lines[k].From };
        }

        return lines;
    }

    /// <summary>
    /// The dialogue of <paramref name="content"/>: its lines in cue order, a line feed after each that ends a sentence
    /// and a space after each that does not (see <see cref="GoesOn"/>). Captions without any punctuation (speech
    /// recognized automatically) thus become one run of text, which the sentence splitter cuts into clauses.
    /// </summary>
    public static string Dialogue(string content) => Read(content).Text;

    /// <summary>The dialogue of <paramref name="content"/> (see <see cref="Dialogue"/>) with the cue times of each of its lines.</summary>
    public static SubtitleDialogue Read(string content)
    {
        var lines = new List<DialogueLine>();
        string? previous = null;
        // Cues (SubRip, WebVTT) have timing lines; a text without any is a transcript whose stamps, however few, lead
        // its lines: read as a transcript also when the user named the kind and the stamps were too few to recognize it.
        IEnumerable<DialogueLine> read = LooksLikeSubtitles(content) || HasCueTiming(content) ? DialogueLines(content) : TranscriptLines(content);
        foreach (var line in read)
        {
            if (line.Text != previous)
                lines.Add(line);
            previous = line.Text;
        }

        var text = new StringBuilder();
        var cues = new List<SubtitleLine>(lines.Count);
        string? before = null;
        foreach (var (raw, from, to, startsTurn) in lines)
        {
            // Broadcast captions mark a new speaker with ">>": a line break, not words.
            string line = raw.StartsWith(">>", StringComparison.Ordinal) ? raw.TrimStart('>').TrimStart() : raw;
            if (line.Length == 0)
                continue;
            if (before is not null)
                text.Append(startsTurn || line.Length < raw.Length || !GoesOn(before, line) ? '\n' : ' ');
            cues.Add(new SubtitleLine(text.Length, text.Length + line.Length, from, to));
            text.Append(line);
            before = line;
        }

        return new SubtitleDialogue(text.ToString(), cues);
    }

    /// <summary>
    /// Whether the sentence of line <paramref name="before"/> goes on in <paramref name="line"/>. Subtitles end every
    /// sentence with its punctuation (the rule of subtitling style guides), so a line without it is continued by the
    /// next, whatever case that starts in ("I finally told" / "Maria the truth"), and so is a line ending in an ellipsis
    /// when the next opens with one ("closed..." / "...until tomorrow"). A new speaker's line (a dialogue dash, or the
    /// ">>" of broadcast captions) starts anew. Captions without any punctuation thus run on as one text, which the
    /// sentence splitter cuts into clauses.
    /// </summary>
    private static bool GoesOn(string before, string line)
    {
        if (line.StartsWith('-') || line.StartsWith('\u2013') || line.StartsWith('\u2014'))
            return false;
        if (line.StartsWith("...", StringComparison.Ordinal) || line.StartsWith('\u2026'))
            return true;
        // A music note closes a sung line as a quotation mark does; a colon or semicolon ends a cue's clause.
        return !SentenceEnd.EndsWithTerminator(before, SentenceEnd.Closers + "\u266A\u266B ", alsoEnding: ":;");
    }

    /// <summary>The cleaned lines of text of every cue, in order, repeated lines included, with their cue's times.</summary>
    private static IEnumerable<DialogueLine> DialogueLines(string content)
    {
        string[] lines = content.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n');
        TimeSpan from = TimeSpan.Zero, to = TimeSpan.Zero;
        int i = 0;
        while (i < lines.Length)
        {
            // One block: the lines up to the next blank line.
            int end = i;
            while (end < lines.Length && lines[end].Trim().Length > 0)
                end++;
            if (end > i && !IsMetadataBlock(lines[i]))
            {
                int timing = i;
                while (timing < end && !IsTiming(lines[timing]))
                    timing++;
                if (timing < end)
                    (from, to) = Times(lines[timing]);
                // The text follows the timing line; a block without one (a cue's text split by a stray blank line) is
                // text, with the times of the cue before it.
                for (int k = timing < end ? timing + 1 : i; k < end; k++)
                {
                    string line = CleanLine(lines[k]);
                    if (line.Length > 0)
                        yield return new DialogueLine(line, from, to, StartsTurn: false);
                }
            }

            i = end + 1;
        }
    }

    /// <summary>Whether any line of <paramref name="content"/> is a cue's timing line (<c>00:00:01,000 --&gt; 00:00:04,000</c>).</summary>
    private static bool HasCueTiming(string content)
    {
        if (!content.Contains("-->", StringComparison.Ordinal))
            return false;
        foreach (ReadOnlySpan<char> line in content.AsSpan().EnumerateLines())
        {
            if (line.Contains("-->", StringComparison.Ordinal) && IsTiming(line))
                return true;
        }

        return false;
    }

    /// <summary>The start and end times of a cue timing line.</summary>
    private static (TimeSpan From, TimeSpan To) Times(string line)
    {
        Match match = TimingPattern().Match(line);
        return (Time(match.Groups["from"].Value), Time(match.Groups["to"].Value));
    }

    /// <summary>A time stamp's time: hh:mm:ss,fff or mm:ss.fff, seconds and their fraction last, then minutes, then hours.</summary>
    private static TimeSpan Time(string stamp)
    {
        string[] parts = stamp.Replace(',', '.').Split(':');
        double seconds = double.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
        int minutes = int.Parse(parts[^2], System.Globalization.CultureInfo.InvariantCulture);
        int hours = parts.Length > 2 ? int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture) : 0;
        return TimeSpan.FromHours(hours) + TimeSpan.FromMinutes(minutes) + TimeSpan.FromMilliseconds(Math.Round(seconds * 1000));
    }

    /// <summary>
    /// The time a sentence of the dialogue is spoken: from the start of the cue its first character is in to the end of
    /// the cue its last character is in; null when the span touches no line of dialogue.
    /// </summary>
    public static (TimeSpan From, TimeSpan To)? TimesOf(IReadOnlyList<SubtitleLine> lines, Summarizer.Text.TextSpan span)
    {
        int first = LineAt(lines, span.Start);
        int last = LineAt(lines, Math.Max(span.Start, span.End - 1));
        return first < 0 || last < 0 ? null : (lines[first].From, lines[last].To);
    }

    /// <summary>The index of the line holding (or, between lines, following) <paramref name="offset"/>; -1 past the last.</summary>
    private static int LineAt(IReadOnlyList<SubtitleLine> lines, int offset)
    {
        int lo = 0, hi = lines.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (lines[mid].End <= offset)
                lo = mid + 1;
            else
                hi = mid;
        }

        return lo < lines.Count ? lo : -1;
    }

    /// <summary>The WebVTT header and its comment, style and region blocks, which hold no dialogue.</summary>
    private static bool IsMetadataBlock(string first)
    {
        ReadOnlySpan<char> line = first.AsSpan().Trim();
        foreach (string keyword in (ReadOnlySpan<string>)["WEBVTT", "NOTE", "STYLE", "REGION"])
        {
            if (line.StartsWith(keyword, StringComparison.Ordinal) && (line.Length == keyword.Length || line[keyword.Length] is ' ' or '\t'))
                return true;
        }

        return false;
    }

    /// <summary>Whether a line is a cue timing: a time stamp, <c>--&gt;</c>, a time stamp, then any cue settings.</summary>
    private static bool IsTiming(ReadOnlySpan<char> line) => TimingPattern().IsMatch(line);

    /// <summary>A dialogue line without its tags and entities, or "" when it only describes sounds or music.</summary>
    private static string CleanLine(string line)
    {
        string text = WebUtility.HtmlDecode(TagPattern().Replace(line, "")).Replace('\u00A0', ' ').Trim();
        text = text.Trim('\u200E', '\u200F').Trim();
        if (text.Length == 0 || SoundDescriptionPattern().IsMatch(text))
            return "";
        // Sounds described in square brackets anywhere ("[laughs] You can't be serious."), or in parentheses before the
        // words ("(sighs) Fine."), are not said.
        return SpacesPattern().Replace(InlineSoundPattern().Replace(text, " "), " ").Trim();
    }

    [GeneratedRegex(@"^\s*(?<from>(\d+:)?\d{1,2}:\d{2}[,.]\d{1,3})\s*-->\s*(?<to>(\d+:)?\d{1,2}:\d{2}[,.]\d{1,3})")]
    private static partial Regex TimingPattern();

    // A transcript's time stamp at a line's start, bare or in brackets, then the line's end or a separator before its words.
    [GeneratedRegex(@"^(\[(\d{1,2}:)?\d{1,2}:\d{2}([.,]\d{1,3})?\]|\((\d{1,2}:)?\d{1,2}:\d{2}([.,]\d{1,3})?\)|(\d{1,2}:)?\d{1,2}:\d{2}([.,]\d{1,3})?)(\s*$|\s+[-\u2013|]\s+|\s+)")]
    private static partial Regex LeadingStampPattern();

    // A speaker's label opening a transcript's line: one to four names or words in capitals, a number or a role in
    // parentheses among them ("Speaker 2", "Ana Ruiz (Host)"), then a colon and a space.
    [GeneratedRegex(@"^\p{Lu}[\p{L}'\u2019.-]*(\s+(\p{Lu}[\p{L}'\u2019.-]*|\d{1,2}|\([\p{L} ]{1,20}\))){0,3}:\s")]
    private static partial Regex SpeakerLabelPattern();

    // Markup tags (<i>, </b>, <font color="red">, <v Anna>, <c.yellow>, <00:01:02.500>) and SubStation override blocks ({\an8}).
    [GeneratedRegex(@"<[^<>\n]*>|\{\\[^{}\n]*\}")]
    private static partial Regex TagPattern();

    // A whole line in brackets or parentheses, or made of music signs and the words between them: captions for the hard
    // of hearing describe sounds so ("[door slams]", "(laughing)", "♪ la la la ♪").
    [GeneratedRegex(@"^(\[[^\]]*\]|\([^)]*\)|[♪♫#][^\n]*[♪♫#]|[♪♫]+)$")]
    private static partial Regex SoundDescriptionPattern();

    [GeneratedRegex(@"\[[^\]\n]*\]|^\([^)\n]*\)\s")]
    private static partial Regex InlineSoundPattern();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex SpacesPattern();
}

/// <summary>A cleaned line of dialogue, the times of its cue, and whether it starts a new turn whatever the line before.</summary>
internal readonly record struct DialogueLine(string Text, TimeSpan From, TimeSpan To, bool StartsTurn);

/// <summary>The dialogue of a subtitle file and where each of its lines is in it.</summary>
/// <param name="Text">The dialogue (see <see cref="SubtitleText.Dialogue"/>).</param>
/// <param name="Lines">Each line of dialogue's span in <paramref name="Text"/> and its cue's times, in order.</param>
internal sealed record SubtitleDialogue(string Text, IReadOnlyList<SubtitleLine> Lines);

/// <summary>One line of dialogue: its span <c>[Start, End)</c> in the dialogue text and the times of its cue.</summary>
internal readonly record struct SubtitleLine(int Start, int End, TimeSpan From, TimeSpan To);
