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

    private static readonly AdjectiveNounPairs Forms = new(Pairs);

    /// <summary>The other form of an analysed word (adjective ↔ noun), or null.</summary>
    public static string? Of(string stemmed) => Forms.Of(stemmed);
}
