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
/// query naming no body part keeps its order (`dog bite`, `fall from ladder`, `car accident` ask for the cause).
/// </summary>
internal static class ExternalCauseLast
{
    /// <summary>Results reordered at the top of the list.</summary>
    public const int Looked = 5;

    // Body parts as people name an injured site; compared after the query analyzer's stemming (word by word: the
    // analyzer keeps at most QueryTokens.MaxTokens tokens of a text).
    private static readonly HashSet<string> BodyParts =
        ("head face scalp forehead eye eyelid ear nose lip mouth tooth teeth jaw neck chest rib ribs back abdomen "
         + "belly hip pelvis buttock shoulder arm elbow forearm wrist hand finger fingers thumb leg thigh knee ankle "
         + "foot feet toe toes heel shin calf")
        .Split(' ').SelectMany(QueryTokens.Analyze).Select(t => t.Stemmed).ToHashSet(StringComparer.Ordinal);

    /// <summary>Reorders the first results in place: external cause codes after the others, when a body part is named.</summary>
    public static void Order(string query, List<SearchHit> hits, List<int> docs)
    {
        var end = Math.Min(hits.Count, Looked);
        if (end < 2 || !IsExternalCause(hits[0])) return;
        if (!QueryTokens.Analyze(query).Any(t => BodyParts.Contains(t.Stemmed))) return;
        var plain = new List<int>();
        var causes = new List<int>();
        for (var h = 0; h < end; h++) (IsExternalCause(hits[h]) ? causes : plain).Add(h);
        if (plain.Count == 0) return;
        HitMoves.Reorder(hits, docs, [.. plain, .. causes]);
    }

    private static bool IsExternalCause(SearchHit hit) =>
        hit.MatchKind == MatchKind.Text && hit.Code.System == CodeSystemId.Icd10Cm && hit.Code.Code.Length > 0
        && hit.Code.Code[0] is 'V' or 'W' or 'X' or 'Y';
}
