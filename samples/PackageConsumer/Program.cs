// Summarizes a short built-in text with the Summarizer package and prints the summary.
// Exits with 1 when the summary is empty, so a broken package fails the build that runs this.
using Summarizer;

const string Text = """
    The town of Eastwick opened its first public charging station for electric buses on Monday.
    The station can charge six buses at once and draws part of its power from solar panels on the depot roof.
    City officials said the new buses will replace the oldest diesel vehicles on three routes by next summer.
    Riders at the opening asked whether fares would change, and the transport director said they would not.
    A local choir sang at the ceremony.
    The project cost 4.5 million dollars, most of it from a regional clean transport fund.
    """;

Summary summary = TextSummarizer.Summarize(Text, SummaryLength.Sentences(2));
foreach (ScoredSentence sentence in summary.Sentences)
    Console.WriteLine(sentence.Text);

var version = typeof(TextSummarizer).Assembly.GetName().Version;
Console.Error.WriteLine($"Summarizer {version}: {summary.Sentences.Count} of {summary.DocumentSentenceCount} sentences.");
return summary.IsEmpty ? 1 : 0;
