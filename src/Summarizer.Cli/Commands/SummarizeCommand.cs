using System.CommandLine;

namespace Summarizer.Cli.Commands;

/// <summary><c>summarize [FILE...|-]</c>: summarizes files or standard input.</summary>
internal static class SummarizeCommand
{
    public static RootCommand Create(CliIO io)
    {
        var files = new Argument<string[]>("files") { Description = "Text files to summarize; '-' or nothing reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var sentences = CommonOptions.Sentences();
        var ratio = CommonOptions.Ratio();
        var words = CommonOptions.Words();
        var chars = CommonOptions.Chars();
        var algorithm = CommonOptions.Algorithm();
        var language = CommonOptions.Language();
        var order = new Option<string>("--order") { Description = "Sentence order: document or rank.", DefaultValueFactory = _ => "document" };
        order.AcceptOnlyFromAmong("document", "rank");
        var format = new Option<string>("--format", "-f") { Description = "Output: text, json or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");

        var root = new RootCommand("""
            Extractive summaries of articles: the most important sentences, verbatim.

            Examples:
              summarize article.txt
              summarize --sentences 5 --order rank article.txt
              cat article.txt | summarize --words 80 --format json -
              summarize batch articles.jsonl -o summaries.jsonl
              summarize sentences article.txt --format json
            """)
        {
            files, sentences, ratio, words, chars, algorithm, language, order, format,
        };

        root.SetAction(parse =>
        {
            SummaryLength length = CommonOptions.ResolveLength(parse, sentences, ratio, words, chars);
            string algorithmName = parse.GetValue(algorithm)!;
            SummarizerPipeline pipeline = Algorithms.Create(algorithmName, CommonOptions.ResolveLanguage(parse, language));
            SummaryOrder summaryOrder = parse.GetValue(order) == "rank" ? SummaryOrder.Rank : SummaryOrder.Document;
            string outputFormat = parse.GetValue(format)!;
            string[] paths = parse.GetValue(files) is { Length: > 0 } given ? given : ["-"];

            foreach (string path in paths)
            {
                string text = CommonOptions.ReadInput(path, io);
                Summary summary = pipeline.Summarize(text, length);
                string? source = paths.Length > 1 ? path : null;
                switch (outputFormat)
                {
                    case "json":
                        io.Out.WriteLine(JsonOutput.ToLine(json => JsonOutput.WriteSummary(json, summary, source, algorithmName, length, summaryOrder)));
                        break;
                    case "markdown":
                        if (source is not null)
                            io.Out.WriteLine($"## {source}\n");
                        foreach (ScoredSentence s in summary.InOrder(summaryOrder))
                            io.Out.WriteLine($"- {s.Text}");
                        if (source is not null)
                            io.Out.WriteLine();
                        break;
                    default:
                        if (source is not null)
                            io.Out.WriteLine($"==> {source} <==");
                        foreach (ScoredSentence s in summary.InOrder(summaryOrder))
                            io.Out.WriteLine(s.Text);
                        if (source is not null)
                            io.Out.WriteLine();
                        break;
                }
            }

            return ExitCodes.Success;
        });
        return root;
    }
}
