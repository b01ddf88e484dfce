using System.CommandLine;
using Summarizer.Keywords;
using Summarizer.Text;

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
        var idf = CommonOptions.Idf();
        var order = new Option<string>("--order") { Description = "Sentence order: document or rank.", DefaultValueFactory = _ => "document" };
        order.AcceptOnlyFromAmong("document", "rank");
        var format = new Option<string>("--format", "-f") { Description = "Output: text, json or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var keywords = new Option<int?>("--keywords", "-k") { Description = "Also print the top N keyphrases (TextRank over co-occurring words)." };

        var root = new RootCommand("""
            Extractive summaries of articles: the most important sentences, verbatim.

            Examples:
              summarize article.txt
              summarize --sentences 5 --order rank article.txt
              summarize --keywords 10 article.txt
              cat article.txt | summarize --words 80 --format json -
              summarize batch articles.jsonl -o summaries.jsonl
              summarize sentences article.txt --format json
            """)
        {
            files, sentences, ratio, words, chars, algorithm, language, idf, order, format, keywords,
        };

        root.SetAction(parse =>
        {
            SummaryLength length = CommonOptions.ResolveLength(parse, sentences, ratio, words, chars);
            string algorithmName = parse.GetValue(algorithm)!;
            SummarizerPipeline pipeline = Algorithms.Create(algorithmName, CommonOptions.ResolveLanguage(parse, language), CommonOptions.ResolveIdf(parse, idf));
            SummaryOrder summaryOrder = parse.GetValue(order) == "rank" ? SummaryOrder.Rank : SummaryOrder.Document;
            string outputFormat = parse.GetValue(format)!;
            int keywordCount = parse.GetValue(keywords) ?? 0;
            if (keywordCount < 0)
                throw CliException.Usage($"--keywords must be a non-negative count, not {keywordCount}.");
            string[] paths = parse.GetValue(files) is { Length: > 0 } given ? given : ["-"];

            foreach (string path in paths)
            {
                string text = CommonOptions.ReadInput(path, io);
                Document document = pipeline.Analyze(text);
                Summary summary = pipeline.Summarize(document, length);
                IReadOnlyList<Keyword>? phrases = keywordCount > 0 ? pipeline.ExtractKeywords(document, keywordCount) : null;
                string? source = paths.Length > 1 ? path : null;
                switch (outputFormat)
                {
                    case "json":
                        io.Out.WriteLine(JsonOutput.ToLine(json => JsonOutput.WriteSummary(json, summary, source, algorithmName, length, summaryOrder, phrases)));
                        break;
                    case "markdown":
                        if (source is not null)
                            io.Out.WriteLine($"## {source}\n");
                        foreach (ScoredSentence s in summary.InOrder(summaryOrder))
                            io.Out.WriteLine($"- {s.Text}");
                        if (phrases is not null)
                        {
                            io.Out.WriteLine();
                            io.Out.WriteLine("Keywords:");
                            io.Out.WriteLine();
                            foreach (Keyword keyword in phrases)
                                io.Out.WriteLine($"- {keyword.Phrase}");
                        }

                        if (source is not null)
                            io.Out.WriteLine();
                        break;
                    default:
                        if (source is not null)
                            io.Out.WriteLine($"==> {source} <==");
                        foreach (ScoredSentence s in summary.InOrder(summaryOrder))
                            io.Out.WriteLine(s.Text);
                        if (phrases is not null)
                        {
                            io.Out.WriteLine("Keywords:");
                            foreach (Keyword keyword in phrases)
                                io.Out.WriteLine(keyword.Phrase);
                        }

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
