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
        // h13-do3: suffix families, -ic/-otic/-pathic ↔ -ia/-osis/-pathy and -omatous ↔ -oma
        ("thrombotic", "thrombosis"), ("sclerotic", "sclerosis"), ("cirrhotic", "cirrhosis"),
        ("stenotic", "stenosis"), ("septic", "sepsis"), ("hypoxic", "hypoxia"), ("anemic", "anemia"),
        ("leukemic", "leukemia"), ("asthmatic", "asthma"), ("arthritic", "arthritis"), ("gouty", "gout"),
        ("syphilitic", "syphilis"), ("tuberculous", "tuberculosis"), ("malarial", "malaria"),
        ("traumatic", "trauma"), ("dystrophic", "dystrophy"), ("myopathic", "myopathy"), ("neuropathic", "neuropathy"),
        ("hamartomatous", "hamartoma"), ("adenomatous", "adenoma"), ("polypoid", "polyp"), ("cystic", "cyst"),
        // h13-do5: more suffix families of the formal names (-ic/-tic ↔ -ia/-osis/-a, -ous ↔ -oma, -ive ↔ -ion)
        ("choreatic", "chorea"), ("dystonic", "dystonia"), ("ataxic", "ataxia"), ("myotonic", "myotonia"),
        ("hypoplastic", "hypoplasia"), ("aplastic", "aplasia"), ("hyperplastic", "hyperplasia"),
        ("metaplastic", "metaplasia"), ("hemolytic", "hemolysis"), ("edematous", "edema"),
        ("granulomatous", "granuloma"), ("eosinophilic", "eosinophilia"), ("calcific", "calcification"),
        ("obstructive", "obstruction"), ("psoriatic", "psoriasis"), ("sarcoid", "sarcoidosis"),
        ("amyloid", "amyloidosis"), ("hemophilic", "hemophilia"), ("herpetic", "herpes"), ("fungal", "fungus"),
        ("parasitic", "parasite"), ("migrainous", "migraine"), ("dilated", "dilation"), ("spastic", "spasticity"),
        ("myoclonic", "myoclonus"),
        // h13-do5: an organism and the disease the titles name after it ("listeria infection" for *Listeriosis*)
        ("listeria", "listeriosis"), ("aspergillus", "aspergillosis"), ("brucella", "brucellosis"),
        ("toxoplasma", "toxoplasmosis"), ("nocardia", "nocardiosis"), ("histoplasma", "histoplasmosis"),
        ("cryptococcus", "cryptococcosis"), ("leptospira", "leptospirosis"), ("echinococcus", "echinococcosis"),
        ("schistosoma", "schistosomiasis"), ("leishmania", "leishmaniasis"), ("giardia", "giardiasis"),
        ("trypanosoma", "trypanosomiasis"), ("toxocara", "toxocariasis"), ("strongyloides", "strongyloidiasis"),
        ("taenia", "taeniasis"), ("babesia", "babesiosis"), ("bartonella", "bartonellosis"),
        ("yersinia", "yersiniosis"), ("shigella", "shigellosis"), ("actinomyces", "actinomycosis"),
        ("blastomyces", "blastomycosis"), ("sporothrix", "sporotrichosis"), ("candida", "candidiasis"),
    ];

    private static readonly AdjectiveNounPairs Forms = new(Pairs);

    /// <summary>The other form of an analysed word (adjective ↔ noun), or null.</summary>
    public static string? Of(string stemmed) => Forms.Of(stemmed);
}
