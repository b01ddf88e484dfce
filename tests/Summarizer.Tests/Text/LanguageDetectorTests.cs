using Summarizer.Text;
using Summarizer.Analysis;

namespace Summarizer.Tests.Text;

public class LanguageDetectorTests
{
    [TestCase("The committee met on Monday and agreed that the new bridge will be built over the river by the end of the year.", Language.English)]
    [TestCase("Der Ausschuss hat am Montag beschlossen, dass die neue Brücke bis zum Ende des Jahres über den Fluss gebaut wird.", Language.German)]
    [TestCase("Le comité s'est réuni lundi et a décidé que le nouveau pont sera construit sur la rivière avant la fin de l'année.", Language.French)]
    [TestCase("El comité se reunió el lunes y acordó que el nuevo puente se construirá sobre el río antes del final del año.", Language.Spanish)]
    [TestCase("Il comitato si è riunito lunedì e ha deciso che il nuovo ponte sarà costruito sul fiume entro la fine dell'anno.", Language.Italian)]
    [TestCase("Комитет собрался в понедельник и решил, что новый мост будет построен через реку до конца года.", Language.Russian)]
    [TestCase("Het comité kwam maandag bijeen en besloot dat de nieuwe brug voor het einde van het jaar over de rivier wordt gebouwd.", Language.Dutch)]
    [TestCase("اجتمعت اللجنة يوم الاثنين وقررت أن الجسر الجديد سيبنى فوق النهر قبل نهاية العام في المدينة.", Language.Arabic)]
    [TestCase("委员会周一开会，同意在年底前在河上建造新桥。", Language.Chinese)]
    [TestCase("委員会は月曜日に会合を開き、年末までに川に新しい橋を架けることで合意した。", Language.Japanese)]
    [TestCase("新しい橋の工事は春に始まります。", Language.Japanese)]
    [TestCase("Domnul Marinescu a deschis ședința de astăzi și a vorbit mult despre bugetul orașului pentru anul viitor. Doamna Stan a prezentat cifrele și a răspuns la întrebările consilierilor.", Language.Romanian)]
    [TestCase("Domnul Marinescu a deschis şedinţa de astăzi şi a vorbit mult despre bugetul oraşului pentru anul viitor. Doamna Stan a prezentat cifrele şi a răspuns la întrebările consilierilor.", Language.Romanian)]
    public void RecognisesTheLanguageOfASentence(string text, Language expected) =>
        Assert.That(LanguageDetector.Detect(text), Is.EqualTo(expected));

    [TestCase("12345 67890 !!!")]
    [TestCase("Xyzzy plugh quux frobnicate")]
    [TestCase("")]
    public void ReturnsNoneWhenNoLanguageFits(string text) =>
        Assert.That(LanguageDetector.Detect(text), Is.EqualTo(Language.None));

    [Test]
    public void PipelineWithDetectionReportsTheLanguageItUsed()
    {
        SummarizerPipeline pipeline = new SummarizerPipelineBuilder().UseLanguageDetection().Build();
        Summary german = pipeline.Summarize("Der Ausschuss hat am Montag getagt. Die neue Brücke wird über den Fluss gebaut. Die Arbeiten an der Brücke beginnen im Frühjahr.", SummaryLength.Sentences(1));
        Assert.That(german.Language, Is.EqualTo(Language.German));
        Summary english = pipeline.Summarize("The committee met on Monday. The new bridge will be built over the river.", SummaryLength.Sentences(1));
        Assert.That(english.Language, Is.EqualTo(Language.English));
        Summary chinese = pipeline.Summarize("委员会周一开会。新桥将建在河上。桥梁工程将于春季开始。", SummaryLength.Sentences(1));
        Assert.That(chinese.Language, Is.EqualTo(Language.Chinese));
        Assert.That(chinese.Sentences, Has.Count.EqualTo(1));
        Summary unknown = pipeline.Summarize("Xyzzy plugh quux. Frobnicate grault garply.", SummaryLength.Sentences(1));
        Assert.That(unknown.Language, Is.EqualTo(Language.English), "unrecognised text falls back to the configured language");
    }

    [Test]
    public void EnglishTextQuotingAFewChineseWordsStaysEnglish()
    {
        const string text = "The restaurant on the corner serves noodles, and the sign over the door reads 面馆 in red letters. "
                            + "Most of the customers are students from the university across the road.";
        Assert.That(LanguageDetector.Detect(text), Is.EqualTo(Language.English));
    }

    [Test]
    public void RejectsNonPositiveSampleLength() =>
        Assert.That(() => LanguageDetector.Detect("text", 0), Throws.InstanceOf<ArgumentOutOfRangeException>().With.Property("ParamName").EqualTo("sampleLength"));
}
