// Chooses the default's score-blend weights on one half of the evaluation sets and reports them on the other half.
//
//   dotnet run -c Release --project eng/Tuning -- [--choose A|B] DATA.jsonl [DATA.jsonl ...]
//
// Every setting of the grid below is scored (ROUGE-1 F1 at 3 sentences, the mean over the sets of each set's mean)
// on the choosing half. The top score is not taken blindly: a setting counts as tied with the best when a paired
// bootstrap over the documents (1,000 resamples, 95%) cannot tell it worse, and among tied settings the one with the
// fewest active terms wins, then the one nearest the current default. The chosen setting, the best one, the current
// default and LEAD-3 are then scored on both halves and the whole of each set, so a gain that exists only on the half it was
// chosen on shows.
using System.Globalization;
using Summarizer;
using Summarizer.Evaluation;
using Summarizer.Ranking;
using Summarizer.Text;
using Summarizer.Scoring;

DatasetHalf choose = DatasetHalf.A;
var paths = new List<string>();
for (int a = 0; a < args.Length; a++)
{
    if (args[a] == "--choose" && a + 1 < args.Length && Enum.TryParse(args[a + 1], ignoreCase: true, out DatasetHalf half))
        (choose, a) = (half, a + 1);
    else
        paths.Add(args[a]);
}

if (paths.Count == 0 || paths.Any(p => !File.Exists(p)))
{
    Console.Error.WriteLine("usage: summarizer-tune [--choose A|B] DATA.jsonl [DATA.jsonl ...]");
    return 2;
}

DatasetHalf report = choose == DatasetHalf.A ? DatasetHalf.B : DatasetHalf.A;
var sets = paths.Select(p => (Name: Path.GetFileNameWithoutExtension(p), Documents: EvaluationDataset.Read(p).ToList())).ToList();
var scorer = new RougeScorer(new RougeOptions { UseStemmer = true });
var defaults = new ScoringOptions();

double[] salience = [0, 0.25, 0.5, 1];
double[] title = [0, 0.5, 1];
double[] position = [0, 0.3, 0.6, 1, 2];
double[] scale = [1, 3, 10];
var grid = (from s in salience from t in title from p in position from k in scale
            where p > 0 || k == defaults.PositionScale // the scale means nothing without a position term
            select defaults with { SalienceWeight = s, TitleWeight = t, PositionWeight = p, PositionScale = k }).ToList();

// Per setting, per set, each choosing-half document's ROUGE-1 F1.
var tuning = sets.Select(s => DatasetHalves.Select(s.Documents, choose).ToList()).ToList();
var results = grid.Select(o => (Options: o, Scores: tuning.Select(docs => Rouge1(Pipeline(o), docs)).ToArray())).ToList();
var best = results.MaxBy(r => Objective(r.Scores));
var tied = results.Where(r => !SurelyWorse(r.Scores, best.Scores)).ToList();
ScoringOptions chosen = tied
    .OrderBy(r => ActiveTerms(r.Options))
    .ThenBy(r => DistanceFromDefault(r.Options))
    .ThenByDescending(r => Objective(r.Scores))
    .First().Options;

Console.WriteLine(Invariant($"{string.Join(" + ", sets.Select(s => s.Name))}: {grid.Count} settings scored on half {choose}; best mean ROUGE-1 {100 * Objective(best.Scores):F2}; {tied.Count} not surely worse (paired bootstrap, 95%)"));
Console.WriteLine("top five on the choosing half:");
foreach (var (options, scores) in results.OrderByDescending(r => Objective(r.Scores)).Take(5))
    Console.WriteLine(Invariant($"  {Describe(options)}: {100 * Objective(scores):F2}"));
Console.WriteLine(Invariant($"current default: {Describe(defaults)}: {100 * Objective(results.Single(r => r.Options == defaults).Scores):F2}"));
Console.WriteLine($"chosen (fewest terms among the tied): {Describe(chosen)}");
Console.WriteLine();
Console.WriteLine("| set | part | documents | method | ROUGE-1 | ROUGE-2 |");
Console.WriteLine("|---|---|---:|---|---:|---:|");
SummarizerPipeline lead = new SummarizerPipelineBuilder().UseAlgorithm("lead").Build();
foreach (var (name, documents) in sets)
{
    foreach (var (part, subset) in new[]
             {
                 ($"half {choose} (chosen on)", DatasetHalves.Select(documents, choose).ToList()),
                 ($"half {report} (held out)", DatasetHalves.Select(documents, report).ToList()),
                 ("all", documents),
             })
    {
        foreach (var (label, pipeline) in new[]
                 {
                     ("lead-3", lead), ("current default", Pipeline(defaults)), ("best on the choosing half", Pipeline(best.Options)),
                     ("chosen", Pipeline(chosen)),
                 })
        {
            RougeCorpusScore scores = RougeAggregate.Compute(Score(pipeline, subset));
            Console.WriteLine(Invariant($"| {name} | {part} | {subset.Count} | {label} | {Cell(scores.Rouge1)} | {Cell(scores.Rouge2)} |"));
        }
    }
}

return 0;

static SummarizerPipeline Pipeline(ScoringOptions scoring) =>
    new SummarizerPipelineBuilder().UseLanguage(Language.English).UseAlgorithm("default").UseScoring(scoring).Build();

RougeScores[] Score(SummarizerPipeline pipeline, List<EvaluationDocument> documents)
{
    var scores = new RougeScores[documents.Count];
    Parallel.For(0, documents.Count, i =>
    {
        Summary summary = pipeline.Summarize(documents[i].Text, SummaryLength.Sentences(3));
        string output = string.Join("\n", summary.Sentences.Select(s => s.Text.ReplaceLineEndings(" ")));
        scores[i] = scorer.Score(output, documents[i].Summaries);
    });
    return scores;
}

double[] Rouge1(SummarizerPipeline pipeline, List<EvaluationDocument> documents) =>
    Score(pipeline, documents).Select(s => s.Rouge1.F1).ToArray();

// The mean over the sets of each set's mean, so a long set does not outvote a short one.
static double Objective(double[][] perSet) => perSet.Average(scores => scores.Average());

// Whether the candidate is worse than the best in at least 97.5% of paired bootstrap resamples of the documents
// (the same resampled documents for both, within each set).
static bool SurelyWorse(double[][] candidate, double[][] best)
{
    const int Resamples = 1000;
    var random = new Random(20261205);
    int worse = 0;
    for (int r = 0; r < Resamples; r++)
    {
        double difference = 0;
        for (int s = 0; s < best.Length; s++)
        {
            int n = best[s].Length;
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                int d = random.Next(n);
                sum += candidate[s][d] - best[s][d];
            }

            difference += sum / n;
        }

        if (difference < 0)
            worse++;
    }

    return worse >= 0.975 * Resamples;
}

static int ActiveTerms(ScoringOptions o) =>
    (o.SalienceWeight > 0 ? 1 : 0) + (o.TitleWeight > 0 ? 1 : 0) + (o.PositionWeight > 0 ? 2 : 0); // weight and scale

static double DistanceFromDefault(ScoringOptions o)
{
    var d = new ScoringOptions();
    return Math.Abs(o.SalienceWeight - d.SalienceWeight) + Math.Abs(o.TitleWeight - d.TitleWeight)
        + Math.Abs(o.PositionWeight - d.PositionWeight) + Math.Abs(Math.Log(o.PositionScale / d.PositionScale));
}

static string Describe(ScoringOptions o) =>
    Invariant($"salience {o.SalienceWeight}, title {o.TitleWeight}, position {o.PositionWeight} (scale {o.PositionScale})");

static string Cell(RougeEstimate e) => Invariant($"{100 * e.Mean.F1:F2} [{100 * e.Low.F1:F2}, {100 * e.High.F1:F2}]");

static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
