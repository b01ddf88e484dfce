using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Summarizer.Evaluation;
using Summarizer.Text;
using Summarizer.Weighting;
using Summarizer.Layout;
using Summarizer.Segmentation;

namespace Summarizer.Cli.Commands;

/// <summary>
/// <c>summarize eval DATA.jsonl</c>: ROUGE of one or more methods against a dataset's reference summaries,
/// with LEAD-k always reported on the same documents.
/// </summary>
internal static class EvalCommand
{
    public static Command Create(CliIO io)
    {
        var data = new Argument<string>("data") { Description = "Dataset: JSON Lines of {\"id\", \"text\", \"summaries\": [...]}." };
        var sentences = new Option<int>("--sentences", "-n") { Description = "Summary length in sentences.", DefaultValueFactory = _ => 3 };
        var pipelineOptions = new PipelineOptions();
        Option<string> algorithm = pipelineOptions.Algorithm;
        algorithm.Description = $"Methods to evaluate, separated by commas: {string.Join(", ", Algorithms.Names)}, or all.";
        var limit = new Option<int?>("--limit") { Description = "Evaluate only the first N documents." };
        var noStem = new Option<bool>("--no-stem") { Description = "Score without Porter stemming." };
        var format = new Option<string>("--format", "-f") { Description = "table, or json (one object a line per method, scores from 0 to 1).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var split = new Option<string?>("--split")
        {
            Description = "Evaluate only half A or B of the documents, a fixed split by a hash of each id: choose a setting on one half, report it on the other.",
        };
        split.AcceptOnlyFromAmong("A", "B", "a", "b");
        var embeddingCache = new Option<string?>("--embedding-cache")
        {
            Description = "With --similarity embeddings: keep sentence embeddings in this file and reuse them in later runs (other halves, methods or weights over the same sentences).",
        };
        var predictions = new Option<string?>("--predictions") { Description = "Score these summaries ({\"id\", \"summary\": \"...\" or [...]} a line) instead of running a method." };

        var command = new Command("eval", """
            Scores summaries with ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum (F1, mean over documents, bootstrap 95% interval).
            Summaries and references are split one sentence a line for ROUGE-Lsum. LEAD-k is always a row.

            Examples:
              summarize eval dev/cnndm.jsonl
              summarize eval dev/cnndm.jsonl --algorithm all --format json
              summarize eval dev/cnndm.jsonl --split B
              summarize eval dev/bbc.jsonl --predictions my-system.jsonl
            """)
        {
            data, sentences,
        };
        pipelineOptions.AddTo(command);
        foreach (Option option in (Option[])[limit, noStem, format, split, predictions, embeddingCache])
            command.Options.Add(option);

        command.SetAction((parse, cancellationToken) =>
        {
            int count = parse.GetValue(sentences);
            if (count < 1)
                throw CliException.Usage($"--sentences must be at least 1, not {count}.");
            int? max = parse.GetValue(limit);
            if (max is < 1)
                throw CliException.Usage($"--limit must be at least 1, not {max}.");
            pipelineOptions.ResolveLanguage(parse); // a bad language is a usage error before any work
            string name = parse.GetValue(algorithm)!;
            string[] names = name.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (!string.Equals(name, "all", StringComparison.OrdinalIgnoreCase) && (names.Length == 0 || names.FirstOrDefault(n => !Algorithms.IsKnown(n)) is not null))
                throw CliException.Usage($"unknown algorithm '{names.FirstOrDefault(n => !Algorithms.IsKnown(n)) ?? name}'; use one of {string.Join(", ", Algorithms.Names)}, or all.");
            string? cachePath = parse.GetValue(embeddingCache);
            if (cachePath is not null && parse.GetValue(pipelineOptions.Similarity) != "embeddings")
                throw CliException.Usage("--embedding-cache needs --similarity embeddings.");

            IdfModel? idfModel = pipelineOptions.ResolveIdf(parse); // loaded once for every method
            DatasetHalf? half = parse.GetValue(split) is { } h ? Enum.Parse<DatasetHalf>(h, ignoreCase: true) : null;
            List<EvaluationDocument> documents = ReadDataset(parse.GetValue(data)!, half, max);
            if (documents.Count == 0)
                throw new CliException(ExitCodes.InputError, $"'{parse.GetValue(data)}' has no documents{(half is { } x ? $" in half {x}" : "")}; give JSON lines of {{\"id\", \"text\", \"summaries\": [...]}}.");
            var scorer = new RougeScorer(new RougeOptions { UseStemmer = !parse.GetValue(noStem) });
            // One sentence a line for ROUGE-Lsum, split as the summarizer splits (quotations into their sentences).
            var splitter = new RuleBasedSentenceSplitter(new SentenceSplitterOptions { KeepQuotationsWhole = false });
            string[][] references = ReferenceLines(documents, splitter);
            bool json = parse.GetValue(format) == "json";
            var rows = new List<EvalRow>();

            if (parse.GetValue(predictions) is { } predictionPath)
            {
                Dictionary<string, string> byId = ReadPredictions(predictionPath);
                var outputs = new string[documents.Count];
                for (int i = 0; i < documents.Count; i++)
                {
                    string prediction = byId.TryGetValue(documents[i].Id, out string? p) ? p : "";
                    outputs[i] = OneSentenceALine(prediction, splitter);
                }

                rows.Add(Score(Path.GetFileNameWithoutExtension(predictionPath), outputs, null, documents, references, scorer, cancellationToken));
            }

            IEnumerable<string> methods = string.Equals(name, "all", StringComparison.OrdinalIgnoreCase) ? Algorithms.Names : names;
            SimilaritySettings similarity = pipelineOptions.ResolveSimilarity(parse);
            EmbeddingCache? cache = similarity.Embedder is { } embedder ? EmbeddingCache.Open(embedder, cachePath) : null;
            if (cache is not null)
                similarity = similarity with { Embedder = cache }; // every method reuses the vectors of the first
            if (!methods.Contains("lead", StringComparer.OrdinalIgnoreCase))
                methods = methods.Append("lead");
            foreach (string method in methods)
            {
                SummarizerPipeline pipeline = pipelineOptions.CreatePipeline(parse, method, idfModel, similarity);
                var (outputs, seconds, lineLists, dialogues) = Summarize(pipeline, documents, count, cancellationToken);
                string label = method == "lead" ? $"lead-{count}" : method;
                rows.Add(Score(label, outputs, documents.Count / seconds, documents, references, scorer, cancellationToken) with { LineLists = lineLists, Dialogues = dialogues });
            }

            cache?.Save();
            if (json)
            {
                foreach (EvalRow row in rows)
                    io.Out.WriteLine(JsonOutput.ToLine(w => row.WriteJson(w, half)));
            }
            else
            {
                string dataset = Path.GetFileName(parse.GetValue(data)!) + (half is { } x ? $" (half {x})" : "");
                WriteTable(io.Out, dataset, documents.Count, count, rows);
            }

            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    private static List<EvaluationDocument> ReadDataset(string path, DatasetHalf? half, int? limit)
    {
        try
        {
            IEnumerable<EvaluationDocument> documents = EvaluationDataset.Read(path);
            if (half is { } h)
                documents = DatasetHalves.Select(documents, h);
            return (limit is { } n ? documents.Take(n) : documents).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CommonOptions.CannotRead(path, e);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            // The reader's messages already name the file ("Line 3 of 'dev.jsonl': ..."); say it once.
            throw new CliException(ExitCodes.InputError, e.Message.Contains($"'{path}'", StringComparison.Ordinal) ? e.Message : $"'{path}': {e.Message}");
        }
    }

    private static Dictionary<string, string> ReadPredictions(string path)
    {
        try
        {
            var byId = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (EvaluationPrediction prediction in EvaluationDataset.ReadPredictions(path))
                byId[prediction.Id] = prediction.Summary;
            return byId;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CommonOptions.CannotRead(path, e);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            // The reader's messages already name the file ("Line 3 of 'dev.jsonl': ..."); say it once.
            throw new CliException(ExitCodes.InputError, e.Message.Contains($"'{path}'", StringComparison.Ordinal) ? e.Message : $"'{path}': {e.Message}");
        }
    }

    /// <summary>Each document's references, every reference split one sentence a line (for ROUGE-Lsum).</summary>
    private static string[][] ReferenceLines(List<EvaluationDocument> documents, SentenceSplitter splitter) =>
        documents.Select(d => d.Summaries.Select(s => OneSentenceALine(s, splitter)).ToArray()).ToArray();

    /// <summary>A text re-laid one sentence a line, each sentence's own line breaks turned into spaces.</summary>
    internal static string OneSentenceALine(string text, SentenceSplitter splitter)
    {
        var builder = new StringBuilder(text.Length);
        foreach (Sentence sentence in splitter.Split(text))
        {
            if (builder.Length > 0)
                builder.Append('\n');
            builder.Append(sentence.GetText(text).ReplaceLineEndings(" "));
        }

        return builder.ToString();
    }

    /// <summary>Summarizes every document on one thread (so documents per second is a single-core figure).</summary>
    private static (string[] Outputs, double Seconds, int LineLists, int Dialogues) Summarize(SummarizerPipeline pipeline, List<EvaluationDocument> documents, int sentences, CancellationToken cancellationToken)
    {
        var outputs = new string[documents.Count];
        var summaries = new Summary[documents.Count];
        SummaryLength length = SummaryLength.Sentences(sentences);
        pipeline.Summarize(documents[0].Text, length, cancellationToken); // warm-up: JIT and caches
        var stopwatch = Stopwatch.StartNew();
        for (int i = 0; i < documents.Count; i++)
            summaries[i] = pipeline.Summarize(documents[i].Text, length, cancellationToken);
        stopwatch.Stop();
        for (int i = 0; i < documents.Count; i++)
            outputs[i] = string.Join("\n", summaries[i].Sentences.Select(s => s.Text.ReplaceLineEndings(" ")));
        int lineLists = summaries.Count(s => s.Layout == TextLayout.LineList);
        int dialogues = summaries.Count(s => s.Layout == TextLayout.Dialogue);
        return (outputs, Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-9), lineLists, dialogues);
    }

    private static EvalRow Score(string method, string[] outputs, double? docsPerSecond, List<EvaluationDocument> documents, string[][] references, RougeScorer scorer, CancellationToken cancellationToken)
    {
        var scores = new RougeScores[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => scores[i] = scorer.Score(outputs[i], references[i]));
        double words = outputs.Average(o => o.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length);
        return new EvalRow(method, RougeAggregate.Compute(scores), words, docsPerSecond);
    }

    private static void WriteTable(TextWriter output, string dataset, int documents, int sentences, List<EvalRow> rows)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{dataset}: {documents} documents, {sentences} sentences per summary; ROUGE F1 x 100 [95% bootstrap interval]"));
        output.WriteLine();
        output.WriteLine("| method | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-Lsum | words | docs/s |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (EvalRow row in rows)
            output.WriteLine(row.ToTableRow());
        foreach (EvalRow row in rows)
            WriteLayoutCount(row.Method, row.LineLists, "lists of one-sentence lines");
        foreach (EvalRow row in rows)
            WriteLayoutCount(row.Method, row.Dialogues, "dialogues of labeled turns");

        void WriteLayoutCount(string method, int count, string layout)
        {
            if (count == 0)
                return;
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{method}: {count} of {documents} documents ranked as {layout} (--layout prose ranks them as prose)."));
        }
    }

    private sealed record EvalRow(string Method, RougeCorpusScore Scores, double MeanWords, double? DocsPerSecond)
    {
        /// <summary>How many documents the method ranked as line lists.</summary>
        public int LineLists { get; init; }

        /// <summary>How many documents the method ranked as dialogues.</summary>
        public int Dialogues { get; init; }

        public string ToTableRow()
        {
            static string Cell(RougeEstimate e) => string.Create(CultureInfo.InvariantCulture, $"{100 * e.Mean.F1:F2} [{100 * e.Low.F1:F2}, {100 * e.High.F1:F2}]");
            string speed = DocsPerSecond is { } d ? d.ToString("F0", CultureInfo.InvariantCulture) : "-";
            return string.Create(CultureInfo.InvariantCulture,
                $"| {Method} | {Cell(Scores.Rouge1)} | {Cell(Scores.Rouge2)} | {Cell(Scores.RougeL)} | {Cell(Scores.RougeLsum)} | {MeanWords:F1} | {speed} |");
        }

        public void WriteJson(System.Text.Json.Utf8JsonWriter json, DatasetHalf? half)
        {
            json.WriteStartObject();
            json.WriteString("method", Method);
            if (half is { } h)
                json.WriteString("split", h.ToString());
            else
                json.WriteNull("split");
            json.WriteNumber("docs", Scores.DocumentCount);
            Write(json, "rouge1", Scores.Rouge1);
            Write(json, "rouge2", Scores.Rouge2);
            Write(json, "rougeL", Scores.RougeL);
            Write(json, "rougeLsum", Scores.RougeLsum);
            json.WriteNumber("words", Math.Round(MeanWords, 2));
            if (DocsPerSecond is { } d)
                json.WriteNumber("docsPerSecond", Math.Round(d, 1));
            else
                json.WriteNull("docsPerSecond");
            json.WriteNumber("lineLists", LineLists);
            json.WriteNumber("dialogues", Dialogues);
            json.WriteEndObject();

            static void Write(System.Text.Json.Utf8JsonWriter json, string name, RougeEstimate e)
            {
                json.WriteStartObject(name);
                json.WriteNumber("p", Math.Round(e.Mean.Precision, 6));
                json.WriteNumber("r", Math.Round(e.Mean.Recall, 6));
                json.WriteNumber("f", Math.Round(e.Mean.F1, 6));
                json.WriteNumber("fLow", Math.Round(e.Low.F1, 6));
                json.WriteNumber("fHigh", Math.Round(e.High.F1, 6));
                json.WriteEndObject();
            }
        }
    }
}
