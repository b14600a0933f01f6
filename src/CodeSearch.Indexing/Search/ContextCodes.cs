using CodeSearch.Core.Search;
using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Codes that record a condition's context rather than the condition (docs/search.md, "Context codes after the
/// condition"): a family or personal history, a screening, a carrier state, a genetic
/// susceptibility, a secondary (metastatic) neoplasm. They hold the condition's words, so "urinary bladder cancer" or
/// "human immunodeficiency virus infectious disease" could list C79.1 or Z11.4 first. Within the first
/// <see cref="Looked"/> results, such codes follow the other word matches unless the query names the context
/// ("family history of stroke", "secondary malignant neoplasm of bladder"); each position keeps its score, so the
/// list stays in descending order. Other encounters are left alone: people name them in many words ("well child
/// check" is Z00.12 *Encounter for routine child health examination*).
/// </summary>
internal static class ContextCodes
{
    /// <summary>Results reordered at the top of the list.</summary>
    public const int Looked = 5;

    // Title openings and the query words that name each context, as the search analyses them (so "metastasis" is
    // compared in the stemmed form the query's words have).
    private static readonly (string Opening, HashSet<string> Named)[] Contexts =
    [
        ("Family history of", QueryTokens.Stems("family history")),
        ("Personal history of", QueryTokens.Stems("personal history")),
        ("Encounter for screening", QueryTokens.Stems("screening screen")),
        ("Carrier of", QueryTokens.Stems("carrier")),
        ("Genetic susceptibility to", QueryTokens.Stems("susceptibility genetic")),
        ("Secondary malignant neoplasm", QueryTokens.Stems("secondary metastatic metastasis metastases")),
    ];

    /// <summary>Reorders the first results in place: context codes the query does not name after the others.</summary>
    public static void Order(string query, List<SearchHit> hits, List<int> docs)
    {
        var end = Math.Min(hits.Count, Looked);
        if (end < 2) return;
        var asked = QueryTokens.Stems(query);
        var plain = new List<int>();
        var context = new List<int>();
        for (var h = 0; h < end; h++)
        {
            (IsUnnamedContext(hits[h], asked) ? context : plain).Add(h);
        }
        if (context.Count == 0 || plain.Count == 0 || context[0] > plain[^1]) return;
        HitMoves.Reorder(hits, docs, [.. plain, .. context]);
    }

    private static bool IsUnnamedContext(SearchHit hit, HashSet<string> asked)
    {
        if (hit.MatchKind != MatchKind.Text) return false;
        foreach (var (opening, named) in Contexts)
        {
            if (hit.Code.Description.StartsWith(opening, StringComparison.Ordinal)) return !named.Overlaps(asked);
        }
        return false;
    }
}
