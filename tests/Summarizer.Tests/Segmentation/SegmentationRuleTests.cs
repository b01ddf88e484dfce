using Summarizer.Text;
using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// The splitter's general rules, class by class, each with texts that must split and texts that must not. Every
/// case runs with quotations kept whole (the Golden Rules' setting) and split (the summarization pipeline's setting).
/// </summary>
public class SegmentationRuleTests
{
    private static void AssertSplits(string language, string text, string[] expected)
    {
        foreach (bool keepQuotationsWhole in new[] { true, false })
        {
            var splitter = new RuleBasedSentenceSplitter(new SentenceSplitterOptions { Language = language, KeepQuotationsWhole = keepQuotationsWhole });
            string[] actual = splitter.Split(text).Select(s => s.GetText(text)).ToArray();
            Assert.That(actual, Is.EqualTo(expected), $"KeepQuotationsWhole = {keepQuotationsWhole}");
        }
    }

    /// <summary>Quotes and brackets closing after a terminator end the sentence with it, also in tokenized text with a space before
    /// the mark (<c>won . '' Then</c>); a mark that can open as well (<c>"</c>, <c>'</c>, <c>)</c>) does so only when the line opened one.</summary>
    [TestCase("He asked, \"Is it over?\" Nobody answered.", "He asked, \"Is it over?\"", "Nobody answered.")]
    [TestCase("She wrote 'We lost.' Then she left.", "She wrote 'We lost.'", "Then she left.")]
    [TestCase("It was huge (really huge!) and loud.", "It was huge (really huge!) and loud.")]
    [TestCase("They ran away (we never saw them again.) The house stayed empty.", "They ran away (we never saw them again.)", "The house stayed empty.")]
    [TestCase("They played after the match . She said , '' We won . '' Then they went home .", "They played after the match .", "She said , '' We won . ''", "Then they went home .")]
    [TestCase("Nobody knew what to say ? '' The court fell silent .", "Nobody knew what to say ? ''", "The court fell silent .")]
    [TestCase("`` It 's over . '' `` Is it ? ''", "`` It 's over . ''", "`` Is it ? ''")]
    [TestCase("The mayor spoke . `` We will rebuild , '' she said . `` It will take time . ''", "The mayor spoke .", "`` We will rebuild , '' she said .", "`` It will take time . ''")]
    [TestCase("He asked `` why ? '' `` when ? '' and left .", "He asked `` why ? '' `` when ? '' and left .")]
    [TestCase("`` Are you coming ? '' he asked .", "`` Are you coming ? '' he asked .")]
    [TestCase("He shouted `` Stop ! '' and the car stopped .", "He shouted `` Stop ! '' and the car stopped .")]
    [TestCase("It ended . '' Then he sat down .", "It ended . ''", "Then he sat down .")]
    [TestCase("The lecture ran late. (Applause.) Then questions began.", "The lecture ran late.", "(Applause.)", "Then questions began.")]
    [TestCase("She quoted the line \" All is well . \" Then she stopped .", "She quoted the line \" All is well . \"", "Then she stopped .")]
    [TestCase("He left . \" Why ? \" she asked .", "He left .", "\" Why ? \" she asked .")]
    [TestCase("The vote ( held in March . ) Nobody came .", "The vote ( held in March . )", "Nobody came .")]
    public void ClosingMarksAfterATerminatorBelongToTheEndingSentence(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>Nested quotations and brackets that close together after a terminator end the sentence with it; one that closes later keeps it inside.</summary>
    [TestCase("She said, \"He told me 'never again.'\" Then she cried.", "She said, \"He told me 'never again.'\"", "Then she cried.")]
    [TestCase("The note (she wrote 'back soon.') Then nothing more.", "The note (she wrote 'back soon.')", "Then nothing more.")]
    [TestCase("They hung a sign (\"Closed for repairs.\") The shop reopened in May.", "They hung a sign (\"Closed for repairs.\")", "The shop reopened in May.")]
    [TestCase("She said \"He told me 'never again.'\" and smiled.", "She said \"He told me 'never again.'\" and smiled.")]
    [TestCase("She read \"the word 'end.' twice\" aloud.", "She read \"the word 'end.' twice\" aloud.")]
    [TestCase("The note (she wrote 'back soon.' and left) Then nothing more.", "The note (she wrote 'back soon.' and left) Then nothing more.")]
    public void NestedClosingMarksEndTheSentenceTogether(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>Lower-case footnote labels after a period belong to the sentence that ends, as numeric citation markers do; a
    /// bracketed note that starts with a capital is a sentence of its own, and a label before a lower-case word ends nothing.</summary>
    [TestCase("The lake froze over.[a] Skating began.", "The lake froze over.[a]", "Skating began.")]
    [TestCase("The lake froze over.[note 2] Skating began.", "The lake froze over.[note 2]", "Skating began.")]
    [TestCase("The claim is disputed.[citation needed] Most sources agree.", "The claim is disputed.[citation needed]", "Most sources agree.")]
    [TestCase("The claim is disputed. [citation needed] Most sources agree.", "The claim is disputed. [citation needed]", "Most sources agree.")]
    [TestCase("The mill closed in 1911.[b][4] A museum opened later.", "The mill closed in 1911.[b][4]", "A museum opened later.")]
    [TestCase("The report ends here. [The rest of the page is missing.] Page two follows.", "The report ends here.", "[The rest of the page is missing.]", "Page two follows.")]
    [TestCase("The claim is disputed.[a] and nobody checked it.", "The claim is disputed.[a] and nobody checked it.")]
    [TestCase("The value x.[i] is set in the loop.", "The value x.[i] is set in the loop.")]
    public void FootnoteLabelsAfterAPeriodBelongToTheEndingSentence(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>a.m., p.m., B.C., A.D., U.S., etc., Inc. end a sentence before a word that starts one (a capitalised function word), not
    /// before a name or title the phrase runs on into. An era or a speed after a number ends it before any capital, as a time does.</summary>
    [TestCase("By 7 p.m. The streets were empty.", "By 7 p.m.", "The streets were empty.")]
    [TestCase("By 7 p.m. Dr. Jones had left.", "By 7 p.m. Dr. Jones had left.")]
    [TestCase("The city was founded in 753 B.C. It grew quickly.", "The city was founded in 753 B.C.", "It grew quickly.")]
    [TestCase("He moved to the U.S. The move was hard.", "He moved to the U.S.", "The move was hard.")]
    [TestCase("He moved to the U.S. Army base in May.", "He moved to the U.S. Army base in May.")]
    [TestCase("The film opened in the U.K. and the U.S. Few critics liked it.", "The film opened in the U.K. and the U.S.", "Few critics liked it.")]
    [TestCase("Both parties met in the U.S. Neither side gave way.", "Both parties met in the U.S.", "Neither side gave way.")]
    [TestCase("They sell pens, paper, ink, etc. We buy there often.", "They sell pens, paper, ink, etc.", "We buy there often.")]
    [TestCase("They sell pens, paper, ink, etc. and more.", "They sell pens, paper, ink, etc. and more.")]
    [TestCase("He works for Acme Inc. His boss is kind.", "He works for Acme Inc.", "His boss is kind.")]
    [TestCase("We left at 7 p.m. Dr. Jones stayed.", "We left at 7 p.m.", "Dr. Jones stayed.")]
    [TestCase("The empire fell in 476 A.D. After that, chaos reigned.", "The empire fell in 476 A.D.", "After that, chaos reigned.")]
    [TestCase("It rained until 5 a.m. This morning was calm.", "It rained until 5 a.m.", "This morning was calm.")]
    [TestCase("I bought apples, pears, etc. Mr. Lee sold them.", "I bought apples, pears, etc.", "Mr. Lee sold them.")]
    [TestCase("Rome was founded c. 753 B.C. by twins.", "Rome was founded c. 753 B.C. by twins.")]
    [TestCase("We visited the U.K. Last year we went to France.", "We visited the U.K.", "Last year we went to France.")]
    [TestCase("He lives on Main St. The house is red.", "He lives on Main St.", "The house is red.")]
    [TestCase("The capital is St. Paul. It is cold.", "The capital is St. Paul.", "It is cold.")]
    [TestCase("He works at Apple Inc. in Cupertino.", "He works at Apple Inc. in Cupertino.")]
    [TestCase("The meeting is at 3 p.m. tomorrow.", "The meeting is at 3 p.m. tomorrow.")]
    [TestCase("The company, Acme Co. Ltd., was founded in 1901. It still exists.", "The company, Acme Co. Ltd., was founded in 1901.", "It still exists.")]
    [TestCase("She joined Harlow & Co. LLC in May.", "She joined Harlow & Co. LLC in May.")]
    [TestCase("We bought it from Lee & Co. Prices were fair.", "We bought it from Lee & Co.", "Prices were fair.")]
    [TestCase("Caesar crossed the river in 49 B.C. Rome was thrown into chaos.", "Caesar crossed the river in 49 B.C.", "Rome was thrown into chaos.")]
    [TestCase("The temple was built in the 5th century B.C. Pilgrims still visit.", "The temple was built in the 5th century B.C.", "Pilgrims still visit.")]
    [TestCase("The speed limit here is 30 m.p.h. Drivers ignore it.", "The speed limit here is 30 m.p.h.", "Drivers ignore it.")]
    [TestCase("In 44 B.C. Julius Caesar was killed.", "In 44 B.C. Julius Caesar was killed.")]
    [TestCase("He works for B.C. Hydro now.", "He works for B.C. Hydro now.")]
    [TestCase("The first U.S. Open was played in 1895.", "The first U.S. Open was played in 1895.")]
    [TestCase("She won the 1990 U.S. Open in New York.", "She won the 1990 U.S. Open in New York.")]
    [TestCase("The game starts at 7 p.m. ET on Saturday.", "The game starts at 7 p.m. ET on Saturday.")]
    [TestCase("Trading closes at 4 p.m. New York time.", "Trading closes at 4 p.m. New York time.")]
    [TestCase("The show starts at 8 p.m. Eastern Time on Sundays.", "The show starts at 8 p.m. Eastern Time on Sundays.")]
    [TestCase("The meeting ended at 5 p.m. Afterwards we went for dinner.", "The meeting ended at 5 p.m.", "Afterwards we went for dinner.")]
    [TestCase("We landed at 6 a.m. New York was still asleep.", "We landed at 6 a.m.", "New York was still asleep.")]
    public void AbbreviationsThatCanEndASentenceEndOneBeforeASentenceStart(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>Spaced periods are the typeset form of "..." and end a sentence as it does.</summary>
    [TestCase("Wait . . . Then it came.", "Wait . . .", "Then it came.")]
    [TestCase("Wait . . . then it came.", "Wait . . . then it came.")]
    [TestCase("I thought... Maybe not.", "I thought...", "Maybe not.")]
    [TestCase("I thought... maybe not.", "I thought... maybe not.")]
    [TestCase("He paused . . . . Then he spoke again.", "He paused . . . .", "Then he spoke again.")]
    [TestCase("The list goes on . . . and on.", "The list goes on . . . and on.")]
    public void SpacedEllipsesEndASentenceBeforeACapital(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>The last letter of a spaced acronym (<c>U. S. A.</c>) ends a sentence before a function word; initials before a name do not.</summary>
    [TestCase("He was born in the U. S. A. His parents were not.", "He was born in the U. S. A.", "His parents were not.")]
    [TestCase("She lives in the U. K. Her brother does too.", "She lives in the U. K.", "Her brother does too.")]
    [TestCase("The U. S. A. team won.", "The U. S. A. team won.")]
    [TestCase("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it.")]
    public void SpacedAcronymsEndASentenceBeforeAFunctionWord(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>Units before numbers and lower-case words (<c>6 ft. 2 in.</c>, <c>10 oz. of</c>) continue the sentence; a unit after a
    /// number ends it before a capital, but "Ft." after anything else is Fort before its name.</summary>
    [TestCase("They built a 6 ft. 2 in. fence around it.", "They built a 6 ft. 2 in. fence around it.")]
    [TestCase("Add 10 oz. of flour and stir.", "Add 10 oz. of flour and stir.")]
    [TestCase("It weighs 5 lbs. The box is light.", "It weighs 5 lbs.", "The box is light.")]
    [TestCase("Use 2 tbsp. sugar and 1 tsp. salt.", "Use 2 tbsp. sugar and 1 tsp. salt.")]
    [TestCase("The pipe is 3 in. wide.", "The pipe is 3 in. wide.")]
    [TestCase("Mix 3 oz. butter with 2 lb. potatoes.", "Mix 3 oz. butter with 2 lb. potatoes.")]
    [TestCase("Let it boil for 5 min. to soften.", "Let it boil for 5 min. to soften.")]
    [TestCase("Gen. Grant met Lt. Col. Hays at Ft. Sumter.", "Gen. Grant met Lt. Col. Hays at Ft. Sumter.")]
    [TestCase("Ft. Worth is west of Dallas.", "Ft. Worth is west of Dallas.")]
    [TestCase("The wall is 8 ft. Ft. Mason is behind it.", "The wall is 8 ft.", "Ft. Mason is behind it.")]
    [TestCase("The plank is 8 ft. The shelf is shorter.", "The plank is 8 ft.", "The shelf is shorter.")]
    [TestCase("It costs approx. $40 a night.", "It costs approx. $40 a night.")]
    [TestCase("The repairs cost est. \u00A32,500 in total.", "The repairs cost est. \u00A32,500 in total.")]
    [TestCase("The bill came to $40. $10 went on tips.", "The bill came to $40.", "$10 went on tips.")]
    [TestCase("The talk is in Rm. 204 at noon.", "The talk is in Rm. 204 at noon.")]
    [TestCase("Our office is at 90 Pine St., Ste. 300, in Denver.", "Our office is at 90 Pine St., Ste. 300, in Denver.")]
    [TestCase("The class moved to a bigger rm. The old one was cramped.", "The class moved to a bigger rm.", "The old one was cramped.")]
    public void MeasurementAbbreviationsBeforeNumbersAndWordsContinue(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>Roman-numeral and lettered list items, on their own lines or inline; a list inside its sentence stays in it. A capital
    /// Roman numeral opening a line numbers a heading ("II. Method"); after a name inside the line it may end a sentence.</summary>
    [TestCase("i. Buy milk.\nii. Feed the cat.\niii. Call home.", "i. Buy milk.", "ii. Feed the cat.", "iii. Call home.")]
    [TestCase("a. First item\nb. Second item\nc. Third item", "a. First item", "b. Second item", "c. Third item")]
    [TestCase("i.) Buy milk ii.) Feed the cat iii.) Call home", "i.) Buy milk", "ii.) Feed the cat", "iii.) Call home")]
    [TestCase("We need: i. flour, ii. sugar and iii. eggs.", "We need: i. flour, ii. sugar and iii. eggs.")]
    [TestCase("a) Plan the trip.\nb) Book the hotel.", "a) Plan the trip.", "b) Book the hotel.")]
    [TestCase("I. Background\nII. Method\nIII. Findings", "I. Background", "II. Method", "III. Findings")]
    [TestCase("IV. The Early Years\nV. The War", "IV. The Early Years", "V. The War")]
    [TestCase("Chapter one\nXII. Homecoming", "Chapter one", "XII. Homecoming")]
    [TestCase("He was crowned as Louis XIV. He ruled for decades.", "He was crowned as Louis XIV.", "He ruled for decades.")]
    [TestCase("The king was Henry VIII. His wives fared badly.", "The king was Henry VIII.", "His wives fared badly.")]
    public void RomanAndLetteredListItems(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>Brackets nest, may be left unclosed, and may hold sentences of their own.</summary>
    [TestCase("The result (see Table 2 (left)) was clear. We moved on.", "The result (see Table 2 (left)) was clear.", "We moved on.")]
    [TestCase("He left. (Nobody cared.) Then it rained.", "He left.", "(Nobody cared.)", "Then it rained.")]
    [TestCase("The plan [which failed (badly).] was dropped.", "The plan [which failed (badly).] was dropped.")]
    [TestCase("(This one is short.) The next is longer.", "(This one is short.)", "The next is longer.")]
    public void NestedAndUnbalancedBrackets(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>Backtick quotations <c>`...'</c> and <c>``...''</c> close like any other quotation.</summary>
    [TestCase("He said `Go home.' Then he left.", "He said `Go home.'", "Then he left.")]
    [TestCase("He said ``Go home.'' Then he left.", "He said ``Go home.''", "Then he left.")]
    [TestCase("The word `ok.' is short.", "The word `ok.' is short.")]
    [TestCase("``Why?'' she asked.", "``Why?'' she asked.")]
    public void BacktickQuotations(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>Web text starts sentences in lower case: a period after a word that is no abbreviation ends the sentence before one.</summary>
    [TestCase("The service was great. i will come back.", "The service was great.", "i will come back.")]
    [TestCase("We stayed two nights. the hotel was clean.", "We stayed two nights.", "the hotel was clean.")]
    [TestCase("Add approx. two cups of water.", "Add approx. two cups of water.")]
    [TestCase("He teaches art (he trained as a painter.) at the college.", "He teaches art (he trained as a painter.) at the college.")]
    [TestCase("We sold misc. items and incl. tax in the price.", "We sold misc. items and incl. tax in the price.")]
    [TestCase("The story is cont. on page 5.", "The story is cont. on page 5.")]
    [TestCase("She did a great job. i was very pleased.", "She did a great job.", "i was very pleased.")]
    [TestCase("oh. my bad, wrong number.", "oh.", "my bad, wrong number.")]
    [TestCase("The temperature fell to -5 deg. in the night.", "The temperature fell to -5 deg. in the night.")]
    public void APeriodAfterAWordBeforeALowerCaseWord(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>A question or exclamation mark before a lower-case word ends the sentence unless a reporting clause follows or it closes a one-word exclamation.</summary>
    [TestCase("where did you grow up? india?", "where did you grow up?", "india?")]
    [TestCase("Is the museum open tomorrow? there will be a queue.", "Is the museum open tomorrow?", "there will be a queue.")]
    [TestCase("Stop that now! she cried.", "Stop that now! she cried.")]
    [TestCase("Go away! said the old man.", "Go away! said the old man.")]
    [TestCase("It wobbled, and, crash! the vase broke.", "It wobbled, and, crash! the vase broke.")]
    [TestCase("The comedy Are We There Yet? and the drama Million Dollar Baby completed the top five.", "The comedy Are We There Yet? and the drama Million Dollar Baby completed the top five.")]
    [TestCase("They went to see Mamma Mia! which ran for years.", "They went to see Mamma Mia! which ran for years.")]
    [TestCase("where is Miramar? are the beaches good?", "where is Miramar?", "are the beaches good?")]
    [TestCase("uh, where? just in the water?", "uh, where?", "just in the water?")]
    public void QuestionAndExclamationMarksBeforeALowerCaseWord(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>A German ordinal is followed by a noun or adjective, so a pronoun, article or adverb after the number starts a sentence.</summary>
    [TestCase("Das steht auf Seite 12. Dort findest du alles.", "Das steht auf Seite 12.", "Dort findest du alles.")]
    [TestCase("Er kam am 12. Juni zurück.", "Er kam am 12. Juni zurück.")]
    [TestCase("Im Jahr 2005. Danach wurde alles anders.", "Im Jahr 2005.", "Danach wurde alles anders.")]
    [TestCase("Der 3. Oktober ist ein Feiertag.", "Der 3. Oktober ist ein Feiertag.")]
    [TestCase("Sie wohnt in Haus 7. Es ist blau.", "Sie wohnt in Haus 7.", "Es ist blau.")]
    [TestCase("Das war im 19. Jahrhundert so.", "Das war im 19. Jahrhundert so.")]
    [TestCase("Er wurde 1. Sieger.", "Er wurde 1. Sieger.")]
    public void GermanOrdinalsAndSentenceEnds(string text, params string[] expected) =>
        AssertSplits("de", text, expected);

    /// <summary>Emoji and emoticons after a sentence belong to it; without punctuation, they end a sentence before a capital.</summary>
    [TestCase("The view was amazing! 😍 We stayed an hour.", "The view was amazing! 😍", "We stayed an hour.")]
    [TestCase("Loved the food 👍 The staff were kind.", "Loved the food 👍", "The staff were kind.")]
    [TestCase("It's well cool. :) See you soon.", "It's well cool. :)", "See you soon.")]
    [TestCase("We won the final! 🏆🎉", "We won the final! 🏆🎉")]
    [TestCase("I love 🍕 and pasta.", "I love 🍕 and pasta.")]
    [TestCase("Press ★ to save the page.", "Press ★ to save the page.")]
    [TestCase("The score was 3:2 at half time.", "The score was 3:2 at half time.")]
    [TestCase("We stayed three nights and loved it :) The staff were friendly.", "We stayed three nights and loved it :)", "The staff were friendly.")]
    [TestCase("Great view from the balcony ;-) Breakfast was late though.", "Great view from the balcony ;-)", "Breakfast was late though.")]
    [TestCase("The museum was closed on Monday :( We went to the beach instead.", "The museum was closed on Monday :(", "We went to the beach instead.")]
    [TestCase("Tickets sold out in an hour =D Next year we book early.", "Tickets sold out in an hour =D", "Next year we book early.")]
    [TestCase("Happy with it :) and would order again.", "Happy with it :) and would order again.")]
    [TestCase("We meet at 10:30 Tuesday at the station.", "We meet at 10:30 Tuesday at the station.")]
    [TestCase("Two things to bring: Water and a hat.", "Two things to bring: Water and a hat.")]
    [TestCase("The formula is x =D for the first case.", "The formula is x =D for the first case.")]
    public void EmojiBelongToTheSentenceTheyFollow(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    [TestCase("Безумно красиво! 😍😍😍 Зато в горах много снега.", "Безумно красиво! 😍😍😍", "Зато в горах много снега.")]
    [TestCase("Они пишут стихи, рисуют и т.д. Для нас это важно.", "Они пишут стихи, рисуют и т.д.", "Для нас это важно.")]
    [TestCase("Он родился в 1898 г. В Москве.", "Он родился в 1898 г. В Москве.")]
    public void RussianEmojiAndAbbreviations(string text, params string[] expected) =>
        AssertSplits("ru", text, expected);

    /// <summary>An abbreviation alone before a capital is a label that opens its sentence.</summary>
    [TestCase("P.S. And did you see the bird?", "P.S. And did you see the bird?")]
    [TestCase("N.B. The office is closed on Monday.", "N.B. The office is closed on Monday.")]
    [TestCase("We met in the U.S. The trip was long.", "We met in the U.S.", "The trip was long.")]
    public void AnAbbreviationAloneIsALabel(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>One quotation closing on a terminator and the next opening on a capital are two utterances.</summary>
    [TestCase("\"Please book online.\" \"Who told you that?\"", "\"Please book online.\"", "\"Who told you that?\"")]
    [TestCase("He said \"Go now.\" \"Why?\" she asked.", "He said \"Go now.\"", "\"Why?\" she asked.")]
    [TestCase("\u201CWe are closed.\u201D \u201CSince when?\u201D", "\u201CWe are closed.\u201D", "\u201CSince when?\u201D")]
    [TestCase("'Hello there.' 'Goodbye.'", "'Hello there.'", "'Goodbye.'")]
    [TestCase("He said 'fine.' 'tis all he said.", "He said 'fine.' 'tis all he said.")]
    [TestCase("He called it \"great.\" \"nice\" was her word.", "He called it \"great.\" \"nice\" was her word.")]
    [TestCase("He used the word \"done,\" \"Finished\" being too strong.", "He used the word \"done,\" \"Finished\" being too strong.")]
    public void AQuotationAfterAClosedOneStartsASentence(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    [TestCase("Sie sagte: ``Wir bleiben.'' ``Morgen fahren wir.'' Dann ging sie.", "Sie sagte: ``Wir bleiben.''", "``Morgen fahren wir.''", "Dann ging sie.")]
    [TestCase("\u201EIch komme.\u201C \u201EWann?\u201C", "\u201EIch komme.\u201C", "\u201EWann?\u201C")]
    public void GermanQuotationsAfterAClosedOne(string text, params string[] expected) =>
        AssertSplits("de", text, expected);

    /// <summary>
    /// A dash after a terminator opens the next sentence (a line of dialogue, an attribution); a pair of dashes inside a
    /// sentence is a parenthesis whose terminators do not end it.
    /// </summary>
    [TestCase("Светка примчалась как на пожар. -- Светка, что тебе нарисовать? -- Нарисовать?.. Она удивилась.",
        "Светка примчалась как на пожар.", "-- Светка, что тебе нарисовать?", "-- Нарисовать?..", "Она удивилась.")]
    [TestCase("-- Учил? -- спросила учительница. Он молчал.", "-- Учил? -- спросила учительница.", "Он молчал.")]
    [TestCase("Он ушёл. — Куда? — Домой.", "Он ушёл.", "— Куда?", "— Домой.")]
    [TestCase("Он шёл -- медленно, устало -- к дому.", "Он шёл -- медленно, устало -- к дому.")]
    public void RussianDialogueDashes(string text, params string[] expected) =>
        AssertSplits("ru", text, expected);

    [TestCase("\"Fine against a wall.\" - Eleanor Roosevelt", "\"Fine against a wall.\"", "- Eleanor Roosevelt")]
    [TestCase("We waited. -- Then the doors opened.", "We waited.", "-- Then the doors opened.")]
    [TestCase("The plan -- if it works. -- saves a week.", "The plan -- if it works. -- saves a week.")]
    [TestCase("Why? -- he asked again. Nobody knew.", "Why? -- he asked again.", "Nobody knew.")]
    public void ADashAfterATerminatorOpensTheNextSentence(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>
    /// A dash aside lies within one sentence: two dashes with a sentence's end and a capital between them are no pair, so
    /// the terminator between them ends its sentence (a Russian dash often stands for a missing verb, alone). An aside that
    /// holds only a question or an abbreviation before a name still keeps its terminator inside.
    /// </summary>
    [TestCase("Зима -- время отдыха. Летом все работают -- и много.", "Зима -- время отдыха.", "Летом все работают -- и много.")]
    [TestCase("Он ответил -- нет! Потом ушёл -- быстро.", "Он ответил -- нет!", "Потом ушёл -- быстро.")]
    [TestCase("Наш сад -- гордость семьи. -- А огород? -- спросил сосед.", "Наш сад -- гордость семьи.", "-- А огород? -- спросил сосед.")]
    [TestCase("Он шёл -- куда? зачем? -- к реке.", "Он шёл -- куда? зачем? -- к реке.")]
    public void RussianDashesAroundASentenceEndAreNoPair(string text, params string[] expected) =>
        AssertSplits("ru", text, expected);

    [TestCase("The harbour -- a busy one. Boats came in all day -- and left at night.", "The harbour -- a busy one.", "Boats came in all day -- and left at night.")]
    [TestCase("Our guide -- could he be late? -- finally arrived.", "Our guide -- could he be late? -- finally arrived.")]
    [TestCase("The clinic -- run by Dr. Patel for years -- closed in May.", "The clinic -- run by Dr. Patel for years -- closed in May.")]
    public void EnglishDashesAroundASentenceEndAreNoPair(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>
    /// A writer who starts the text with a word in lower case, or writes the pronoun I as "i", starts sentences in lower
    /// case too: a period after an ordinary word ends the sentence before a lower-case word, however short the word
    /// before. Without that cue a short word before the period may be an abbreviation we do not know, and the sentence
    /// runs on; an address or the letter i as a variable is no cue.
    /// </summary>
    [TestCase("we ate at the bar. food was good. staff too.", "we ate at the bar.", "food was good.", "staff too.")]
    [TestCase("My cousin came by. We went to the bar. food was ok. i think we will go back.", "My cousin came by.", "We went to the bar.", "food was ok.", "i think we will go back.")]
    [TestCase("lunch is at one. bring a pen.", "lunch is at one.", "bring a pen.")]
    [TestCase("The fee is 5 dol. per head and 40 dol. in all.", "The fee is 5 dol. per head and 40 dol. in all.")]
    [TestCase("www.example.org lists the fee in dol. per head.", "www.example.org lists the fee in dol. per head.")]
    [TestCase("The sum runs over i in the set of all obs. per row.", "The sum runs over i in the set of all obs. per row.")]
    public void LowercaseWritersStartSentencesInLowercase(string text, params string[] expected) =>
        AssertSplits("en", text, expected);

    /// <summary>"и т. д." and "и др." close a list, so a capital after them starts a sentence; other abbreviations do not end one in Russian.</summary>
    [TestCase("Это было везде, и т. д. В той картине всё иначе.", "Это было везде, и т. д.", "В той картине всё иначе.")]
    [TestCase("Пришли Иванов, Петров и др. Москва ждала их.", "Пришли Иванов, Петров и др.", "Москва ждала их.")]
    [TestCase("Он купил хлеб, молоко и т.п. и пошёл домой.", "Он купил хлеб, молоко и т.п. и пошёл домой.")]
    [TestCase("Он жил на ул. Ленина долго.", "Он жил на ул. Ленина долго.")]
    public void RussianEnumerationEndsCloseASentence(string text, params string[] expected) =>
        AssertSplits("ru", text, expected);

    /// <summary>French "av. J.-C.", "apr. J.-C." and "av. Foch" run on into the capital after them.</summary>
    [TestCase("Le temple fut dédié en 493 av. J.-C. par un consul. Il brûla plus tard.", "Le temple fut dédié en 493 av. J.-C. par un consul.", "Il brûla plus tard.")]
    [TestCase("Il mourut en 14 apr. J.-C. à Nola.", "Il mourut en 14 apr. J.-C. à Nola.")]
    [TestCase("Le bureau est au 12 av. Foch depuis mai.", "Le bureau est au 12 av. Foch depuis mai.")]
    public void FrenchEraAndStreetAbbreviationsRunOn(string text, params string[] expected) =>
        AssertSplits("fr", text, expected);

    /// <summary>
    /// An abbreviation that names what the number after it counts ("Tab. 3", "Abb. 5", "blz. 4", "art. 5 ust. 2") runs
    /// on into the number; the same letters as a word before a capital end the sentence ("the tab. The", "einen neuen
    /// Tab. Dann"). The number after such an abbreviation is a label, not a German ordinal, so its period ends a sentence.
    /// </summary>
    [TestCase("en", "The totals are in Tab. 3 of the appendix. They match.", "The totals are in Tab. 3 of the appendix.", "They match.")]
    [TestCase("en", "See tbl. 2 and sect. 4 for the rates. They are low.", "See tbl. 2 and sect. 4 for the rates.", "They are low.")]
    [TestCase("en", "He picked up the tab. The others had already left.", "He picked up the tab.", "The others had already left.")]
    [TestCase("de", "Die Werte stehen in Tab. 4. Beide Reihen steigen.", "Die Werte stehen in Tab. 4.", "Beide Reihen steigen.")]
    [TestCase("de", "Siehe Abb. 3 und Abb. 5 im Anhang. Sie zeigen dasselbe.", "Siehe Abb. 3 und Abb. 5 im Anhang.", "Sie zeigen dasselbe.")]
    [TestCase("de", "Gemäß Ziff. 2 ist das erlaubt. Wir prüfen es trotzdem.", "Gemäß Ziff. 2 ist das erlaubt.", "Wir prüfen es trotzdem.")]
    [TestCase("de", "Öffne einen neuen Tab. Dann lade die Seite neu.", "Öffne einen neuen Tab.", "Dann lade die Seite neu.")]
    [TestCase("nl", "Zie blz. 4 voor de cijfers. Ze zijn hoog.", "Zie blz. 4 voor de cijfers.", "Ze zijn hoog.")]
    [TestCase("pl", "Zob. art. 5 ust. 2 ustawy. To ważne.", "Zob. art. 5 ust. 2 ustawy.", "To ważne.")]
    [TestCase("pl", "Wyniki są na s. 14 raportu. Warto je przeczytać.", "Wyniki są na s. 14 raportu.", "Warto je przeczytać.")]
    public void NumberAbbreviationsRunOnIntoTheirNumber(string language, string text, params string[] expected) =>
        AssertSplits(language, text, expected);

    /// <summary>
    /// German and Dutch street names abbreviate their last part ("Lindenstr.", "Kerkstr."), which no word of either
    /// language ends in; as German capitalises nouns, only a word that starts sentences ends one after it. Polish writes the street, avenue and square words before the name ("ul.", "al.", "pl.").
    /// </summary>
    [TestCase("de", "Die Praxis liegt in der Lindenstr. 4 im Erdgeschoss. Parkplätze gibt es.", "Die Praxis liegt in der Lindenstr. 4 im Erdgeschoss.", "Parkplätze gibt es.")]
    [TestCase("de", "Wir treffen uns in der Hauptstr. Dort ist ein Café.", "Wir treffen uns in der Hauptstr.", "Dort ist ein Café.")]
    [TestCase("nl", "Hij woont in de Kerkstr. 8 in Delft. Zij woont elders.", "Hij woont in de Kerkstr. 8 in Delft.", "Zij woont elders.")]
    [TestCase("nl", "Hij woont in de Kerkstr. Zij woont in Delft.", "Hij woont in de Kerkstr.", "Zij woont in Delft.")]
    [TestCase("pl", "Mieszka przy ul. Długiej od lat. Pracuje w banku.", "Mieszka przy ul. Długiej od lat.", "Pracuje w banku.")]
    [TestCase("pl", "Koncert odbędzie się na pl. Zamkowym. Wstęp jest wolny.", "Koncert odbędzie się na pl. Zamkowym.", "Wstęp jest wolny.")]
    [TestCase("pl", "Biuro jest przy al. Jerozolimskich. Ma nowy adres.", "Biuro jest przy al. Jerozolimskich.", "Ma nowy adres.")]
    public void StreetAbbreviationsRunOnIntoTheName(string language, string text, params string[] expected) =>
        AssertSplits(language, text, expected);

    /// <summary>Portuguese, Swedish and Norwegian have profiles of their own: titles, clock times and page numbers run on.</summary>
    [TestCase("pt", "A Sra. Costa chegou ontem. O Sr. Lima chega amanhã.", "A Sra. Costa chegou ontem.", "O Sr. Lima chega amanhã.")]
    [TestCase("pt", "A loja fica na Av. Paulista desde 1990. Abre cedo.", "A loja fica na Av. Paulista desde 1990.", "Abre cedo.")]
    [TestCase("pt", "Veja a pág. 12 do relatório. Lá está tudo.", "Veja a pág. 12 do relatório.", "Lá está tudo.")]
    [TestCase("sv", "Mötet börjar kl. 9 i morgon. Alla är välkomna.", "Mötet börjar kl. 9 i morgon.", "Alla är välkomna.")]
    [TestCase("sv", "Vi köpte frukt, t.ex. äpplen och päron. Sedan gick vi hem.", "Vi köpte frukt, t.ex. äpplen och päron.", "Sedan gick vi hem.")]
    [TestCase("no", "Møtet starter kl. 10. Alle må komme.", "Møtet starter kl. 10.", "Alle må komme.")]
    [TestCase("no", "Hun ble født 5. mai 1990. Hun bor i Bergen.", "Hun ble født 5. mai 1990.", "Hun bor i Bergen.")]
    [TestCase("no", "Svaret står på side 12. Det er kort.", "Svaret står på side 12.", "Det er kort.")]
    [TestCase("da", "Han kom d. 5. maj. Hun kom senere.", "Han kom d. 5. maj.", "Hun kom senere.")]
    public void PortugueseAndScandinavianAbbreviations(string language, string text, params string[] expected) =>
        AssertSplits(language, text, expected);

    /// <summary>
    /// A title before a name never ends a sentence, though the name after it is capitalized: Dutch titles, and English
    /// titles of clergy, envoys and ranks beside the common ones. A title at the end of a sentence is rare enough to
    /// lose to this; a sentence after a title's name still starts as usual.
    /// </summary>
    [TestCase("nl", "Dhr. Okonjo opende de vergadering om tien uur. Daarna sprak de wethouder.", "Dhr. Okonjo opende de vergadering om tien uur.", "Daarna sprak de wethouder.")]
    [TestCase("nl", "Gisteren nam mevr. Van Dijk afscheid van de school. Ze werkte er dertig jaar.", "Gisteren nam mevr. Van Dijk afscheid van de school.", "Ze werkte er dertig jaar.")]
    [TestCase("nl", "Het ontwerp is van ir. Brouwer en drs. Haddou. De bouw begint in juni.", "Het ontwerp is van ir. Brouwer en drs. Haddou.", "De bouw begint in juni.")]
    [TestCase("nl", "Mw. Tahiri leidt sinds maart het archief. Het telt vier medewerkers.", "Mw. Tahiri leidt sinds maart het archief.", "Het telt vier medewerkers.")]
    [TestCase("nl", "In de kerk preekte ds. Visser over geduld. Het koor zong twee liederen.", "In de kerk preekte ds. Visser over geduld.", "Het koor zong twee liederen.")]
    [TestCase("en", "Fr. Donnelly rang the bell at dawn. The village woke slowly.", "Fr. Donnelly rang the bell at dawn.", "The village woke slowly.")]
    [TestCase("en", "The treaty was signed by Amb. Kaur on Friday. It takes effect in spring.", "The treaty was signed by Amb. Kaur on Friday.", "It takes effect in spring.")]
    [TestCase("en", "Msgr. Ruiz and Atty. Chen spoke at the hearing. Neither took questions.", "Msgr. Ruiz and Atty. Chen spoke at the hearing.", "Neither took questions.")]
    [TestCase("en", "Mx. Rowe chairs the panel this year. Entries close in May.", "Mx. Rowe chairs the panel this year.", "Entries close in May.")]
    [TestCase("en", "Pvt. Mensah was decorated after the flood. His unit cheered.", "Pvt. Mensah was decorated after the flood.", "His unit cheered.")]
    public void TitlesBeforeANameRunOn(string language, string text, params string[] expected) =>
        AssertSplits(language, text, expected);

    /// <summary>
    /// Turkish has a profile of its own: titles and the parts of an address run on into the next capitalized word,
    /// page and article numbers run on, and a small number with a period is an ordinal ("19. yüzyıl").
    /// </summary>
    [TestCase("Doç. Dr. Elif Şahin sonuçları açıkladı. Salon doluydu.", "Doç. Dr. Elif Şahin sonuçları açıkladı.", "Salon doluydu.")]
    [TestCase("Dava Av. Kerem Aydın tarafından kazanıldı. Karar kesinleşti.", "Dava Av. Kerem Aydın tarafından kazanıldı.", "Karar kesinleşti.")]
    [TestCase("Dükkan Cumhuriyet Mah. Gül Sok. No. 7 adresinde. Sabah dokuzda açılıyor.", "Dükkan Cumhuriyet Mah. Gül Sok. No. 7 adresinde.", "Sabah dokuzda açılıyor.")]
    [TestCase("Ayrıntılar için bkz. s. 45 ve devamı. Tablo ekte.", "Ayrıntılar için bkz. s. 45 ve devamı.", "Tablo ekte.")]
    [TestCase("Köprü 19. yüzyılda yapıldı. Taşları yakındaki ocaktan geldi.", "Köprü 19. yüzyılda yapıldı.", "Taşları yakındaki ocaktan geldi.")]
    [TestCase("2. Dünya Savaşı 1945'te sona erdi. Şehir yeniden kuruldu.", "2. Dünya Savaşı 1945'te sona erdi.", "Şehir yeniden kuruldu.")]
    [TestCase("Pazarda domates, biber vb. sebzeler ucuzladı. Meyve pahalı.", "Pazarda domates, biber vb. sebzeler ucuzladı.", "Meyve pahalı.")]
    public void TurkishAbbreviationsAndOrdinals(string text, params string[] expected) =>
        AssertSplits("tr", text, expected);

    /// <summary>
    /// Finnish, Romanian, Catalan and Hungarian have profiles of their own: titles, address parts and page numbers run
    /// on. A Hungarian date ends with its day and a period ("március 15."), which ends a sentence before a capital.
    /// </summary>
    [TestCase("hu", "Ifj. Tóth Gábor nyerte a futóversenyt. Az apja is elindult.", "Ifj. Tóth Gábor nyerte a futóversenyt.", "Az apja is elindult.")]
    [TestCase("hu", "A rendelő a Petőfi u. 8. alatt van, kb. 20 percre a vasúttól. Hétfőn zárva.", "A rendelő a Petőfi u. 8. alatt van, kb. 20 percre a vasúttól.", "Hétfőn zárva.")]
    [TestCase("hu", "A vásár napja augusztus 20. Este tűzijáték lesz.", "A vásár napja augusztus 20.", "Este tűzijáték lesz.")]
    [TestCase("fi", "Kokoukseen osallistuivat mm. Kesko ja Fazer. Tulokset julkaistaan keväällä.", "Kokoukseen osallistuivat mm. Kesko ja Fazer.", "Tulokset julkaistaan keväällä.")]
    [TestCase("fi", "Matka maksaa n. 40 euroa, ts. vähemmän kuin viime vuonna. Liput myydään netissä.", "Matka maksaa n. 40 euroa, ts. vähemmän kuin viime vuonna.", "Liput myydään netissä.")]
    [TestCase("fi", "Silta avattiin 5. kesäkuuta 1962. Se oli aikansa pisin.", "Silta avattiin 5. kesäkuuta 1962.", "Se oli aikansa pisin.")]
    [TestCase("ro", "Dl. Marinescu a deschis ședința. Dna. Stan a prezentat bugetul.", "Dl. Marinescu a deschis ședința.", "Dna. Stan a prezentat bugetul.")]
    [TestCase("ro", "Magazinul este pe str. Lipscani nr. 14. Se deschide la nouă.", "Magazinul este pe str. Lipscani nr. 14.", "Se deschide la nouă.")]
    [TestCase("ro", "Prețul a crescut cu aprox. 10 la sută. Clienții au protestat.", "Prețul a crescut cu aprox. 10 la sută.", "Clienții au protestat.")]
    [TestCase("ca", "El Sr. Ferrer va obrir la sessió. La Sra. Roig va presentar l'informe.", "El Sr. Ferrer va obrir la sessió.", "La Sra. Roig va presentar l'informe.")]
    [TestCase("ca", "La botiga és al c. de Balmes, núm. 12. Obre a les nou.", "La botiga és al c. de Balmes, núm. 12.", "Obre a les nou.")]
    public void FinnishRomanianCatalanAndHungarianAbbreviations(string language, string text, params string[] expected) =>
        AssertSplits(language, text, expected);
    /// <summary>
    /// A word hyphenated across a line break (a letter and a hyphen end the line, a lower-case letter starts the next)
    /// keeps its sentence whole, however short the lines; a hyphen after a space, a capital or a digit after the break,
    /// or a terminator before it leave the break as it was.
    /// </summary>
    [TestCase("A new infor-\nmation desk opened.", "A new infor-\nmation desk opened.")]
    [TestCase("The well-\r\n  known bridge reopened. Traffic resumed.", "The well-\r\n  known bridge reopened.", "Traffic resumed.")]
    [TestCase("Die Haupt-\nund Nebenbahn.", "Die Haupt-\nund Nebenbahn.")]
    [TestCase("Contents -\nmaps and plans", "Contents -", "maps and plans")]
    [TestCase("Opening hours-\nMonday to Friday", "Opening hours-", "Monday to Friday")]
    [TestCase("See page 12-\n13 of the plan", "See page 12-", "13 of the plan")]
    public void AWordHyphenatedAtALineEndKeepsItsSentence(string text, params string[] expected) =>
        AssertSplits(text.StartsWith("Die", StringComparison.Ordinal) ? "de" : "en", text, expected);

    /// <summary>
    /// A title or another abbreviation that stands before what it qualifies ("Mr.", "Dr.", "e.g.", "dhr.") ends no
    /// sentence, so a line that ends with one goes on in the next line, however short the line: a hand-wrapped or
    /// narrow text breaks before a name as readily as anywhere. "St." after a name is a street, which may end a sentence,
    /// and an abbreviation that can end one ("etc.") leaves the break as it was.
    /// </summary>
    [TestCase("en", "She looked at the river. Mr.\nHale had said the letter must go.", "She looked at the river.", "Mr.\nHale had said the letter must go.")]
    [TestCase("en", "Two short lines, and Dr.\nMorris would not wait.", "Two short lines, and Dr.\nMorris would not wait.")]
    [TestCase("en", "The lecture was given by Prof.\r\nAnna Lindqvist of Uppsala.", "The lecture was given by Prof.\r\nAnna Lindqvist of Uppsala.")]
    [TestCase("en", "Some birds, e.g.\nSwifts, never land for months.", "Some birds, e.g.\nSwifts, never land for months.")]
    [TestCase("de", "Das Gutachten schrieb Dr.\nMüller im Auftrag der Stadt.", "Das Gutachten schrieb Dr.\nMüller im Auftrag der Stadt.")]
    [TestCase("nl", "De vergadering werd geopend door dhr.\nJansen van de gemeente.", "De vergadering werd geopend door dhr.\nJansen van de gemeente.")]
    [TestCase("ru", "Доклад подготовил проф.\nИванов из университета.", "Доклад подготовил проф.\nИванов из университета.")]
    [TestCase("en", "The shop is on Main St.\nThe house is next to it.", "The shop is on Main St.", "The house is next to it.")]
    [TestCase("en", "We sold apples, pears, plums etc.\nThe market closed at noon.", "We sold apples, pears, plums etc.", "The market closed at noon.")]
    public void ALineThatEndsWithATitleGoesOnInTheNext(string language, string text, params string[] expected) =>
        AssertSplits(language, text, expected);
}
