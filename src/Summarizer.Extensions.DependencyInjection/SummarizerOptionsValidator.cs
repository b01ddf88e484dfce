using Microsoft.Extensions.Options;
using Summarizer.Text;
using Summarizer.Layout;

namespace Summarizer.Extensions.DependencyInjection;

/// <summary>Checks every <see cref="SummarizerOptions"/> setting and reports all failures at once, each naming its setting.</summary>
internal sealed class SummarizerOptionsValidator : IValidateOptions<SummarizerOptions>
{
    public ValidateOptionsResult Validate(string? name, SummarizerOptions options)
    {
        var failures = new List<string>();
        bool knownLanguage = SummarizerSettings.TryParseLanguage(options.Language, out Language? language);
        if (!knownLanguage)
            failures.Add($"Summarizer:Language '{options.Language}' is not a known language; use auto or one of {string.Join(", ", LanguageCodes.All)}.");
        if (!PipelineFactory.IsKnownAlgorithm(options.Algorithm))
            failures.Add($"Summarizer:Algorithm '{options.Algorithm}' is not known; use one of {string.Join(", ", PipelineFactory.Algorithms)}.");
        if (!Enum.IsDefined(options.Layout))
            failures.Add($"Summarizer:Layout '{options.Layout}' is not known; use one of {string.Join(", ", Enum.GetNames<LayoutMode>())}.");
        try
        {
            options.GetDefaultLength();
        }
        catch (ArgumentOutOfRangeException)
        {
            failures.Add(options.DefaultLengthUnit == SummaryLengthUnit.Ratio
                ? $"Summarizer:DefaultLength {options.DefaultLength} is not a ratio in (0, 1]."
                : $"Summarizer:DefaultLength {options.DefaultLength} is not a whole number of {options.DefaultLengthUnit.ToString().ToLowerInvariant()} of at least 1.");
        }

        if (options.IdfPath is { } path)
        {
            if (knownLanguage && language is null)
                failures.Add("Summarizer:IdfPath needs a fixed Language: an IDF model is fitted for one language, not for detection.");
            if (!File.Exists(path))
                failures.Add($"Summarizer:IdfPath '{path}' does not exist.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
