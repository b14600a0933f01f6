namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// The adjective and the noun of a kind of condition, which people and the code titles use interchangeably: "bacterial
/// infectious disease" for *Bacterial infection*, "degenerative disease of the eye" for *Degeneration of eye*. A query word
/// of either form also matches the other, at the weight of a body part's other form (<see cref="WordForms"/>), so the
/// word as typed ranks first. Hand-written from general clinical usage.
/// </summary>
public static class ConditionWords
{
    private static readonly (string Adjective, string Noun)[] Pairs =
    [
        ("infectious", "infection"), ("inflammatory", "inflammation"), ("degenerative", "degeneration"),
        ("hemorrhagic", "hemorrhage"), ("neoplastic", "neoplasm"), ("allergic", "allergy"), ("psychotic", "psychosis"),
        ("necrotic", "necrosis"), ("fibrotic", "fibrosis"), ("atrophic", "atrophy"), ("hypertrophic", "hypertrophy"),
        ("epileptic", "epilepsy"), ("paralytic", "paralysis"), ("ischemic", "ischemia"), ("dysplastic", "dysplasia"),
    ];

    private static readonly Dictionary<string, string> Other = Build();

    /// <summary>The other form of an analysed word (adjective ↔ noun), or null.</summary>
    public static string? Of(string stemmed) => Other.GetValueOrDefault(stemmed);

    private static Dictionary<string, string> Build()
    {
        var other = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (adjective, noun) in Pairs)
        {
            var a = Stem(adjective);
            var n = Stem(noun);
            other[a] = n;
            other[n] = a;
        }
        return other;
    }

    private static string Stem(string word) => QueryTokens.Analyze(word)[0].Stemmed;
}
