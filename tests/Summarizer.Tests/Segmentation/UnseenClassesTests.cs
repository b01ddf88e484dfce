using Summarizer.Segmentation;

namespace Summarizer.Tests.Segmentation;

/// <summary>
/// English text the splitter was not tuned on, written for these tests, class by class: for each class, texts that must
/// split where marked and texts that must stay whole. Every case runs with quotations kept whole (the Golden Rules'
/// setting) and split (the summarization pipeline's setting); the cases avoid quotations of several sentences, where
/// the two settings differ on purpose.
/// </summary>
public class UnseenClassesTests
{
    private static void AssertSplits(string text, string[] expected)
    {
        foreach (bool keepQuotationsWhole in new[] { true, false })
        {
            var splitter = new RuleBasedSentenceSplitter(new SentenceSplitterOptions { KeepQuotationsWhole = keepQuotationsWhole });
            string[] actual = splitter.Split(text).Select(s => s.GetText(text)).ToArray();
            Assert.That(actual, Is.EqualTo(expected), $"KeepQuotationsWhole = {keepQuotationsWhole}");
        }
    }

    // Quotes and brackets that close after the terminator, also in tokenized text with a space before the mark.

    [TestCase("The guide pointed north and said, \"Follow the river.\" We did as we were told.", "The guide pointed north and said, \"Follow the river.\"", "We did as we were told.")]
    [TestCase("Her note read 'Back by noon.' It was already three.", "Her note read 'Back by noon.'", "It was already three.")]
    [TestCase("Everyone asked the same thing: \"Where is the key?\" Nobody had an answer.", "Everyone asked the same thing: \"Where is the key?\"", "Nobody had an answer.")]
    [TestCase("She called it \u201Cthe best summer ever.\u201D Then autumn arrived.", "She called it \u201Cthe best summer ever.\u201D", "Then autumn arrived.")]
    [TestCase("The lamp flickered once (the wiring was old.) Then the room went dark.", "The lamp flickered once (the wiring was old.)", "Then the room went dark.")]
    [TestCase("The team lost the final . The coach said , '' We will be back . '' Fans cheered anyway .", "The team lost the final .", "The coach said , '' We will be back . ''", "Fans cheered anyway .")]
    [TestCase("`` Is this really the end ? '' The captain looked away .", "`` Is this really the end ? ''", "The captain looked away .")]
    [TestCase("He whispered `` Run ! '' Everyone ran .", "He whispered `` Run ! ''", "Everyone ran .")]
    [TestCase("The vote was delayed ( again . ) Members left early .", "The vote was delayed ( again . )", "Members left early .")]
    [TestCase("He read the last line aloud : \" The end . \" Nobody clapped .", "He read the last line aloud : \" The end . \"", "Nobody clapped .")]
    [TestCase("The label said \u2018Fragile.\u2019 Still, the movers dropped it.", "The label said \u2018Fragile.\u2019", "Still, the movers dropped it.")]
    [TestCase("They all wondered the same thing ? '' Then the lights came on .", "They all wondered the same thing ? ''", "Then the lights came on .")]
    [TestCase("She said, \"He told me 'never again.'\" Then she cried.", "She said, \"He told me 'never again.'\"", "Then she cried.")]
    [TestCase("The note (she wrote 'back soon.') Then nothing more.", "The note (she wrote 'back soon.')", "Then nothing more.")]
    [TestCase("\"I'm done.\" She closed the laptop.", "\"I'm done.\"", "She closed the laptop.")]
    [TestCase("'Why?' 'Because I said so.'", "'Why?'", "'Because I said so.'")]
    [TestCase("\u201CAre you sure?\u201D \u201CYes.\u201D", "\u201CAre you sure?\u201D", "\u201CYes.\u201D")]
    [TestCase("The jury returned at noon . \" Not guilty , \" the foreman said .", "The jury returned at noon .", "\" Not guilty , \" the foreman said .")]
    [TestCase("He yelled, \u201CGet out!\u201D The dog ran.", "He yelled, \u201CGet out!\u201D", "The dog ran.")]
    public void QuotesAndBrackets_Split(string text, params string[] expected) => AssertSplits(text, expected);

    [TestCase("\"Is anyone home?\" she called into the hallway.")]
    [TestCase("He shouted \"Stop!\" and the van braked hard.")]
    [TestCase("The sign said 'Closed.' but the door was open.")]
    [TestCase("The results (see the appendix.) were mixed.")]
    [TestCase("`` Why not ? '' she asked , smiling .")]
    [TestCase("He muttered `` Never again ! '' and walked out .")]
    [TestCase("The word \" yes . \" was all she wrote .")]
    [TestCase("Her favourite film is \"Who Framed Roger Rabbit?\" by a long way.")]
    [TestCase("\"Help!\" cried the boy from the river.")]
    [TestCase("The form ( question 4 . ) was left blank .")]
    [TestCase("He whispered, \"I'm sorry...\" and left.")]
    [TestCase("\u201CAre you sure?\u201D asked Mia.")]
    [TestCase("She said \"He told me 'never again.'\" and smiled.")]
    public void QuotesAndBrackets_NoSplit(string text) => AssertSplits(text, [text]);

    // Citation markers after a period.

    [TestCase("Iron rusts in damp air. [3] The process is slow.", "Iron rusts in damp air. [3]", "The process is slow.")]
    [TestCase("The lake froze in 1902. [12][13] Skaters came from far away.", "The lake froze in 1902. [12][13]", "Skaters came from far away.")]
    [TestCase("Bees see ultraviolet light.[5] Flowers exploit this.", "Bees see ultraviolet light.[5]", "Flowers exploit this.")]
    [TestCase("The tower is 300 m tall. [1] [2] [4] It was finished in 1889.", "The tower is 300 m tall. [1] [2] [4]", "It was finished in 1889.")]
    [TestCase("Salt lowers the freezing point. [7, 8] Roads are salted in winter.", "Salt lowers the freezing point. [7, 8]", "Roads are salted in winter.")]
    [TestCase("The river floods every spring.[2][9] Farmers plan around it.", "The river floods every spring.[2][9]", "Farmers plan around it.")]
    [TestCase("Copper was mined here for centuries. [14\u201316] The mines closed in 1950.", "Copper was mined here for centuries. [14\u201316]", "The mines closed in 1950.")]
    [TestCase("Owls hunt at night. [6] Their hearing is sharp. [6][11] Some hunt in total darkness.", "Owls hunt at night. [6]", "Their hearing is sharp. [6][11]", "Some hunt in total darkness.")]
    [TestCase("The claim is disputed.[citation needed] Most sources agree.", "The claim is disputed.[citation needed]", "Most sources agree.")]
    [TestCase("It was cited in the 1998 review [12]. Other reviews followed.", "It was cited in the 1998 review [12].", "Other reviews followed.")]
    [TestCase("The lake froze over.[a] Skating began.", "The lake froze over.[a]", "Skating began.")]
    [TestCase("The lake froze over.[note 2] Skating began.", "The lake froze over.[note 2]", "Skating began.")]
    [TestCase("The claim is disputed. [citation needed] Most sources agree.", "The claim is disputed. [citation needed]", "Most sources agree.")]
    public void CitationMarkers_Split(string text, params string[] expected) => AssertSplits(text, expected);

    [TestCase("The value [3] was later revised.")]
    [TestCase("As shown in [4], the method works.")]
    [TestCase("Several authors [1][2] disagree with this view.")]
    [TestCase("Results vary widely [8, 9] across regions.")]
    [TestCase("The method of Smith et al. [3] is faster.")]
    [TestCase("See ref. [4] for details.")]
    [TestCase("The team (Jones et al. [9]) repeated it.")]
    [TestCase("The claim is disputed [citation needed] by some.")]
    [TestCase("Data from the U.S. [2] census were used.")]
    [TestCase("The array index is x.[i] in this notation.")]
    [TestCase("The claim is disputed.[a] and nobody checked.")]
    public void CitationMarkers_NoSplit(string text) => AssertSplits(text, [text]);

    // Abbreviations that can end a sentence: before a word that starts one they do, before a name, title or continuation not.

    [TestCase("The shop opens at 9 a.m. Most customers arrive later.", "The shop opens at 9 a.m.", "Most customers arrive later.")]
    [TestCase("The concert ended at 11 p.m. We took a taxi home.", "The concert ended at 11 p.m.", "We took a taxi home.")]
    [TestCase("The wall was built around 120 A.D. Its ruins still stand.", "The wall was built around 120 A.D.", "Its ruins still stand.")]
    [TestCase("Troy may have fallen in 1180 B.C. Historians still argue about it.", "Troy may have fallen in 1180 B.C.", "Historians still argue about it.")]
    [TestCase("The firm moved its offices to the U.S. Its rivals stayed in Europe.", "The firm moved its offices to the U.S.", "Its rivals stayed in Europe.")]
    [TestCase("We packed tents, stoves, ropes, etc. Everything fit in the car.", "We packed tents, stoves, ropes, etc.", "Everything fit in the car.")]
    [TestCase("She founded Brightwater Ltd. Within a year it had ten staff.", "She founded Brightwater Ltd.", "Within a year it had ten staff.")]
    [TestCase("The letter was signed by Robert Hale Jr. He was the mayor's son.", "The letter was signed by Robert Hale Jr.", "He was the mayor's son.")]
    [TestCase("The parts come from Norland Inc. They arrive every Monday.", "The parts come from Norland Inc.", "They arrive every Monday.")]
    [TestCase("The package arrived at 4 P.M. Nobody signed for it.", "The package arrived at 4 P.M.", "Nobody signed for it.")]
    [TestCase("Caesar crossed the river in 49 B.C. Rome was thrown into chaos.", "Caesar crossed the river in 49 B.C.", "Rome was thrown into chaos.")]
    [TestCase("The speed limit here is 30 m.p.h. Drivers ignore it.", "The speed limit here is 30 m.p.h.", "Drivers ignore it.")]
    [TestCase("He was born in Washington, D.C. His father was a lawyer.", "He was born in Washington, D.C.", "His father was a lawyer.")]
    [TestCase("He earned a Ph.D. The degree took six years.", "He earned a Ph.D.", "The degree took six years.")]
    [TestCase("The study was done by Smith et al. They found no effect.", "The study was done by Smith et al.", "They found no effect.")]
    [TestCase("The meeting ended at 5 p.m. Afterwards we went for dinner.", "The meeting ended at 5 p.m.", "Afterwards we went for dinner.")]
    [TestCase("This works on Linux, macOS, etc. Windows is not supported.", "This works on Linux, macOS, etc.", "Windows is not supported.")]
    [TestCase("The company, Acme Co. Ltd., was founded in 1901. It still exists.", "The company, Acme Co. Ltd., was founded in 1901.", "It still exists.")]
    [TestCase("The temple was built in the 5th century B.C. Pilgrims still visit.", "The temple was built in the 5th century B.C.", "Pilgrims still visit.")]
    public void SentenceEndingAbbreviations_Split(string text, params string[] expected) => AssertSplits(text, expected);

    [TestCase("At 6 a.m. Mrs. Patel opened the bakery.")]
    [TestCase("Officials from the U.S. Treasury declined to comment.")]
    [TestCase("He served in the U.K. Parliament for a decade.")]
    [TestCase("The event runs from 10 a.m. to noon.")]
    [TestCase("Their office at Grant Ltd. was on the top floor.")]
    [TestCase("The stone dates from 300 B.C. and was found in a field.")]
    [TestCase("The show starts at 8 p.m. Eastern Time on Sundays.")]
    [TestCase("The memo went to Jones, Lee, etc. on Tuesday.")]
    [TestCase("We study the years 400 B.C. to 200 A.D. in depth.")]
    [TestCase("In 44 B.C. Julius Caesar was killed.")]
    [TestCase("He works for B.C. Hydro now.")]
    [TestCase("The game starts at 7 p.m. ET on Saturday.")]
    [TestCase("Trading closes at 4 p.m. New York time.")]
    [TestCase("The U.N. Security Council met on Monday.")]
    [TestCase("She has a Ph.D. in chemistry.")]
    [TestCase("Gen. Grant met Lt. Col. Hays at Ft. Sumter.")]
    [TestCase("The first U.S. Open was played in 1895.")]
    public void SentenceEndingAbbreviations_NoSplit(string text) => AssertSplits(text, [text]);

    // Ellipses, spaced and unspaced, before a capital or a lower-case word.

    [TestCase("I waited by the phone . . . It never rang.", "I waited by the phone . . .", "It never rang.")]
    [TestCase("She opened the box . . . Inside was a key.", "She opened the box . . .", "Inside was a key.")]
    [TestCase("We ran out of time... The exam was over.", "We ran out of time...", "The exam was over.")]
    [TestCase("He paused for a moment\u2026 Then he laughed.", "He paused for a moment\u2026", "Then he laughed.")]
    [TestCase("Nothing moved.... The wind had dropped.", "Nothing moved....", "The wind had dropped.")]
    [TestCase("The story goes on and on . . . . Eventually the hero returns.", "The story goes on and on . . . .", "Eventually the hero returns.")]
    [TestCase("The lights went out\u2026 Everyone screamed.", "The lights went out\u2026", "Everyone screamed.")]
    [TestCase("We searched all night... Morning came without news.", "We searched all night...", "Morning came without news.")]
    [TestCase("\"Well...\" She hesitated.", "\"Well...\"", "She hesitated.")]
    [TestCase("Loading... Please wait.", "Loading...", "Please wait.")]
    public void Ellipses_Split(string text, params string[] expected) => AssertSplits(text, expected);

    [TestCase("The answer was . . . complicated.")]
    [TestCase("He said he would come... eventually.")]
    [TestCase("We need eggs, flour, sugar . . . and a bowl.")]
    [TestCase("It was, well\u2026 not what we expected.")]
    [TestCase("The crowd went quiet . . . then erupted.")]
    [TestCase("Prices rose from $10 ... to $15.")]
    [TestCase("The file is called notes...draft.txt on the server.")]
    [TestCase("She counted: one . . . two . . . three.")]
    [TestCase("The letter began \"Dear sir . . . \" and stopped there.")]
    public void Ellipses_NoSplit(string text) => AssertSplits(text, [text]);

    // Spaced initials and acronyms.

    [TestCase("My cousin moved back to the U. S. A. He missed his friends.", "My cousin moved back to the U. S. A.", "He missed his friends.")]
    [TestCase("They spent a year in the U. K. It rained a lot.", "They spent a year in the U. K.", "It rained a lot.")]
    [TestCase("The parcel came from the U. S. Its contents were damaged.", "The parcel came from the U. S.", "Its contents were damaged.")]
    [TestCase("The medal went to the U. S. S. R. That surprised many.", "The medal went to the U. S. S. R.", "That surprised many.")]
    [TestCase("He studied law in the U. K. The course took three years.", "He studied law in the U. K.", "The course took three years.")]
    [TestCase("She had lived all her life in the U. S. A. Now she lives in Spain.", "She had lived all her life in the U. S. A.", "Now she lives in Spain.")]
    [TestCase("We traded with the U. S. But the deal fell through.", "We traded with the U. S.", "But the deal fell through.")]
    [TestCase("Our team visited the U. A. E. It was very hot.", "Our team visited the U. A. E.", "It was very hot.")]
    [TestCase("He moved to Washington, D. C. The city was hot.", "He moved to Washington, D. C.", "The city was hot.")]
    public void SpacedInitials_Split(string text, params string[] expected) => AssertSplits(text, expected);

    [TestCase("C. S. Lewis taught at Oxford.")]
    [TestCase("The U. S. A. delegation arrived late.")]
    [TestCase("A letter from T. E. Lawrence was found.")]
    [TestCase("The U. K. government issued a statement.")]
    [TestCase("Ask for Mary J. Blige at the desk.")]
    [TestCase("The novel by P. D. James is long.")]
    [TestCase("E. B. White wrote about a spider.")]
    [TestCase("He quoted H. L. Mencken at length.")]
    [TestCase("The U. S. Army built the road.")]
    [TestCase("The poems of A. A. Milne are short.")]
    [TestCase("The agency is part of the U. S. Department of State.")]
    [TestCase("I. M. Pei designed the building.")]
    public void SpacedInitials_NoSplit(string text) => AssertSplits(text, [text]);

    // Measurement and reference abbreviations before numbers.

    [TestCase("The plank is 8 ft. The shelf is shorter.", "The plank is 8 ft.", "The shelf is shorter.")]
    [TestCase("The recipe needs 12 oz. It serves four.", "The recipe needs 12 oz.", "It serves four.")]
    [TestCase("See the table in vol. 3. It lists every site.", "See the table in vol. 3.", "It lists every site.")]
    [TestCase("The quote is on p. 45. The next page is blank.", "The quote is on p. 45.", "The next page is blank.")]
    [TestCase("The winner was No. 7. The crowd cheered.", "The winner was No. 7.", "The crowd cheered.")]
    [TestCase("The parcel weighed 3 lbs. Postage was cheap.", "The parcel weighed 3 lbs.", "Postage was cheap.")]
    [TestCase("Read pp. 10\u201312. Then answer the questions.", "Read pp. 10\u201312.", "Then answer the questions.")]
    [TestCase("The jug holds 2 qt. That is plenty.", "The jug holds 2 qt.", "That is plenty.")]
    [TestCase("The shelf is 6 ft. 2 in. The desk is lower.", "The shelf is 6 ft. 2 in.", "The desk is lower.")]
    [TestCase("He lives at No. 10 Downing St. The prime minister lives there.", "He lives at No. 10 Downing St.", "The prime minister lives there.")]
    [TestCase("The route is 6.2 mi. The climb is steep.", "The route is 6.2 mi.", "The climb is steep.")]
    [TestCase("He is 6 ft. tall. His brother is shorter.", "He is 6 ft. tall.", "His brother is shorter.")]
    [TestCase("Heat to 350 deg. Bake for an hour.", "Heat to 350 deg.", "Bake for an hour.")]
    [TestCase("The wall is 8 ft. Ft. Mason is behind it.", "The wall is 8 ft.", "Ft. Mason is behind it.")]
    [TestCase("It costs approx. $40. We paid $45.", "It costs approx. $40.", "We paid $45.")]
    public void MeasurementAbbreviations_Split(string text, params string[] expected) => AssertSplits(text, expected);

    [TestCase("The post is 4 ft. 6 in. tall.")]
    [TestCase("Stir in 8 oz. of cream.")]
    [TestCase("The ruling appears in vol. 12 of the reports.")]
    [TestCase("Turn to pp. 30\u201334 for the answers.")]
    [TestCase("He wore jersey No. 23 all season.")]
    [TestCase("The bag held 5 lb. of rice.")]
    [TestCase("See fig. 2 and sec. 4 for the details.")]
    [TestCase("The article appeared in Vol. 7, No. 2 of the journal.")]
    [TestCase("Cut a 3 in. square of felt.")]
    [TestCase("The tank holds 20 gal. of water.")]
    [TestCase("Art. 5 of the treaty applies here.")]
    [TestCase("The trail is 6.2 mi. long.")]
    [TestCase("The cake needs 2 c. sugar and 1 c. butter.")]
    [TestCase("Add 3 tbsp. olive oil.")]
    [TestCase("The clip is on p. 5, fig. 3.")]
    [TestCase("The trench was 3 m. deep.")]
    [TestCase("The talk is in Rm. 204 at noon.")]
    public void MeasurementAbbreviations_NoSplit(string text) => AssertSplits(text, [text]);

    // List items: Roman numerals and letters, on their own lines or inline.

    [TestCase("i. Pack the tent\nii. Check the stove\niii. Fill the bottles", "i. Pack the tent", "ii. Check the stove", "iii. Fill the bottles")]
    [TestCase("Steps: i. Open the lid ii. Pour the water iii. Close the lid", "Steps:", "i. Open the lid", "ii. Pour the water", "iii. Close the lid")]
    [TestCase("a. Read the brief.\nb. Draft the plan.\nc. Send it off.", "a. Read the brief.", "b. Draft the plan.", "c. Send it off.")]
    [TestCase("(i) Measure twice (ii) Cut once (iii) Sand the edges", "(i) Measure twice", "(ii) Cut once", "(iii) Sand the edges")]
    [TestCase("The form has two parts. a. Personal details b. Work history", "The form has two parts.", "a. Personal details", "b. Work history")]
    [TestCase("iv. Review the results\nv. Write the report", "iv. Review the results", "v. Write the report")]
    [TestCase("i) Buy stamps ii) Post the letters", "i) Buy stamps", "ii) Post the letters")]
    [TestCase("x. Tenth rule\nxi. Eleventh rule", "x. Tenth rule", "xi. Eleventh rule")]
    [TestCase("The kit contains: i. A map. ii. A torch. iii. A whistle.", "The kit contains:", "i. A map.", "ii. A torch.", "iii. A whistle.")]
    [TestCase("I. Background\nII. Method\nIII. Findings", "I. Background", "II. Method", "III. Findings")]
    [TestCase("IV. The Early Years\nV. The War", "IV. The Early Years", "V. The War")]
    [TestCase("Choose one: a) Tea b) Coffee c) Juice", "Choose one:", "a) Tea", "b) Coffee", "c) Juice")]
    [TestCase("Agenda:\n1. Welcome\n2. Budget\n3. Questions", "Agenda:", "1. Welcome", "2. Budget", "3. Questions")]
    public void ListItems_Split(string text, params string[] expected) => AssertSplits(text, expected);

    [TestCase("We need: a. rope, b. tape and c. glue.")]
    [TestCase("The options were i. walk, ii. cycle or iii. drive.")]
    [TestCase("Plan a. failed, so we tried plan b. instead.")]
    [TestCase("Section ii. covers the budget.")]
    [TestCase("Figure 3a. shows the trend.")]
    [TestCase("Choose a. or b. on the form.")]
    [TestCase("Answer i. is correct, but answer ii. is not.")]
    [TestCase("The three stages (i. planning, ii. building, iii. testing) took a year.")]
    [TestCase("Rules: (a) be kind; (b) be brief; (c) be on time.")]
    [TestCase("See items a. through d. in the form.")]
    public void ListItems_NoSplit(string text) => AssertSplits(text, [text]);

    // Brackets nested and unbalanced, sentences inside parentheses.

    [TestCase("The vote passed. (Two members abstained.) The session ended.", "The vote passed.", "(Two members abstained.)", "The session ended.")]
    [TestCase("(The museum is closed on Mondays.) Tickets cost ten pounds.", "(The museum is closed on Mondays.)", "Tickets cost ten pounds.")]
    [TestCase("We reached the top at noon (the guide said it was a record). Then we came down.", "We reached the top at noon (the guide said it was a record).", "Then we came down.")]
    [TestCase("The data were noisy (see the note [on page 4 (bottom)]). We cleaned them.", "The data were noisy (see the note [on page 4 (bottom)]).", "We cleaned them.")]
    [TestCase("He forgot the map (again!) and we got lost. Nobody blamed him.", "He forgot the map (again!) and we got lost.", "Nobody blamed him.")]
    [TestCase("The bridge opened in 1932 (though work began in 1925. The delay was costly.", "The bridge opened in 1932 (though work began in 1925.", "The delay was costly.")]
    [TestCase("The results were clear.) The next test began.", "The results were clear.)", "The next test began.")]
    [TestCase("[The figures were revised.] The report follows.", "[The figures were revised.]", "The report follows.")]
    [TestCase("She smiled (for once). Her sister did not.", "She smiled (for once).", "Her sister did not.")]
    [TestCase("He was late again. (Traffic, he said.) We started without him.", "He was late again.", "(Traffic, he said.)", "We started without him.")]
    [TestCase("The vote was close (51 to 49.) A recount followed.", "The vote was close (51 to 49.)", "A recount followed.")]
    [TestCase("It was a draw (1\u20131). Both teams were tired.", "It was a draw (1\u20131).", "Both teams were tired.")]
    public void Brackets_Split(string text, params string[] expected) => AssertSplits(text, expected);

    [TestCase("The old mill (it burned down in 1911. A new one was built) is a museum now.")]
    [TestCase("His answer (Really? Are you sure?) surprised everyone.")]
    [TestCase("The route (see map 3 (inset B.)) is steep.")]
    [TestCase("The note (It was unsigned.) lay on the desk.")]
    [TestCase("Her reply (No! Never!) ended the talks.")]
    [TestCase("The draft [Version 2. Revised.] was sent out.")]
    [TestCase("He listed the causes (poverty, war, etc.) in his speech.")]
    [TestCase("The team (coached by Dr. Alves) won again.")]
    [TestCase("The note said (in red ink!) that we were late.")]
    [TestCase("The word (see Ch. 2) is old.")]
    [TestCase("The meeting (scheduled for 3 p.m.) was cancelled.")]
    public void Brackets_NoSplit(string text) => AssertSplits(text, [text]);

    // Backtick quotations `...' and ``...''.

    [TestCase("He wrote `See you soon.' We never saw him again.", "He wrote `See you soon.'", "We never saw him again.")]
    [TestCase("``Nobody move.'' The room went still.", "``Nobody move.''", "The room went still.")]
    [TestCase("She asked ``Is it late?'' Nobody answered her.", "She asked ``Is it late?''", "Nobody answered her.")]
    [TestCase("The sign read `No entry.' Still, we went in.", "The sign read `No entry.'", "Still, we went in.")]
    [TestCase("He sighed, ``Fine.'' Then he left the room.", "He sighed, ``Fine.''", "Then he left the room.")]
    [TestCase("`Where are you going?' The driver shrugged.", "`Where are you going?'", "The driver shrugged.")]
    [TestCase("She laughed: ``What a day!'' It had been long.", "She laughed: ``What a day!''", "It had been long.")]
    [TestCase("He replied `` Not today . '' The door closed .", "He replied `` Not today . ''", "The door closed .")]
    [TestCase("`` It 's over . '' `` Is it ? ''", "`` It 's over . ''", "`` Is it ? ''")]
    [TestCase("The mayor spoke briefly . `` We will rebuild , '' she said . `` It will take time . ''", "The mayor spoke briefly .", "`` We will rebuild , '' she said .", "`` It will take time . ''")]
    public void BacktickQuotes_Split(string text, params string[] expected) => AssertSplits(text, expected);

    [TestCase("``Stop!'' she shouted.")]
    [TestCase("`Ready?' he asked.")]
    [TestCase("The word ``maybe.'' was all he said.")]
    [TestCase("They called it `the end.' and moved on.")]
    [TestCase("He said ``Go.'' and went.")]
    [TestCase("`` Where now ? '' asked the boy .")]
    [TestCase("She whispered `` Quiet ! '' and pointed .")]
    [TestCase("The label `Keep dry.' was torn.")]
    [TestCase("He asked `` why ? '' `` when ? '' and left .")]
    public void BacktickQuotes_NoSplit(string text) => AssertSplits(text, [text]);

    // Numbers, times, money, addresses, versions, Latin and title abbreviations, headlines and hard-wrapped lines.

    [TestCase("The tank holds 12.5 litres. It is full.", "The tank holds 12.5 litres.", "It is full.")]
    [TestCase("The train left at 10:45. We missed it.", "The train left at 10:45.", "We missed it.")]
    [TestCase("The ticket cost $12.99. It was worth it.", "The ticket cost $12.99.", "It was worth it.")]
    [TestCase("Email me at ana.ruiz@example.org. I reply within a day.", "Email me at ana.ruiz@example.org.", "I reply within a day.")]
    [TestCase("We upgraded to version 4.2. The bug is gone.", "We upgraded to version 4.2.", "The bug is gone.")]
    [TestCase("Their numbers reached 40,000. Most lived near the coast.", "Their numbers reached 40,000.", "Most lived near the coast.")]
    [TestCase("He was born in 1975. His sister came later.", "He was born in 1975.", "His sister came later.")]
    [TestCase("Storm closes mountain pass\nBy Lena Ortiz\nSnow blocked the road on Tuesday.", "Storm closes mountain pass", "By Lena Ortiz", "Snow blocked the road on Tuesday.")]
    [TestCase("The village council met on Thursday to discuss the new road\nplan. Several residents spoke against it, citing the noise\nand the loss of farmland along the river. The council will\nvote on the plan next month after a public consultation.",
        "The village council met on Thursday to discuss the new road\nplan.", "Several residents spoke against it, citing the noise\nand the loss of farmland along the river.", "The council will\nvote on the plan next month after a public consultation.")]
    [TestCase("Mr. and Mrs. Grant arrived. St. Mary's bells rang.", "Mr. and Mrs. Grant arrived.", "St. Mary's bells rang.")]
    [TestCase("The address is 192.168.0.1. Change it.", "The address is 192.168.0.1.", "Change it.")]
    [TestCase("He scored 9.5/10. Judges agreed.", "He scored 9.5/10.", "Judges agreed.")]
    [TestCase("They won 2-0. Then they lost 3-1.", "They won 2-0.", "Then they lost 3-1.")]
    [TestCase("The book costs \u20AC20. Shipping is free.", "The book costs \u20AC20.", "Shipping is free.")]
    [TestCase("I love it!!! Best day ever!!!", "I love it!!!", "Best day ever!!!")]
    [TestCase("Really?! That is amazing.", "Really?!", "That is amazing.")]
    [TestCase("CITY HALL VOTES TO CLOSE LIBRARY\nBy Tom Reyes, Staff Writer\nMarch 3, 2021\nThe council voted 5-2 on Monday.", "CITY HALL VOTES TO CLOSE LIBRARY", "By Tom Reyes, Staff Writer", "March 3, 2021", "The council voted 5-2 on Monday.")]
    [TestCase("Hi Sam,\n\nThanks for the notes. I will read them tonight.\n\nBest,\nAna", "Hi Sam,", "Thanks for the notes.", "I will read them tonight.", "Best,", "Ana")]
    [TestCase("The results were published on Monday by the research group at the\nuniversity, which has studied the river for more than twenty years.\nThe findings show that the water is cleaner than it was in 1990,\nwhen the factories upstream closed. Fish have returned to the upper\nreaches. The group will continue to monitor the river.",
        "The results were published on Monday by the research group at the\nuniversity, which has studied the river for more than twenty years.", "The findings show that the water is cleaner than it was in 1990,\nwhen the factories upstream closed.", "Fish have returned to the upper\nreaches.", "The group will continue to monitor the river.")]
    public void Miscellaneous_Split(string text, params string[] expected) => AssertSplits(text, expected);

    [TestCase("The rate fell to 3.25 per cent in March.")]
    [TestCase("Doors open at 7.30 and close at 11.")]
    [TestCase("Lunch costs \u00A38.50 with a drink.")]
    [TestCase("See https://docs.example.com/v2/intro.html for details.")]
    [TestCase("Write to j.smith@mail.example.net with questions.")]
    [TestCase("Python 3.12.1 was released last year.")]
    [TestCase("Bring something warm, e.g. a coat or a blanket.")]
    [TestCase("Use the short form, i.e. the one on page two.")]
    [TestCase("It was Brazil vs. Germany in the semi-final.")]
    [TestCase("Mrs. Okoye met Mr. Banda near St. Luke's church.")]
    [TestCase("The file was saved as report.v2.final.docx yesterday.")]
    [TestCase("The talk covered many tools, e.g. Git, and several ideas, i.e. Habits that last.")]
    [TestCase("The series Who Wants to Be a Millionaire? ran for years.")]
    [TestCase("Yahoo! News reported it first.")]
    [TestCase("The St. Lawrence River is wide.")]
    [TestCase("The case Roe v. Wade was decided in 1973.")]
    [TestCase("He arrived at 5.45 p.m. and left at 6.")]
    public void Miscellaneous_NoSplit(string text) => AssertSplits(text, [text]);

    /// <summary>
    /// Known limitations: cases where a reader would split differently, pinned at what the splitter gives today so that a
    /// change in behaviour is noticed (then move the case to its class). Each is a genuine ambiguity or a convention the
    /// project follows, not a rule to bend for one case:
    /// <list type="bullet">
    /// <item>"\u201CNo!\u201D I said." is one sentence to a reader, but the gold cases the project follows split before a
    /// capitalised reporting clause after a quoted exclamation (pySBD's "...finish your story!" Alice called after it.").</item>
    /// <item>"Inc. CEO", "Jr. Day": after a company or name suffix a capital may continue the name or start a sentence
    /// ("Acme Inc. Deliveries arrive on Monday."); the splitter ends the sentence, as before any capital.</item>
    /// <item>"Ohio, U.S.A. Production": an abbreviation that ends a place may run on into a name ("D.C. Police",
    /// "U.K. Customs"), so only a word that starts sentences ends it.</item>
    /// <item>"Maybe... I don't know.": an ellipsis before the pronoun I ends the sentence; the English treebank splits there
    /// ("more than an hour... I had so many").</item>
    /// <item>"A. Reading B. Writing": capital letters with periods are read as initials ("A. B. Cook"), not list markers.</item>
    /// </list>
    /// </summary>
    [TestCase("\u201CNo!\u201D I said.", "\u201CNo!\u201D", "I said.")]
    [TestCase("Norland Inc. CEO Dana Reyes resigned on Friday.", "Norland Inc.", "CEO Dana Reyes resigned on Friday.")]
    [TestCase("Martin Luther King Jr. Day is a holiday.", "Martin Luther King Jr.", "Day is a holiday.")]
    [TestCase("The plant opened in 1998 in Ohio, U.S.A. Production began in May.", "The plant opened in 1998 in Ohio, U.S.A. Production began in May.")]
    [TestCase("Maybe... I don't know.", "Maybe...", "I don't know.")]
    [TestCase("The exam has three parts: A. Reading B. Writing C. Speaking", "The exam has three parts: A. Reading B. Writing C. Speaking")]
    public void KnownLimitations(string text, params string[] splitToday) => AssertSplits(text, splitToday);
}
