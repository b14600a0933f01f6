namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// The forms a query word matches besides itself: its American spelling (<see cref="SpellingVariants"/>), the other
/// form of a body part's or a condition's adjective or noun (<see cref="OrganWords"/>: "renal" ↔ "kidney";
/// <see cref="ConditionWords"/>: "infectious" ↔ "infection"), the other numeral of a type
/// (<see cref="NumeralForms"/>: "3" ↔ "iii", "2a" ↔ "iia"), the region phrases the titles use for an everyday body
/// region (<see cref="RegionForms"/>: "leg" → *lower limb*, *lower extremity*; "armpit" → *axilla*), and the
/// term the code sets use for a common name of a neoplasm. The Alphabetic Index sends these names to the Neoplasm
/// table ("Cancer — see also Neoplasm, by site, malignant", "Carcinoma — see also Neoplasm, by site, malignant",
/// "Malignancy — see also Neoplasm, malignant, by site", "Tumor — see also Neoplasm, unspecified behavior, by site"),
/// whose codes are titled "Malignant neoplasm of …" and "Neoplasm of …".
/// </summary>
public static class WordForms
{
    private static readonly Dictionary<string, string[]> Equivalents = new(StringComparer.Ordinal)
    {
        ["cancer"] = ["malignant", "neoplasm"],
        ["carcinoma"] = ["malignant", "neoplasm"],
        ["malignancy"] = ["malignant", "neoplasm"],
        ["tumor"] = ["neoplasm"],
    };

    // One way only: a "disorder" is named a "disease" in many titles ("cerebrovascular disorder" for *Cerebrovascular
    // disease, unspecified*, "hepatic disorder" for *Disease of liver, unspecified*), but a "disease" read as a
    // "disorder" let *Disorder …* titles outrank the disease ("sickle cell disease", "degenerative disc disease").
    private static readonly Dictionary<string, string> Broader = new(StringComparer.Ordinal)
    {
        ["disorder"] = "disease",
    };

    /// <summary>
    /// Weight of a body part's other form (<see cref="OrganWords"/>) against the word as typed: below it, so that
    /// "vaginal delivery" still finds the delivery before every code of the vagina.
    /// </summary>
    public const float OrganFormWeight = 0.6f;

    /// <summary>The weight of <paramref name="form"/>, one of <see cref="Of"/>'s forms of <paramref name="stemmed"/>.</summary>
    public static float Weight(string stemmed, string[] form) =>
        form.Length == 1 && form[0] != stemmed && (form[0] == OrganWords.Of(SpellingVariants.American(stemmed) ?? stemmed)
            || form[0] == ConditionWords.Of(SpellingVariants.American(stemmed) ?? stemmed)
            || form[0] == Broader.GetValueOrDefault(stemmed)) || RegionForms.IsRegionOf(stemmed, form) ? OrganFormWeight : 1f;

    /// <summary>
    /// The word itself first, then its other forms, each a sequence of words (a phrase) in analysed, stemmed form.
    /// </summary>
    public static IReadOnlyList<string[]> Of(string stemmed)
    {
        var forms = new List<string[]> { new[] { stemmed } };
        var american = SpellingVariants.American(stemmed);
        if (american is not null) forms.Add([american]);
        if (Equivalents.TryGetValue(american ?? stemmed, out var equivalent)) forms.Add(equivalent);
        if (OrganWords.Of(american ?? stemmed) is { } organ) forms.Add([organ]);
        if (ConditionWords.Of(american ?? stemmed) is { } condition) forms.Add([condition]);
        if (Broader.TryGetValue(stemmed, out var broader)) forms.Add([broader]);
        forms.AddRange(RegionForms.Of(stemmed));
        foreach (var numeral in NumeralForms.Of(stemmed)) forms.Add([numeral]);
        return forms;
    }
}
