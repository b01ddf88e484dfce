using System.Text;
using System.Text.Json;

namespace Summarizer.Cli.Tests;

/// <summary>Two separate processes give byte-identical output: nothing depends on hash seeds, timing or thread scheduling.</summary>
public class ProcessDeterminismTests
{
    /// <summary>A few hundred words with repeated themes, so ranking has close calls to make.</summary>
    private static string Article()
    {
        string[] paragraphs =
        [
            "The Alder Valley council approved a plan on Monday to restore the wetlands along the river. Members voted nine to two after a debate that lasted most of the afternoon.",
            "The wetlands once covered much of the valley floor. Farmers drained them a century ago to grow wheat, and the river has flooded the town of Millbrook four times since 2010.",
            "Engineers say restored wetlands will hold back flood water like a sponge. The plan includes new channels, a pumping station and a walking path for visitors.",
            "Critics on the council said the plan costs too much. Councillor Ruth Okafor asked whether the money would be better spent on a concrete wall, which the town engineer said would last longer but protect less land.",
            "Farmers who own land near the river will be paid to let their fields flood in wet winters. Several said they welcomed the payments; others said they had not been asked.",
            "Work on the channels starts in the spring. The council expects the first wetlands to hold water by the autumn of next year, and the whole plan to be finished within five years.",
            "Residents of Millbrook packed the meeting. Many carried photographs of flooded streets and homes, and several spoke of the cost of cleaning up after the last flood.",
            "The mayor said the vote was the most important of her term. \"We cannot keep rebuilding the same houses,\" she said. \"The river needs room, and the wetlands give it room.\"",
        ];
        return string.Join("\n\n", paragraphs) + "\n";
    }

    [TestCase("default")]
    [TestCase("textrank")]
    [TestCase("lexrank")]
    public void JsonOutputIsByteForByteIdenticalAcrossProcesses(string algorithm)
    {
        string path = Path.Combine(Path.GetTempPath(), $"summarize-determinism-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, Article(), new UTF8Encoding(false));
        try
        {
            string[] args = ["--format", "json", "--sentences", "4", "--keywords", "8", "--algorithm", algorithm, path];
            ProcessRunner.Result first = CliProcess.RunBytes([], args);
            ProcessRunner.Result second = CliProcess.RunBytes([], args);
            Assert.That(first.ExitCode, Is.Zero, first.Error);
            Assert.That(second.ExitCode, Is.Zero, second.Error);
            Assert.That(first.Output, Is.Not.Empty);
            Assert.That(second.Output, Is.EqualTo(first.Output), "the two processes' output differs");

            using JsonDocument json = JsonDocument.Parse(first.Output);
            Assert.That(json.RootElement.GetProperty("sentences").GetArrayLength(), Is.EqualTo(4));
            Assert.That(json.RootElement.GetProperty("keywords").GetArrayLength(), Is.EqualTo(8));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
