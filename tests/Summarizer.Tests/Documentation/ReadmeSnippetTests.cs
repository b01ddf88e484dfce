using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Summarizer.Tests.Documentation;

/// <summary>
/// Every <c>```csharp</c> block of README.md and PACKAGE.md compiles against the library, as a newcomer would paste it
/// into a new console project (<c>dotnet new console</c>: top-level statements and the SDK's implicit usings).
/// </summary>
/// <remarks>
/// A snippet must bring its own <c>using</c> directives. Snippets continue the text around them, so they may use a few
/// names the text introduces without declaring them; <see cref="Preamble"/> declares exactly those, and only when the
/// snippet itself does not. A name outside the preamble that the snippet does not declare fails the test.
/// </remarks>
public partial class ReadmeSnippetTests
{
    /// <summary>The implicit usings of a console project (Microsoft.NET.Sdk with ImplicitUsings enabled).</summary>
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;

        """;

    /// <summary>The names a snippet may use undeclared, each with the declaration the surrounding text implies.</summary>
    private static readonly Dictionary<string, string> Preamble = new()
    {
        ["article"] = "string article = \"An article to summarize. It has sentences.\";",
        ["cancellationToken"] = "System.Threading.CancellationToken cancellationToken = System.Threading.CancellationToken.None;",
        ["pipeline"] = "global::Summarizer.SummarizerPipeline pipeline = new global::Summarizer.SummarizerPipelineBuilder().Build();",
        ["ReadArticlesAsync"] = "async System.Collections.Generic.IAsyncEnumerable<string> ReadArticlesAsync() { await System.Threading.Tasks.Task.Yield(); yield return \"An article.\"; }",
        ["builder"] = "Microsoft.Extensions.Hosting.HostApplicationBuilder builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();",
    };

    public static IEnumerable<TestCaseData> Snippets()
    {
        foreach (string file in new[] { "README.md", "PACKAGE.md" })
        {
            string markdown = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, file)).ReplaceLineEndings("\n");
            int number = 0;
            foreach (Match match in CSharpBlock().Matches(markdown))
            {
                number++;
                int line = markdown.AsSpan(0, match.Index).Count('\n') + 1;
                yield return new TestCaseData(file, line, match.Groups["code"].Value).SetName($"{{m}}({file} snippet {number}, line {line})");
            }
        }
    }

    [Test]
    public void TheDocumentsHaveSnippets() =>
        Assert.That(Snippets().Count(), Is.GreaterThanOrEqualTo(7), "README.md and PACKAGE.md hold C# examples");

    [TestCaseSource(nameof(Snippets))]
    public void SnippetCompiles(string file, int line, string code)
    {
        var declared = new List<string>();
        IReadOnlyList<Diagnostic> errors = Compile(code, declared);
        var missing = errors.Where(e => e.Id == "CS0103").Select(e => NameOf(e)).Distinct().ToList();
        if (missing.Count > 0 && missing.All(Preamble.ContainsKey))
        {
            declared.AddRange(missing);
            errors = Compile(code, declared);
        }

        Assert.That(errors.Select(e => e.ToString()), Is.Empty,
            $"{file} line {line}: the snippet does not compile (preamble: {string.Join(", ", declared)}):\n{code}");
    }

    private static string NameOf(Diagnostic error) => error.GetMessage().Split('\'')[1];

    private static IReadOnlyList<Diagnostic> Compile(string code, List<string> preamble)
    {
        // The snippet's using directives stay first; the preamble's declarations go between them and its statements.
        string[] lines = code.Split('\n');
        int body = 0;
        while (body < lines.Length && (lines[body].StartsWith("using ", StringComparison.Ordinal) || lines[body].Trim().Length == 0))
            body++;
        string source = string.Join('\n', lines[..body]) + "\n" + string.Join('\n', preamble.Select(name => Preamble[name])) + "\n" + string.Join('\n', lines[body..]);

        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Snippet",
            [CSharpSyntaxTree.ParseText(ImplicitUsings, parse), CSharpSyntaxTree.ParseText(source, parse)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    /// <summary>The framework and every assembly beside the tests: the library, its evaluation and DI packages, the host.</summary>
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToHashSet(StringComparer.Ordinal);
        paths.UnionWith(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"));
        return paths.Where(p => !p.EndsWith("testhost.dll", StringComparison.OrdinalIgnoreCase) && IsManaged(p))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()))
            .ToArray();
    });

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
