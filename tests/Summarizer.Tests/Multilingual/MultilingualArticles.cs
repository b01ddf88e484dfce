using Summarizer.Text;

namespace Summarizer.Tests.Multilingual;

/// <summary>One test article: its text, how many sentences it has, the sentences written to be its core, and the digressions.</summary>
public sealed record MultilingualArticle(string Name, Language Language, string Text, int SentenceCount, string[] Central, string[] Digressions)
{
    public override string ToString() => Name;
}

/// <summary>
/// Short news stories written for these tests, one per language. Each has a clear topic that most sentences repeat;
/// two sentences introduce it (the first two) and three sentences are off-topic asides that share no content words
/// with the rest: the third sentence, so that a summary of the first three sentences would take one, and two later. The articles are built from their sentences, so the constants cannot drift apart.
/// </summary>
public static class MultilingualArticles
{
    // German: a city opens a new tram line.
    public const string GermanLead = "Die Stadt Leipzig hat am Samstag ihre neue Straßenbahnlinie 17 zwischen dem Hauptbahnhof und dem Stadtteil Grünau eröffnet.";
    public const string GermanMusic = "Bei strahlendem Sonnenschein spielte eine Blaskapelle bekannte Marschmusik.";
    public const string GermanCore = "Die neue Linie ist elf Kilometer lang und verbindet mit 19 Haltestellen mehr als 40.000 Anwohner direkt mit der Innenstadt.";
    public const string GermanZoo = "Im Zoo kam in derselben Woche ein junges Elefantenkalb zur Welt, das noch keinen Namen hat.";
    public const string GermanFootball = "Beim Heimspiel des Fußballvereins am Sonntag blieb das Stadion wegen eines Gewitters halb leer.";

    public const string German =
        GermanLead
        + " " + GermanCore
        + " " + GermanMusic
        + " Nach Angaben der Leipziger Verkehrsbetriebe fahren die Straßenbahnen der Linie 17 tagsüber alle zehn Minuten."
        + " Der Bau der Strecke hat knapp drei Jahre gedauert und rund 180 Millionen Euro gekostet."
        + " Oberbürgermeisterin Katrin Berger sagte bei der Eröffnung, die neue Straßenbahnlinie mache den Nahverkehr zwischen Grünau und der Innenstadt schneller und entlaste die Straßen vom Autoverkehr."
        + " Schon am ersten Tag nutzten nach Schätzungen der Verkehrsbetriebe rund 25.000 Fahrgäste die neue Linie."
        + " " + GermanZoo
        + " Für die Straßenbahnen wurden zwölf Niederflurwagen angeschafft, die Rollstuhlfahrern und Eltern mit Kinderwagen das Einsteigen erleichtern."
        + " Anwohner in Grünau hatten jahrelang eine schnellere Verbindung in die Innenstadt gefordert."
        + " Kritiker bemängeln allerdings, dass die Linie 17 abends und am Wochenende nur alle zwanzig Minuten fährt."
        + " " + GermanFootball
        + " Die Verkehrsbetriebe wollen den Takt der neuen Straßenbahnlinie im kommenden Jahr verdichten, wenn weitere Wagen geliefert werden.";

    // Russian: a river floods a Siberian town.
    public const string RussianLead = "Сильное наводнение в понедельник затопило центр сибирского города Заречный после того, как река Светлая вышла из берегов.";
    public const string RussianWeather = "Погода в тот день была тёплой и солнечной, как летом.";
    public const string RussianCore = "Уровень воды в реке за сутки поднялся почти на четыре метра из-за проливных дождей в горах.";
    public const string RussianHockey = "Местная хоккейная команда накануне выиграла региональный турнир и вернулась домой с кубком.";
    public const string RussianMuseum = "В музее тем временем открылась выставка старинных часов из частной коллекции.";

    public const string Russian =
        RussianLead
        + " " + RussianCore
        + " " + RussianWeather
        + " Власти города объявили режим чрезвычайной ситуации и начали эвакуацию жителей из затопленных районов."
        + " По данным спасателей, вода подтопила более 1200 жилых домов, школу и городскую больницу."
        + " Спасатели на лодках вывезли из затопленных домов около трёх тысяч жителей, в том числе пятьсот детей."
        + " " + RussianHockey
        + " Эвакуированных жителей разместили в школах соседних сёл."
        + " Губернатор области заявил, что наводнение в Заречном стало самым сильным за последние пятьдесят лет и что жители затопленных домов получат компенсацию."
        + " Синоптики предупреждают, что уровень воды в реке Светлая может подняться ещё на полметра."
        + " " + RussianMuseum
        + " Волонтёры собирают для пострадавших от наводнения жителей питьевую воду, одежду и продукты."
        + " Вода, по прогнозам, начнёт уходить из города не раньше конца недели.";

    // Chinese: a city introduces compulsory household waste sorting. Sentences end with 。！？ and no spaces.
    public const string ChineseLead = "江州市从本月起正式实施新的生活垃圾分类规定，全市居民必须把生活垃圾分成四类投放。";
    public const string ChineseRain = "清晨下过一场小雨，空气格外清新。";
    public const string ChineseCore = "根据新规定，生活垃圾分为可回收物、有害垃圾、厨余垃圾和其他垃圾四类。";
    public const string ChineseFlowers = "本周天气晴朗，江边公园的桂花已经开放，吸引了许多游客拍照。";
    public const string ChineseFootball = "另外，本地足球队周六在主场以二比一战胜了来访的对手。";

    public const string Chinese =
        ChineseLead
        + ChineseCore
        + ChineseRain
        + "市政府在全市三千多个小区设置了分类垃圾桶，并安排志愿者指导居民正确投放。"
        + "不按规定分类投放垃圾的个人最高可被罚款二百元，单位最高可被罚款五万元。"
        + ChineseFlowers
        + "市城管局负责人说，垃圾分类能减少垃圾填埋量，也能提高资源回收利用率。"
        + "今年前九个月，江州市每天产生的生活垃圾已经超过一万吨。"
        + "许多居民支持垃圾分类，但也有人担心分类太复杂，不知道怎样正确投放？"
        + "为此，市政府发布了垃圾分类指南，居民可以用手机查询每种垃圾属于哪一类。"
        + ChineseFootball
        + "专家认为，只要居民坚持按规定分类投放，新的生活垃圾分类规定就能明显减少垃圾填埋量。"
        + "垃圾分类，从每个家庭做起！";

    // Arabic: a desalination plant opens in a coastal city. Written without the Arabic comma, which ends a sentence
    // for the splitter (as in pragmatic_segmenter); one sentence is a question ending in '؟'.
    public const string ArabicLead = "افتتحت الحكومة يوم الأحد محطة جديدة لتحلية مياه البحر في مدينة الميناء الساحلية لتوفير مياه الشرب للسكان.";
    public const string ArabicCore = "وقال وزير المياه إن محطة التحلية الجديدة ستنهي أزمة نقص مياه الشرب التي عانى منها سكان المدينة منذ سنوات.";
    public const string ArabicWeather = "وكان الطقس معتدلا ومشمسا في الصباح.";
    public const string ArabicFootball = "وفي سياق منفصل فاز فريق كرة القدم المحلي بالمباراة النهائية للكأس مساء السبت.";
    public const string ArabicDates = "كما شهد مهرجان التمور السنوي في الساحة القديمة إقبالا كبيرا من الزوار والعائلات.";

    public const string Arabic =
        ArabicLead
        + " " + ArabicCore
        + " " + ArabicWeather
        + " وتنتج المحطة الجديدة مئتي ألف متر مكعب من المياه المحلاة يوميا."
        + " وكانت أحياء كثيرة في المدينة تحصل على المياه مرة واحدة فقط في الأسبوع."
        + " وبلغت تكلفة بناء المحطة نحو أربعمئة مليون دولار واستغرق العمل فيها ثلاث سنوات."
        + " " + ArabicFootball
        + " وتعمل المحطة بالطاقة الشمسية جزئيا لتقليل استهلاك الكهرباء وخفض تكلفة إنتاج المياه."
        + " هل تكفي محطة واحدة لتلبية حاجة المدينة المتزايدة من المياه؟"
        + " ويقول خبراء المياه إن المدينة ستحتاج إلى محطة تحلية ثانية خلال عشر سنوات بسبب النمو السريع لعدد السكان."
        + " " + ArabicDates
        + " وأعرب سكان المدينة عن ارتياحهم لوصول المياه إلى منازلهم بشكل منتظم بعد تشغيل المحطة."
        + " وتخطط الحكومة لتوصيل المياه المحلاة إلى القرى المجاورة في العام المقبل.";

    public static IEnumerable<MultilingualArticle> All =>
    [
        new("German", Language.German, German, 13, [GermanLead, GermanCore], [GermanMusic, GermanZoo, GermanFootball]),
        new("Russian", Language.Russian, Russian, 13, [RussianLead, RussianCore], [RussianWeather, RussianHockey, RussianMuseum]),
        new("Chinese", Language.Chinese, Chinese, 13, [ChineseLead, ChineseCore], [ChineseRain, ChineseFlowers, ChineseFootball]),
        new("Arabic", Language.Arabic, Arabic, 13, [ArabicLead, ArabicCore], [ArabicWeather, ArabicFootball, ArabicDates]),
    ];
}
