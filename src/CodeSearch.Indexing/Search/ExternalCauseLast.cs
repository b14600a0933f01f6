using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// An ICD-10-CM external cause code (chapter 20, V00–Y99) is never listed first for an injury: it records how or
/// where the injury happened and follows the code of the injury itself (docs/search.md, "External causes after the
/// injury"). Its titles hold everyday verbs and nouns ("bitten by dog", "struck by", "fall from", "place of
/// occurrence"), so a query naming an injured body part in patients' words could list them first: `dog bite on left
/// hand` gave W54.0 *Bitten by dog* before S61.452A *Open bite of left hand*. When the query names a body part,
/// within the first <see cref="Looked"/> results such codes follow the others; each position keeps its score. A
/// query naming a cause and no body part keeps its order (`dog bite`, `fall from ladder`, `car accident` ask for the
/// cause). A query naming no cause at all (<see cref="CauseWords"/>) asks for a condition: within the first
/// <see cref="LookedWithoutCause"/> results the external cause codes follow the others, so that `chicken pocks`
/// (*Struck by chicken*), `eyes water all the time` (*Activity, water …*) and `goose egg on forehead` list the
/// conditions the words also found.
/// </summary>
internal static class ExternalCauseLast
{
    /// <summary>Results reordered at the top of the list when the query names a cause and a body part.</summary>
    public const int Looked = 5;

    /// <summary>Results reordered at the top of the list when the query names no cause (the default page).</summary>
    public const int LookedWithoutCause = 20;

    // Body parts as people name an injured site; compared after the query analyzer's stemming (word by word: the
    // analyzer keeps at most QueryTokens.MaxTokens tokens of a text).
    private static readonly HashSet<string> BodyParts = Stems(
        "head face scalp forehead eye eyelid ear nose lip mouth tooth teeth jaw neck chest rib ribs back abdomen "
        + "belly hip pelvis buttock shoulder arm elbow forearm wrist hand finger fingers thumb leg thigh knee ankle "
        + "foot feet toe toes heel shin calf");

    // Words that name how or where an injury happened, the matter of chapter 20's titles: a bite or sting, a fall, a
    // blow, an accident and the road users and vehicles its titles name, an assault, a weapon, an exposure, the
    // activity or place of occurrence.
    private static readonly HashSet<string> CauseWords = Stems(
        "bite bites bitten bit sting stings stung fall falls fell fallen falling struck strike hit hits accident "
        + "collision crash crashed mva mvc assault assaulted attacked abuse maltreatment drowning drowned shot gunshot "
        + "stab stabbed cut overexertion exposure exposed contact caught crushed explosion lightning activity place "
        + "occurrence pedestrian passenger driver rider occupant cyclist bicycle motorcycle vehicle car truck bus "
        + "ladder stairs steps dog cat horse snake spider bee wasp insect bug tick scorpion");

    private static HashSet<string> Stems(string words) =>
        words.Split(' ').SelectMany(QueryTokens.Analyze).Select(t => t.Stemmed).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reorders the first results in place: external cause codes after the others (see the class).</summary>
    public static void Order(string query, List<SearchHit> hits, List<int> docs)
    {
        var stems = QueryTokens.Analyze(query).Select(t => t.Stemmed).ToList();
        if (!stems.Any(CauseWords.Contains))
        {
            After(hits, docs, Math.Min(hits.Count, LookedWithoutCause));
            return;
        }
        if (!IsExternalCause(hits.FirstOrDefault()) || !stems.Any(BodyParts.Contains)) return;
        After(hits, docs, Math.Min(hits.Count, Looked));
    }

    private static void After(List<SearchHit> hits, List<int> docs, int end)
    {
        if (end < 2) return;
        var plain = new List<int>();
        var causes = new List<int>();
        for (var h = 0; h < end; h++) (IsExternalCause(hits[h]) ? causes : plain).Add(h);
        if (plain.Count == 0 || causes.Count == 0 || causes[0] > plain[^1]) return;
        HitMoves.Reorder(hits, docs, [.. plain, .. causes]);
    }

    private static bool IsExternalCause(SearchHit? hit) =>
        hit is not null && hit.MatchKind == MatchKind.Text && hit.Code.System == CodeSystemId.Icd10Cm && hit.Code.Code.Length > 0
        && hit.Code.Code[0] is 'V' or 'W' or 'X' or 'Y';
}
