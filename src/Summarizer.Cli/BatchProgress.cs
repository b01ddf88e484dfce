using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Summarizer.Cli;

/// <summary>
/// The batch command's live progress line on a terminal: a bar over the input's bytes (so the remaining time holds
/// for documents of any length), documents per second and the estimated time left. Cleared when the run ends.
/// </summary>
internal static class BatchProgress
{
    private const string LinesKey = "lines";

    /// <summary>Runs <paramref name="run"/>, which reports (lines done, input bytes consumed) as it goes, under a progress display.</summary>
    /// <param name="terminal">Standard error, a terminal.</param>
    /// <param name="inputBytes">The input's size, or null when unknown (standard input): then the bar only shows activity.</param>
    /// <param name="run">The work.</param>
    public static T Show<T>(TextWriter terminal, long? inputBytes, Func<Action<long, long>, T> run)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(terminal) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DocumentRateColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask("summarizing", autoStart: true, maxValue: Math.Max(inputBytes ?? 1, 1));
                task.IsIndeterminate = inputBytes is null;
                task.State.Update<long>(LinesKey, _ => 0);
                T result = run((lines, bytes) =>
                {
                    task.State.Update<long>(LinesKey, _ => lines);
                    if (inputBytes is not null)
                        task.Value = Math.Min(bytes, task.MaxValue);
                });
                task.StopTask();
                return result;
            });
    }

    /// <summary>Documents (input lines) done per second since the start, and how many so far.</summary>
    private sealed class DocumentRateColumn : ProgressColumn
    {
        protected override bool NoWrap => true;

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            long lines = task.State.Get<long>(LinesKey);
            double seconds = task.ElapsedTime?.TotalSeconds ?? 0;
            string rate = seconds > 0 ? (lines / seconds).ToString("N0", CultureInfo.InvariantCulture) : "-";
            return new Spectre.Console.Text(string.Create(CultureInfo.InvariantCulture, $"{lines:N0} docs, {rate} docs/s"), new Style(Color.Grey));
        }
    }
}
