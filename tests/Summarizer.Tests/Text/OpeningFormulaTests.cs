using Summarizer.Text;

namespace Summarizer.Tests.Text;

/// <summary>
/// A sentence that opens with a greeting, welcome, thanks or salutation addresses the reader or listener and says
/// nothing of the subject: a newsletter's "Good morning.", a live blog's welcome, a podcast's hello, a letter's "Dear
/// members,". Such sentences are chosen only when nothing else is left; the same words inside a report's sentence are
/// content and stay.
/// </summary>
public class OpeningFormulaTests
{
    private static readonly SummarizerPipeline Pipeline = new SummarizerPipelineBuilder().Build();

    public sealed record Text(string Name, string Content, Language Language, string[] NotInSummary)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<Text> Texts() =>
    [
        new("newsletter", """
            Good morning. Here is what you need to know today.

            The central bank raised its main interest rate by a quarter point on Wednesday, the third increase this
            year, and signalled that more could follow if prices keep rising faster than wages.

            Rents in the capital rose 9 percent in the year to March, the statistics office said, the steepest rise
            since records began in 1998.

            A court in the north ordered the closure of a chemical plant after inspectors found solvents in the river
            below it. The owner says it will appeal.

            Thanks for reading. See you tomorrow.
            """, Language.English, ["Good morning.", "Thanks for reading."]),
        new("live blog, newest first", """
            Storm updates

            16:05
            The coastguard has rescued two sailors whose yacht lost its mast off the northern headland.

            15:40
            Rail services between the two cities are suspended until further notice after a tree fell on the line.

            15:10
            About 8,000 homes are without power, the grid operator says, most of them in the hill villages.

            14:45
            Hello and welcome to our coverage of the storm, which is bringing gales and heavy rain to the coast today.
            """, Language.English, ["Hello and welcome to our coverage of the storm, which is bringing gales and heavy rain to the coast today."]),
        new("podcast without speaker labels", """
            Hi everyone, and welcome back to the show. Thanks so much for listening. Today we are talking about
            soil, and how the way a field is ploughed changes how much water it can hold. Ploughing deep every year
            breaks up the channels that worms and roots leave behind, and rain then runs off instead of soaking in.
            Farmers who stopped ploughing found that their fields took up water twice as fast within five years. The
            difference was largest on clay, where the old channels are the only way down. Bye for now.
            """, Language.English, ["Hi everyone, and welcome back to the show.", "Thanks so much for listening.", "Bye for now."]),
        new("letter", """
            Dear members,

            The club's annual meeting will be held on 12 May in the village hall. The committee proposes to raise the
            yearly fee from 40 to 45 euros to pay for the new roof of the boathouse. The roof was damaged in the
            winter storms and the insurer will pay only part of the repair. Members who cannot attend may vote by
            post until 10 May.

            Thank you for your support.
            """, Language.English, ["Dear members,", "Thank you for your support."]),
        new("German newsletter", """
            Guten Morgen, liebe Leserinnen und Leser.

            Der Stadtrat hat gestern beschlossen, die Straßenbahnlinie 4 bis zum neuen Klinikum zu verlängern. Die
            Bauarbeiten sollen im Herbst beginnen und rund zwei Jahre dauern. Die Kosten von 38 Millionen Euro trägt
            zum größten Teil das Land. Anwohner der Ringstraße hatten gegen die Trasse geklagt und waren vor dem
            Verwaltungsgericht gescheitert.

            Danke fürs Lesen und bis morgen.
            """, Language.German, ["Guten Morgen, liebe Leserinnen und Leser.", "Danke fürs Lesen und bis morgen."]),
        new("Spanish broadcast", """
            Buenas tardes y bienvenidos al informativo. El Gobierno regional aprobó hoy un plan para reducir el
            consumo de agua en la agricultura un 15 por ciento en cinco años. El plan prevé ayudas para instalar
            riego por goteo en unas 20.000 hectáreas. Las organizaciones agrarias lo consideran insuficiente ante la
            sequía. Gracias por su atención.
            """, Language.Spanish, ["Buenas tardes y bienvenidos al informativo.", "Gracias por su atención."]),
    ];

    [TestCaseSource(nameof(Texts))]
    public void AGreetingThatOpensASentenceIsLeftOut(Text text)
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseLanguage(text.Language).Build();
        Summary summary = pipeline.Summarize(text.Content, SummaryLength.Sentences(2));
        string[] chosen = summary.Sentences.Select(s => OneLine.Of(s.Text)).ToArray();
        Assert.That(chosen, Has.Length.EqualTo(2));
        Assert.That(chosen, Has.None.AnyOf(text.NotInSummary), string.Join(" | ", chosen));
    }

    [Test]
    public void TheSameWordsInsideAReportsSentencesAreContent()
    {
        const string report = """
            Thanks to a late goal from its captain, the home side won the derby 2-1 on Saturday.
            "Thank you for believing in us," the coach told the fans after the final whistle.
            Hi-tech sensors in the new stadium counted 41,000 spectators, a record for the ground.
            The result lifts the club to third place, in a welcome boost before the cup final next month.
            """;
        Document document = Pipeline.Analyzer.Analyze(report);
        Summary summary = Pipeline.Summarize(report, SummaryLength.Sentences(4));
        Assert.That(summary.Sentences, Has.Count.EqualTo(4));
        Assert.That(Enumerable.Range(0, document.Sentences.Count).Select(i => Layout.Formulas.OpensWithFormula(document, i)), Has.None.True,
            "'Thanks to' says why, a quotation opens with its quotation mark, 'Hi-tech' is one word");
    }

    [Test]
    public void ATextOfGreetingsAloneStillGetsItsSummary()
    {
        Summary summary = Pipeline.Summarize("Hello everyone. Welcome back. Thanks for coming.", SummaryLength.Sentences(2));
        Assert.That(summary.Sentences, Has.Count.EqualTo(2));
    }

    [Test]
    public void ASummaryOfOneSentenceSkipsTheGreetingThatRanksFirst()
    {
        // The greeting is the lead, where position weighs most, and names the subject; the first report wins anyway.
        const string text = """
            Good evening and welcome to the harbour report, with news on the new ferry timetable.
            From Monday the ferry to the island will sail every hour instead of every two hours, the harbour office said.
            The extra crossings are paid for by the regional transport fund until the end of the year.
            """;
        Summary summary = Pipeline.Summarize(text, SummaryLength.Sentences(1));
        Assert.That(summary.Sentences.Single().Text, Does.StartWith("From Monday the ferry"));
    }
}
