namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// The forms a query word matches besides itself: its American spelling (<see cref="SpellingVariants"/>) and the
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

    /// <summary>
    /// The word itself first, then its other forms, each a sequence of words (a phrase) in analysed, stemmed form.
    /// </summary>
    public static IReadOnlyList<string[]> Of(string stemmed)
    {
        var forms = new List<string[]> { new[] { stemmed } };
        var american = SpellingVariants.American(stemmed);
        if (american is not null) forms.Add([american]);
        if (Equivalents.TryGetValue(american ?? stemmed, out var equivalent)) forms.Add(equivalent);
        return forms;
    }
}
