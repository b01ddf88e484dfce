namespace Summarizer.Testing;

/// <summary>Small self-written documents in several languages, used when the evaluation data is absent and alongside it.</summary>
public static class SampleTexts
{
    public const string HarborCity = """
        Harbor City Votes for a Flood Barrier

        The Harbor City council voted on Tuesday to build a flood barrier along the Alder River.
        The barrier will protect the Riverside district, which flooded three times in ten years.
        Engineers say the flood barrier will include channels that carry river water into a wetland.
        Construction of the barrier begins in the spring and should end by 2028, Mr. Ibsen said.
        Critics in the city asked whether the island of Isle Point is included; it is, said the mayor.
        The mayor said the council vote on the barrier was the most important of her term.
        """;

    public const string Istanbul = """
        In Istanbul, İsmail Işık opened a small bakery near the harbour in 1998. It was his first shop.
        Istanbul's bakers rise early: İsmail starts at four in the morning and bakes simit until nine.
        The bakery is famous for its simit. Tourists line up outside in the summer; locals come in the winter.
        Işık says the secret is the water, the flour and the time the dough rests. His daughter İpek now runs the shop.
        """;

    public const string German = """
        Die Stadt Bremen baut einen neuen Deich an der Weser. Der Stadtrat stimmte am Dienstag dafür.
        Der Deich soll das Viertel Überseestadt vor Hochwasser schützen. Die Kosten liegen bei 40 Mio. Euro.
        Ingenieure sagen, dass der Bau im Frühjahr beginnt. Anwohner begrüßen die Pläne, äußern aber Sorgen über Lärm.
        Der Bürgermeister nannte die Abstimmung die wichtigste Entscheidung seiner Amtszeit.
        """;

    public const string Russian = """
        Городской совет проголосовал за строительство дамбы на реке. Дамба защитит район от наводнений.
        Инженеры говорят, что строительство начнётся весной. Жители района приветствуют решение совета.
        Мэр назвал голосование самым важным решением года. Стоимость проекта составит сорок миллионов.
        """;

    public const string Mixed = """
        The river council met again. 河流委员会再次开会。 Der Rat tagte erneut! Совет собрался снова?
        نهر المدينة فاض مرة أخرى. הנהר עלה על גדותיו. नदी का जलस्तर बढ़ गया। Η πόλη ψήφισε; The barrier 👍🏽 was approved.
        """;

    public static readonly string[] All = [HarborCity, Istanbul, German, Russian, Mixed];
}
