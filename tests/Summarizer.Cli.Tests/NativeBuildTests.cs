using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Cli.Tests;

/// <summary>
/// The native (ahead-of-time) build of the command, from <c>eng/publish-native.sh</c>, must answer exactly as the
/// managed command does: same exit code, same standard output, for every command, language, input kind and error the
/// tests give it. Some of its libraries (ICU4N, J2N, Lucene.Net) warn that reflection in their own code may not survive
/// a native build; these cases go through every path of theirs the command uses. Runs when the environment variable
/// <c>SUMMARIZER_NATIVE</c> names the native executable (CI sets it after building one), and is skipped otherwise.
/// </summary>
[NonParallelizable]
public class NativeBuildTests
{
    private static string? _work;

    private static string Native
    {
        get
        {
            string? path = Environment.GetEnvironmentVariable("SUMMARIZER_NATIVE");
            if (string.IsNullOrEmpty(path))
                Assert.Ignore("SUMMARIZER_NATIVE is not set; build the native command with eng/publish-native.sh and set it to the printed path to compare it with the managed one.");
            if (!File.Exists(path))
                Assert.Fail($"SUMMARIZER_NATIVE names '{path}', which does not exist.");
            return path;
        }
    }

    private static string Samples => Path.Combine(SharedData.RepositoryRoot, "samples", "articles");

    /// <summary>A folder of the test's own input files, written once.</summary>
    private static string Work
    {
        get
        {
            if (_work is not null)
                return _work;
            string dir = Path.Combine(Path.GetTempPath(), "summarizer-native-" + Environment.ProcessId);
            Directory.CreateDirectory(dir);
            foreach ((string language, string text) in Texts)
                File.WriteAllText(Path.Combine(dir, language + ".txt"), text);
            File.WriteAllLines(Path.Combine(dir, "mixed.jsonl"), BatchLines());
            File.WriteAllLines(Path.Combine(dir, "scored.jsonl"), Texts.Select(t => JsonSerializer.Serialize(new
            {
                id = t.Language,
                text = t.Text,
                summaries = new[] { string.Join(" ", t.Text.Split(". ").Take(2)) },
            })));
            return _work = dir;
        }
    }

    [OneTimeTearDown]
    public void RemoveWork()
    {
        if (_work is not null && Directory.Exists(_work))
            Directory.Delete(_work, recursive: true);
    }

    /// <summary>Short news texts written for this test, one per language with its own stemmer or script.</summary>
    private static readonly (string Language, string Text)[] Texts =
    [
        ("en", "The river ferry returned to service on Monday after eight months of repairs. Commuters had crossed by a bridge twenty minutes upstream since the spring floods damaged its landing stage. The operator said the new stage sits a metre higher than the old one. Engineers tested the ramps through a week of high tides before the reopening. Timetables match those of last year, with an extra crossing at seven in the evening. The council paid for half of the work, and the operator for the rest."),
        ("de", "Die Stadtbibliothek öffnet am Samstag nach zwei Jahren Umbau wieder. Die Leser finden dort mehr Arbeitsplätze und einen Lesesaal unter dem Dach. Der Umbau kostete rund vier Millionen Euro, etwas mehr als geplant. Die Stadt bezahlte den größten Teil, ein Förderverein sammelte den Rest. Die Öffnungszeiten werden am Abend um zwei Stunden verlängert. Kinderbücher stehen künftig im Erdgeschoss neben dem Café."),
        ("fr", "Le marché couvert de la ville rouvrira ses portes au printemps après deux ans de travaux. Les commerçants retrouveront des étals plus larges et une halle mieux éclairée. La mairie a financé la plus grande partie du chantier, estimé à trois millions d'euros. Les producteurs locaux auront une allée réservée le samedi matin. Le parking voisin sera gratuit pendant le premier mois. Les habitants du quartier avaient réclamé cette rénovation depuis longtemps."),
        ("es", "El puerto pesquero estrenó ayer una lonja nueva tras un año de obras. Los pescadores venderán allí sus capturas cada mañana a partir de las seis. La obra costó dos millones de euros, pagados por el gobierno regional y la cofradía. Las cámaras frigoríficas duplican la capacidad de las antiguas. Los compradores podrán pujar también desde una aplicación móvil. La lonja vieja se convertirá en un museo del mar."),
        ("ru", "В городе открылся новый мост через реку после трёх лет строительства. Теперь дорога от вокзала до университета занимает десять минут вместо сорока. Строительство обошлось бюджету в два миллиарда рублей. По мосту пойдут автобусы и трамваи, а по краям устроены широкие тротуары. Старый понтонный мост разберут летом. Жители давно просили власти решить проблему пробок на набережной."),
        ("ar", "افتتحت المدينة مكتبة عامة جديدة في وسط السوق القديم. تضم المكتبة أكثر من عشرين ألف كتاب وقاعة كبيرة للقراءة. وقد مولت البلدية المشروع بمساعدة من التجار المحليين. ستفتح المكتبة أبوابها كل يوم من الصباح حتى المساء. وسيقدم المتطوعون دروسا في القراءة للأطفال في نهاية الأسبوع."),
        ("zh", "新的城市图书馆周六正式开放。图书馆共有五层，藏书超过十万册。市政府承担了大部分建设费用。每层都设有安静的阅读区和儿童角。开放时间延长到晚上九点。附近居民对此表示欢迎。"),
    ];

    private static IEnumerable<string> BatchLines()
    {
        foreach ((string language, string text) in Texts)
            yield return JsonSerializer.Serialize(new { id = language, text });
        yield return "{ not json";
        yield return """{"id": "empty", "text": "   "}""";
        yield return """{"id": "number", "text": 42}""";
    }

    private static IEnumerable<TestCaseData> Commands()
    {
        yield return Case("a text file", "{samples}/night-trains.txt");
        yield return Case("a web page", "{samples}/community-garden.html");
        yield return Case("subtitles, JSON", "{samples}/harbour-talk.srt", "--format", "json");
        yield return Case("a PDF, JSON", "{samples}/night-trains.pdf", "--format", "json");
        yield return Case("reviews, lexrank, JSON with keywords", "{samples}/lamp-reviews.txt", "-a", "lexrank", "--format", "json", "--keywords", "5");
        yield return Case("HTML report", "{samples}/night-trains.txt", "--format", "html");
        yield return Case("a word budget and rank order", "{samples}/night-trains.txt", "--words", "60", "--order", "rank");
        foreach ((string language, _) in Texts)
            yield return Case($"language {language}", "{work}/" + language + ".txt", "-l", language, "--format", "json");
        yield return Case("language detection", "{work}/de.txt", "-l", "auto");
        foreach (string algorithm in new[] { "textrank", "pacsum", "luhn", "lsa", "sumbasic", "klsum", "edmundson", "centroid", "lead" })
            yield return Case("algorithm " + algorithm, "{work}/en.txt", "-a", algorithm, "-n", "2");
        yield return Case("embeddings", "{samples}/night-trains.txt", "--similarity", "embeddings");
        yield return Case("sentences", "sentences", "{samples}/night-trains.txt", "--format", "json");
        yield return Case("sentences of Chinese", "sentences", "{work}/zh.txt", "-l", "zh");
        yield return Case("batch, auto language, luhn", "batch", "{work}/mixed.jsonl", "-l", "auto", "-a", "luhn", "--threads", "2");
        yield return Case("batch, default", "batch", "{work}/mixed.jsonl");
        yield return Case("eval, JSON", "eval", "{work}/scored.jsonl", "--algorithm", "default,lead,textrank", "--format", "json");
        yield return Case("a missing file", "{work}/no-such-file.txt");
        yield return Case("an unknown option", "{samples}/night-trains.txt", "--no-such-option");
        yield return Case("help", "--help");
    }

    private static TestCaseData Case(string name, params string[] args) => new TestCaseData((object)args).SetName("Native: " + name);

    [TestCaseSource(nameof(Commands))]
    public void TheNativeCommandAnswersAsTheManagedOne(string[] template)
    {
        string native = Native;
        string[] args = template.Select(a => a.Replace("{samples}", Samples).Replace("{work}", Work)).ToArray();
        ProcessRunner.Result managed = CliProcess.RunBytes([], args);
        ProcessRunner.Result compiled = ProcessRunner.Run(native, args, timeout: TimeSpan.FromMinutes(5));
        Assert.That(compiled.ExitCode, Is.EqualTo(managed.ExitCode), $"exit code; native error output: {compiled.Error}");
        Assert.That(WithoutSpeed(compiled.OutputText), Is.EqualTo(WithoutSpeed(managed.OutputText)), "standard output");
        if (managed.ExitCode != 0)
            Assert.That(WithoutSpeed(compiled.Error), Is.EqualTo(WithoutSpeed(managed.Error)), "the error message");
    }

    /// <summary>The output without measured times and speeds (eval's docsPerSecond, batch's closing line), which differ between any two runs.</summary>
    private static string WithoutSpeed(string output) =>
        Regex.Replace(output, "\"docsPerSecond\":[0-9.eE+-]+| in [0-9.]+ s \\([0-9]+ docs/s\\)", "_");

    [Test]
    public void InterruptStopsANativeBatchCleanlyWithExitCode130()
    {
        string native = Native;
        ProcessTests.AssertInterruptStopsABatchCleanly(args => ProcessRunner.Start(native, args), threads: 2);
    }

    [Test]
    public void TheNativeCommandReadsStandardInput()
    {
        string native = Native;
        byte[] input = Encoding.UTF8.GetBytes(string.Join("\n", BatchLines()) + "\n");
        ProcessRunner.Result managed = CliProcess.RunBytes(input, "batch", "-");
        ProcessRunner.Result compiled = ProcessRunner.Run(native, ["batch", "-"], input, TimeSpan.FromMinutes(5));
        Assert.That(compiled.ExitCode, Is.EqualTo(managed.ExitCode));
        Assert.That(compiled.OutputText, Is.EqualTo(managed.OutputText));
        Assert.That(compiled.OutputText.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(Texts.Length + 3));
    }
}
