using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>The ordering rules of one code system's conventions, after the general ones (docs/search.md).</summary>
internal static class SystemOrder
{
    /// <summary>
    /// PCS headers after reportable codes (<see cref="ProcedureTables"/>), then HCPCS items before their accessories
    /// (<see cref="SupplyItem"/>), then HCPCS codes by the dose the query as typed names (<see cref="DoseOrder"/>).
    /// </summary>
    public static void Apply(string understood, string typed, List<SearchHit> hits, List<int> docs)
    {
        ProcedureTables.Order(hits, docs);
        SupplyItem.Order(understood, hits, docs);
        DoseOrder.Order(typed, hits, docs);
    }
}
