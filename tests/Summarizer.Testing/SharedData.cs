namespace Summarizer.Testing;

/// <summary>
/// Locates the optional evaluation data that lives beside the repository (<c>../shared/data</c>).
/// Tests that need it call <see cref="RequireDirectory"/> or <see cref="RequireFile"/>, which mark the
/// test as ignored with a clear message when the data is absent, so the suite also runs elsewhere.
/// One file, compiled into every test project that needs it.
/// </summary>
public static class SharedData
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

    /// <summary>The repository's root folder (the one with Summarizer.sln), found above the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("the repository root (with Summarizer.sln) was not found above the test binaries");
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

        string candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
