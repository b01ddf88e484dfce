namespace Summarizer.Evaluation.Tests;

/// <summary>
/// Locates the optional evaluation data that lives beside the repository (<c>../shared/data</c>).
/// Tests that need it call <see cref="RequireDirectory"/> or <see cref="RequireFile"/>, which mark the
/// test as ignored with a clear message when the data is absent, so the suite also runs elsewhere.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The <c>shared/data</c> directory, or null when it is not present.</summary>
    public static string? DataDirectory => Root.Value;

    public static string RequireDirectory(string relative)
    {
        string path = Path.Combine(RequireRoot(), relative);
        if (!Directory.Exists(path))
            Assert.Ignore($"Evaluation data '{relative}' not found under {Root.Value}; skipping.");
        return path;
    }

    public static string RequireFile(string relative)
    {
        string path = Path.Combine(RequireRoot(), relative);
        if (!File.Exists(path))
            Assert.Ignore($"Evaluation data '{relative}' not found under {Root.Value}; skipping.");
        return path;
    }

    private static string RequireRoot()
    {
        if (Root.Value is null)
            Assert.Ignore("Evaluation data (../shared/data beside the repository, or SUMMARIZER_DATA) not found; skipping.");
        return Root.Value!;
    }

    private static string? FindRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("SUMMARIZER_DATA");
        if (!string.IsNullOrEmpty(fromEnvironment) && Directory.Exists(fromEnvironment))
            return fromEnvironment;

        // Walk up from the test binaries to the repository root (the folder with Summarizer.sln).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
            {
                string candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
                return Directory.Exists(candidate) ? candidate : null;
            }
        }

        return null;
    }
}
