namespace Summarizer.Testing;

/// <summary>Texts that several test classes need, written for the tests: the one place each is defined.</summary>
public static class TestTexts
{
    /// <summary>Twenty-four short customer remarks about a kettle, one a line.</summary>
    public static readonly string[] KettleReviews =
    [
        "I bought this kettle as a present for my sister last spring.",
        "The delivery van came two days late because of the snow.",
        "My neighbour has the older model in red.",
        "The kettle boils water very quickly.",
        "It boils a full jug in about two minutes.",
        "Water boils quickly and the switch clicks off on its own.",
        "The handle stays cool while the water boils.",
        "It is quiet compared with my old kettle.",
        "The kettle is quiet and boils fast.",
        "The lid is a little stiff to open.",
        "Boils quickly, looks smart on the counter.",
        "The water window makes it easy to see how much is left.",
        "The cord is rather short for my kitchen.",
        "It boils water quickly and quietly every morning.",
        "Cleaning the filter takes a minute.",
        "After six months it still boils water quickly.",
        "The blue light is a nice touch when it boils.",
        "The base turns all the way round, handy for left-handed people.",
        "Very fast kettle, water boils in no time.",
        "The price was fair for what you get.",
        "Limescale builds up fast in our hard water.",
        "It boils quickly but the outside gets warm.",
        "The box it came in was dented.",
        "A quick kettle that boils quietly.",
    ];

    /// <summary>The remarks one a line: a line list.</summary>
    public static readonly string KettleReviewList = string.Join("\n", KettleReviews);

    /// <summary>The opening remarks are about the purchase, not the kettle: a lead the prose settings would favour.</summary>
    public static readonly string[] OffTopicOpeners = KettleReviews[..3];
}
