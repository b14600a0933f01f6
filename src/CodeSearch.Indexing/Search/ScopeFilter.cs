using CodeSearch.Core.Search;
using CodeSearch.Indexing.Build;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>The filter of a search scope: its releases, billable only, and valid on the as-of date.</summary>
internal static class ScopeFilter
{
    /// <summary>A key naming the filter of a scope, for caching it.</summary>
    public static string Key(SearchScope scope) =>
        $"{string.Join(',', scope.Releases.Select(r => ReleaseKeyOf(r.System, r.ReleaseId)).Order(StringComparer.Ordinal))}|{scope.BillableOnly}|{scope.AsOf:yyyyMMdd}";

    public static Filter Build(SearchScope scope)
    {
        var releases = new BooleanQuery(disableCoord: true);
        foreach (var release in scope.Releases)
        {
            releases.Add(new TermQuery(new Term(ReleaseKey, ReleaseKeyOf(release.System, release.ReleaseId))), Occur.SHOULD);
        }
        var asOf = CodeDocuments.ToInt(scope.AsOf, NoStartDate);
        var filter = new BooleanQuery(disableCoord: true)
        {
            { releases, Occur.MUST },
            { NumericRangeQuery.NewInt32Range(AddDate, NoStartDate, asOf, true, true), Occur.MUST },
            { NumericRangeQuery.NewInt32Range(TerminationDate, asOf, NoEndDate, true, true), Occur.MUST },
        };
        if (scope.BillableOnly) filter.Add(new TermQuery(new Term(Billable, "1")), Occur.MUST);
        return new QueryWrapperFilter(filter);
    }

    /// <summary>The same rules for a code found in memory.</summary>
    public static bool Passes(Core.MedicalCode code, SearchScope scope) =>
        (!scope.BillableOnly || code.Billable) && Core.Catalog.ValidityRules.IsEffective(code, scope.AsOf);
}
