using System.Collections.Frozen;

namespace Summarizer.Evaluation;

/// <summary>
/// The Porter stemmer exactly as NLTK's <c>nltk.stem.porter.PorterStemmer()</c> runs it in its default
/// <c>NLTK_EXTENSIONS</c> mode, which is the stemmer Google's <c>rouge_score</c> uses.
/// </summary>
/// <remarks>
/// <para>
/// The mode departs from the 1980 paper where NLTK does: a small pool of irregular forms
/// (<c>dying</c> → <c>die</c>, <c>skies</c> → <c>sky</c>, <c>news</c>, <c>proceed</c>, …) bypasses the
/// algorithm; words of at most two characters are returned unchanged; <c>-ies</c>/<c>-ied</c> on four-letter
/// words keep <c>ie</c> (<c>dies</c> → <c>die</c>); step 1c turns a final <c>y</c> into <c>i</c> only after a
/// consonant that is not the first letter; step 2 has the <c>bli</c>, <c>alli</c>, <c>fulli</c> and
/// <c>logi</c> extensions; and the <c>cvc</c> test also accepts a two-letter vowel–consonant stem.
/// </para>
/// <para>
/// Each step applies the first rule whose suffix matches and stops there, even when that rule's condition
/// fails, as NLTK's rule lists do. The stemmer keeps no state and is safe to call from any thread.
/// </para>
/// </remarks>
public static class PorterStemmer
{
    private static readonly FrozenDictionary<string, string> IrregularForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["sky"] = "sky",
        ["skies"] = "sky",
        ["dying"] = "die",
        ["lying"] = "lie",
        ["tying"] = "tie",
        ["news"] = "news",
        ["innings"] = "inning",
        ["inning"] = "inning",
        ["outings"] = "outing",
        ["outing"] = "outing",
        ["cannings"] = "canning",
        ["canning"] = "canning",
        ["howe"] = "howe",
        ["proceed"] = "proceed",
        ["exceed"] = "exceed",
        ["succeed"] = "succeed",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Step 2 rules, in NLTK's order; every one needs a stem of positive measure. The 'logi' rule that
    // NLTK appends after these has its own condition and is handled in Step2.
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ational", "ate"),
        ("tional", "tion"),
        ("enci", "ence"),
        ("anci", "ance"),
        ("izer", "ize"),
        ("bli", "ble"),
        ("alli", "al"),
        ("entli", "ent"),
        ("eli", "e"),
        ("ousli", "ous"),
        ("ization", "ize"),
        ("ation", "ate"),
        ("ator", "ate"),
        ("alism", "al"),
        ("iveness", "ive"),
        ("fulness", "ful"),
        ("ousness", "ous"),
        ("aliti", "al"),
        ("iviti", "ive"),
        ("biliti", "ble"),
        ("fulli", "ful"),
    ];

    // Step 3 rules: each needs a stem of positive measure.
    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("icate", "ic"),
        ("ative", ""),
        ("alize", "al"),
        ("iciti", "ic"),
        ("ical", "ic"),
        ("ful", ""),
        ("ness", ""),
    ];

    // Step 4 suffixes: each is removed when the stem's measure is above 1 ('ion' also needs the stem
    // to end in 's' or 't').
    private static readonly string[] Step4Suffixes =
    [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent",
        "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
    ];

    /// <summary>Stems one word the way NLTK's default <c>PorterStemmer().stem(word)</c> does.</summary>
    /// <param name="word">
    /// The word. It is lower-cased (invariant culture) before stemming, as NLTK lower-cases it; the
    /// irregular-forms pool and the two-character cut-off look at the word as given, as in NLTK.
    /// </param>
    /// <returns>The stem; the lower-cased word itself when no rule applies.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        string stem = word.ToLowerInvariant();
        if (IrregularForms.TryGetValue(word, out string? irregular))
            return irregular;
        if (word.Length <= 2)
            return stem;

        stem = Step1a(stem);
        stem = Step1b(stem);
        stem = Step1c(stem);
        stem = Step2(stem);
        stem = Step3(stem);
        stem = Step4(stem);
        stem = Step5a(stem);
        stem = Step5b(stem);
        return stem;
    }

    private static string Step1a(string word)
    {
        if (word.Length == 4 && EndsWith(word, "ies"))
            return word[..^3] + "ie";

        if (EndsWith(word, "sses"))
            return word[..^2];
        if (EndsWith(word, "ies"))
            return word[..^2];
        if (EndsWith(word, "ss"))
            return word;
        if (EndsWith(word, "s"))
            return word[..^1];
        return word;
    }

    private static string Step1b(string word)
    {
        if (EndsWith(word, "ied"))
            return word.Length == 4 ? word[..^3] + "ie" : word[..^3] + "i";

        if (EndsWith(word, "eed"))
        {
            string stem = word[..^3];
            return Measure(stem) > 0 ? stem + "ee" : word;
        }

        string? intermediate = null;
        if (EndsWith(word, "ed") && ContainsVowel(word.AsSpan(0, word.Length - 2)))
            intermediate = word[..^2];
        else if (EndsWith(word, "ing") && ContainsVowel(word.AsSpan(0, word.Length - 3)))
            intermediate = word[..^3];

        if (intermediate is null)
            return word;

        if (EndsWith(intermediate, "at"))
            return intermediate[..^2] + "ate";
        if (EndsWith(intermediate, "bl"))
            return intermediate[..^2] + "ble";
        if (EndsWith(intermediate, "iz"))
            return intermediate[..^2] + "ize";
        if (EndsDoubleConsonant(intermediate))
        {
            char last = intermediate[^1];
            return last is 'l' or 's' or 'z' ? intermediate : intermediate[..^1];
        }

        return Measure(intermediate) == 1 && EndsCvc(intermediate) ? intermediate + "e" : intermediate;
    }

    private static string Step1c(string word)
    {
        if (!EndsWith(word, "y"))
            return word;
        ReadOnlySpan<char> stem = word.AsSpan(0, word.Length - 1);
        return stem.Length > 1 && IsConsonant(stem, stem.Length - 1) ? string.Concat(stem, "i") : word;
    }

    private static string Step2(string word)
    {
        if (EndsWith(word, "alli") && Measure(word.AsSpan(0, word.Length - 4)) > 0)
            return Step2(word[..^4] + "al");

        foreach ((string suffix, string replacement) in Step2Rules)
        {
            if (EndsWith(word, suffix))
                return ReplaceIfPositiveMeasure(word, suffix, replacement);
        }

        // NLTK's 'logi' -> 'log' rule measures the stem with its 'l' kept (Barry Wilkins' change).
        if (EndsWith(word, "logi"))
            return Measure(word.AsSpan(0, word.Length - 3)) > 0 ? word[..^1] : word;

        return word;
    }

    private static string Step3(string word)
    {
        foreach ((string suffix, string replacement) in Step3Rules)
        {
            if (EndsWith(word, suffix))
                return ReplaceIfPositiveMeasure(word, suffix, replacement);
        }

        return word;
    }

    private static string Step4(string word)
    {
        foreach (string suffix in Step4Suffixes)
        {
            if (!EndsWith(word, suffix))
                continue;

            ReadOnlySpan<char> stem = word.AsSpan(0, word.Length - suffix.Length);
            bool remove = Measure(stem) > 1 && (suffix != "ion" || stem[^1] is 's' or 't');
            return remove ? stem.ToString() : word;
        }

        return word;
    }

    private static string Step5a(string word)
    {
        if (!EndsWith(word, "e"))
            return word;

        ReadOnlySpan<char> stem = word.AsSpan(0, word.Length - 1);
        int measure = Measure(stem);
        if (measure > 1 || (measure == 1 && !EndsCvc(stem)))
            return stem.ToString();
        return word;
    }

    private static string Step5b(string word)
    {
        if (EndsWith(word, "ll") && Measure(word.AsSpan(0, word.Length - 1)) > 1)
            return word[..^1];
        return word;
    }

    private static string ReplaceIfPositiveMeasure(string word, string suffix, string replacement)
    {
        ReadOnlySpan<char> stem = word.AsSpan(0, word.Length - suffix.Length);
        return Measure(stem) > 0 ? string.Concat(stem, replacement) : word;
    }

    private static bool EndsWith(string word, string suffix) => word.EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>
    /// A letter other than a, e, i, o, u, and other than a y that follows a consonant. A y at the start of
    /// the word is a consonant.
    /// </summary>
    private static bool IsConsonant(ReadOnlySpan<char> word, int i)
    {
        switch (word[i])
        {
            case 'a' or 'e' or 'i' or 'o' or 'u':
                return false;
            case 'y':
                // Walk back over the run of y's: each alternates with the letter before it.
                int start = i;
                while (start > 0 && word[start - 1] == 'y')
                    start--;
                bool consonant = start == 0 || !IsConsonant(word, start - 1);
                return (i - start) % 2 == 0 ? consonant : !consonant;
            default:
                return true;
        }
    }

    /// <summary>The measure m of [C](VC){m}[V]: how many vowel-to-consonant transitions the stem has.</summary>
    private static int Measure(ReadOnlySpan<char> stem)
    {
        int measure = 0;
        bool previousIsVowel = false;
        for (int i = 0; i < stem.Length; i++)
        {
            bool consonant = stem[i] switch
            {
                'a' or 'e' or 'i' or 'o' or 'u' => false,
                // A y is a consonant at the start of the word or after a vowel.
                'y' => i == 0 || previousIsVowel,
                _ => true,
            };
            if (consonant && previousIsVowel)
                measure++;
            previousIsVowel = !consonant;
        }

        return measure;
    }

    private static bool ContainsVowel(ReadOnlySpan<char> stem)
    {
        for (int i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
                return true;
        }

        return false;
    }

    private static bool EndsDoubleConsonant(string word) =>
        word.Length >= 2 && word[^1] == word[^2] && IsConsonant(word, word.Length - 1);

    /// <summary>
    /// Condition *o: the stem ends consonant–vowel–consonant and the last consonant is not w, x or y; or,
    /// an NLTK extension, the stem is exactly vowel–consonant.
    /// </summary>
    private static bool EndsCvc(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n >= 3
            && IsConsonant(word, n - 3)
            && !IsConsonant(word, n - 2)
            && IsConsonant(word, n - 1)
            && word[n - 1] is not ('w' or 'x' or 'y'))
        {
            return true;
        }

        return n == 2 && !IsConsonant(word, 0) && IsConsonant(word, 1);
    }
}
