using System.CommandLine;
using Summarizer.Keywords;
using Summarizer.Text;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarize [FILE...|-]</c>: summarizes files, web pages or standard input.</summary>
internal static class SummarizeCommand
{
    public static RootCommand Create(CliIO io)
    {
        var files = new Argument<string[]>("files") { Description = "Text files or web pages (.html, .htm) to summarize; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var lengthOptions = new LengthOptions();
        var pipelineOptions = new PipelineOptions();
        var order = new Option<string>("--order") { Description = "Sentence order: document or rank.", DefaultValueFactory = _ => "document" };
        order.AcceptOnlyFromAmong("document", "rank");
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: text (one sentence a line), json (the summary object with spans, scores, ranks, language and options), markdown (a bulleted list), or html (a self-contained page of the whole text shaded by sentence score, summary sentences marked). Several files: text puts a '==> FILE <==' line before each, markdown a '## FILE' heading, json one object a line with its \"source\", html one <article> per file on one page.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown", "html");
        var input = CommonOptions.Input();
        var keywords = new Option<int?>("--keywords", "-k") { Description = "Also print the top N keyphrases (TextRank over co-occurring words)." };

        var root = new RootCommand("""
            Extractive summaries of articles: the most important sentences, verbatim.
            A web page (.html or .htm, or --input html) is first reduced to its main article text,
            a subtitle file (.srt or .vtt, or --input subtitles) or a transcript with time stamps to its dialogue,
            and a PDF (.pdf, or --input pdf) to the text of its pages.

            Examples:
              summarize article.txt
              summarize --sentences 5 --order rank article.txt
              summarize --ratio 0.2 --language auto page.html
              summarize --format html article.txt > article.html
              summarize --keywords 10 article.txt
              summarize --sentences 3 talk.srt
              cat article.txt | summarize --words 80 --format json -
              curl -s https://example.org/story | summarize --input html
              summarize batch articles.jsonl -o summaries.jsonl
              summarize sentences article.txt --format json
            """)
        {
            files,
        };
        lengthOptions.AddTo(root);
        pipelineOptions.AddTo(root);
        foreach (Option option in (Option[])[order, format, input, keywords])
            root.Options.Add(option);

        root.SetAction((parse, cancellationToken) =>
        {
            SummaryLength length = lengthOptions.Resolve(parse);
            SummarizerPipeline pipeline = pipelineOptions.CreatePipeline(parse);
            SummaryRequest request = pipelineOptions.Request(parse, length);
            SummaryOrder summaryOrder = parse.GetValue(order) == "rank" ? SummaryOrder.Rank : SummaryOrder.Document;
            string outputFormat = parse.GetValue(format)!;
            string inputKind = parse.GetValue(input)!;
            int keywordCount = parse.GetValue(keywords) ?? 0;
            if (keywordCount < 0)
                throw CliException.Usage($"--keywords must be a non-negative count, not {keywordCount}.");
            string[] paths = parse.GetValue(files) is { Length: > 0 } given ? given : ["-"];
            bool several = paths.Length > 1;
            HtmlReport? page = outputFormat == "html" ? new HtmlReport(io.Out, several ? $"Summaries of {paths.Length} documents" : PageTitle(paths[0])) : null;
            int unreadable = 0;

            foreach (string path in paths)
            {
                cancellationToken.ThrowIfCancellationRequested();
                InputText text;
                try
                {
                    text = InputText.Read(path, inputKind, io);
                }
                catch (CliException e) when (several && e.ExitCode == ExitCodes.InputError)
                {
                    // Like cat and head: name the file, go on with the others, fail at the end.
                    io.Error.WriteLine($"summarize: {e.Message}");
                    unreadable++;
                    continue;
                }

                if (string.IsNullOrWhiteSpace(text.Text))
                    io.Error.WriteLine($"summarize: {CommonOptions.EmptyInputNotice(path, "summarize")}");

                Document document = text.MarkNonContent(pipeline.Analyze(text.Text, cancellationToken));
                Summary summary = pipeline.Summarize(document, length, cancellationToken);
                if (summary.OverBudget)
                    io.Error.WriteLine($"summarize: note: no sentence of {text.DisplayName} fits {request.Length}; the best sentence is given over budget.");
                IReadOnlyList<Keyword>? phrases = keywordCount > 0 ? pipeline.ExtractKeywords(document, keywordCount, cancellationToken) : null;
                string? source = several ? path : null;
                switch (outputFormat)
                {
                    case "html":
                        page!.WriteArticle(text, document, pipeline.Score(document, cancellationToken), summary, request, summaryOrder, phrases);
                        break;
                    case "json":
                        io.Out.WriteLine(JsonOutput.ToLine(json => JsonOutput.WriteSummary(json, summary, source, request, summaryOrder, phrases, text)));
                        break;
                    case "markdown":
                        WriteMarkdown(io.Out, summary, summaryOrder, phrases, source);
                        break;
                    default:
                        WriteText(io.Out, summary, summaryOrder, phrases, source);
                        break;
                }
            }

            page?.End();
            io.Out.Flush();
            return Task.FromResult(unreadable > 0 ? ExitCodes.InputError : ExitCodes.Success);
        });
        return root;
    }

    private static string PageTitle(string path) => path == "-" ? "Summary" : $"Summary of {Path.GetFileName(path)}";

    private static void WriteText(TextWriter output, Summary summary, SummaryOrder order, IReadOnlyList<Keyword>? phrases, string? source)
    {
        if (source is not null)
            output.WriteLine($"==> {source} <==");
        foreach (ScoredSentence s in summary.InOrder(order))
            output.WriteLine(OneLine.Of(s.Text));
        if (phrases is not null)
        {
            output.WriteLine("Keywords:");
            foreach (Keyword keyword in phrases)
                output.WriteLine(keyword.Phrase);
        }

        if (source is not null)
            output.WriteLine();
    }

    private static void WriteMarkdown(TextWriter output, Summary summary, SummaryOrder order, IReadOnlyList<Keyword>? phrases, string? source)
    {
        if (source is not null)
            output.WriteLine($"## {MarkdownText.Escape(source)}\n");
        foreach (ScoredSentence s in summary.InOrder(order))
            output.WriteLine($"- {MarkdownText.Escape(OneLine.Of(s.Text))}");
        if (phrases is not null)
        {
            output.WriteLine();
            output.WriteLine("Keywords:");
            output.WriteLine();
            foreach (Keyword keyword in phrases)
                output.WriteLine($"- {MarkdownText.Escape(keyword.Phrase)}");
        }

        if (source is not null)
            output.WriteLine();
    }
}
