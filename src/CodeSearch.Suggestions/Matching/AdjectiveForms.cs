namespace CodeSearch.Suggestions.Matching;

/// <summary>
/// Reads a condition adjective as its noun before stemming, by suffix: "-otic" → "-osis" (necrotic, fibrotic,
/// atherosclerotic, osteoporotic), "-emic" → "-emia" (anemic, ischemic, hypoglycemic), "-opic" → "-opia" (hyperopic,
/// myopic), "-trophic" → "-trophy" (atrophic, dystrophic, hypertrophic), "-plastic" → "-plasia" (dysplastic,
/// hyperplastic), plus a few single words ("allergic" → allergy). Snowball leaves the two forms apart ("necrot" and
/// "necrosi"), so a note saying "fibrotic" never met a description saying "fibrosis". Words whose suffix does not make
/// them the condition ("antibiotic", "systemic", "ectopic", "microscopic", "neoplastic") are left alone.
/// </summary>
public static class AdjectiveForms
{
    private static readonly (string Adjective, string Noun)[] Suffixes =
    [
        ("otic", "osis"), ("emic", "emia"), ("opic", "opia"), ("trophic", "trophy"), ("plastic", "plasia"),
    ];

    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "antibiotic", "probiotic", "symbiotic", "hypnotic", "narcotic", "exotic", "chaotic", "amniotic", "erotic",
        "systemic", "endemic", "epidemic", "pandemic", "academic", "polemic",
        "ectopic", "atopic", "isotopic", "entopic", "orthotopic", "heterotopic",
        "neoplastic", "plastic", "thermoplastic", "osteoplastic",
    };

    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["allergic"] = "allergy", ["macrocephalic"] = "macrocephaly", ["microcephalic"] = "microcephaly",
        ["hydrocephalic"] = "hydrocephalus", ["discal"] = "disc", ["asthmatic"] = "asthma", ["epileptic"] = "epilepsy",
        ["diabetic"] = "diabetes", ["obese"] = "obesity",
    };

    /// <summary>The noun a folded word is read as, or the word itself.</summary>
    public static string Noun(string word)
    {
        if (Words.TryGetValue(word, out var noun)) return noun;
        if (word.Length < 6 || Kept.Contains(word)) return word;
        foreach (var (adjective, suffix) in Suffixes)
        {
            if (!word.EndsWith(adjective, StringComparison.Ordinal)) continue;
            if (adjective == "opic" && (word.EndsWith("scopic", StringComparison.Ordinal) || word.EndsWith("tropic", StringComparison.Ordinal))) return word;
            return string.Concat(word.AsSpan(0, word.Length - adjective.Length), suffix);
        }
        return word;
    }
}
