using System.CommandLine;
using Summarizer.Text;
using Summarizer.Analysis;
using Summarizer.Segmentation;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarize sentences [FILE|-]</c>: prints the sentence segmentation of a text.</summary>
internal static class SentencesCommand
{
    // The splitter has rules for languages the analyzer has no stemmer for (Greek, Polish, Kazakh, ...), and splits
    // scripts whose terminators are their own (Amharic ።, Hindi and Marathi ।, Urdu ۔, Burmese ။) by those alone.
    private static readonly HashSet<string> SplitterCodes = new(
        RuleBasedSentenceSplitter.SupportedLanguages.Concat(["am", "hi", "mr", "my", "ur"]), StringComparer.OrdinalIgnoreCase);

    public static Command Create(CliIO io)
    {
        var file = new Argument<string>("file") { Description = "A text file; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        // Every code the analyzer or the splitter knows.
        string[] codes = LanguageCodes.All.Union(SplitterCodes, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToArray();
        var language = new Option<string>("--language", "-l")
        {
            Description = $"Language of the segmentation rules: auto (detect from the text), none (language-neutral rules), or one of {string.Join(", ", codes)}.",
            DefaultValueFactory = _ => "en",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: one sentence a line; json: one {\"start\", \"length\", \"text\"} object a line, with offsets in UTF-16 code units into the text as read (for a web page, into its article text; for subtitles, into their dialogue, with \"from\" and \"to\", the times the sentence is spoken).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json");
        var input = CommonOptions.Input();
        var joinLines = new Option<bool>("--join-lines") { Description = "Treat a line break before a lower-case word as a wrapped line, not a sentence end (hard-wrapped or PDF text)." };
        var quotations = new Option<string>("--quotations")
        {
            Description = "whole: a quotation stays in one sentence with the text around it, whatever terminators it holds (the Golden Rules); split: its sentences are split as the summarizer splits them.",
            DefaultValueFactory = _ => "whole",
        };
        quotations.AcceptOnlyFromAmong("whole", "split");

        var command = new Command("sentences", """
            Splits a text into sentences.

            Examples:
              summarize sentences article.txt
              cat article.txt | summarize sentences --format json
              summarize sentences page.html
              summarize sentences article.txt --quotations split
            """)
        {
            file, language, format, input, joinLines, quotations,
        };

        command.SetAction(parse =>
        {
            InputText read = InputText.Read(parse.GetValue(file) ?? "-", parse.GetValue(input)!, io);
            string text = read.Text;
            if (string.IsNullOrWhiteSpace(text))
                io.Error.WriteLine($"summarize: {CommonOptions.EmptyInputNotice(read.Source, "split")}");
            string code = parse.GetValue(language) ?? "en";
            if (!SplitterCodes.Contains(code))
            {
                Language lang = CommonOptions.ResolveLanguage(parse, language, codes) ?? LanguageDetector.Detect(text);
                code = lang == Language.None ? "und" : LanguageCodes.ToCode(lang); // "und": language-neutral rules
            }

            var splitter = new RuleBasedSentenceSplitter(new SentenceSplitterOptions
            {
                Language = code,
                JoinWrappedLines = parse.GetValue(joinLines),
                KeepQuotationsWhole = parse.GetValue(quotations) == "whole",
            });
            bool json = parse.GetValue(format) == "json";
            foreach (Sentence sentence in splitter.Split(text))
            {
                string sentenceText = sentence.GetText(text);
                if (json)
                {
                    io.Out.WriteLine(JsonOutput.ToLine(w =>
                    {
                        w.WriteStartObject();
                        w.WriteNumber("start", sentence.Span.Start);
                        w.WriteNumber("length", sentence.Span.Length);
                        w.WriteString("text", sentenceText);
                        JsonOutput.WriteTimes(w, read.SubtitleLines, sentence.Span);
                        w.WriteEndObject();
                    }));
                }
                else
                {
                    // One sentence a line: line breaks inside a sentence become spaces.
                    io.Out.WriteLine(OneLine.Of(sentenceText));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
