using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Errors;
using CodeSearch.Core.Search;
using CodeSearch.Server.Caching;
using CodeSearch.Server.Mapping;
using CodeSearch.Server.Validation;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// SearchCodes: request rules, cache, domain search, mapping and the next page token. A search over all systems
/// leaves CPT out for callers that may not see it (<c>Security/CptAccess</c>); one naming CPT never gets here for them.
/// The cache is asked before the scope is resolved: the key holds everything the scope depends on (the generation,
/// the query, the as-of date and whether the caller may see CPT), so a hit does no release selection.
/// </summary>
internal sealed class SearchCodesHandler(
    CodeSearchService search, IIndexProvider indexes, SearchRequestValidator validator, PageTokenCodec pageTokens, ResponseCache cache,
    TimeProvider time)
{
    /// <param name="request">The request as received.</param>
    /// <param name="includeCpt">Whether the caller may receive CPT descriptors.</param>
    public Proto.SearchCodesResponse Search(Proto.SearchCodesRequest request, bool includeCpt)
    {
        var index = indexes.Current;
        var query = validator.Validate(request, index.Generation);
        var asOf = query.DateOfService ?? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var key = CacheKeys.Search(index.Generation, query, asOf, includeCpt);
        return cache.GetOrCreate("SearchCodes", key, () =>
        {
            // The as-of date of the key, even if the day turned since: the entry must hold what its key says.
            var scope = search.ResolveScope(index, query) with { AsOf = asOf };
            if (!includeCpt && scope.Releases.Any(r => r.System == CodeSystemId.Cpt)) scope = WithoutCpt(scope, query);
            var page = index.Search(scope, query.Text, query.Offset, query.Limit);
            var releases = scope.Releases.ToDictionary(r => (r.System, r.ReleaseId));
            var response = new Proto.SearchCodesResponse { UnderstoodAs = page.UnderstoodAs ?? "" };
            foreach (var hit in page.Hits)
            {
                response.Results.Add(new Proto.SearchResult
                {
                    Code = CodeMapper.ToProto(hit.Code, releases[(hit.Code.System, hit.Code.ReleaseId)]),
                    Score = hit.Score,
                    MatchedSynonym = hit.MatchedSynonym ?? "",
                    MatchType = hit.MatchKind switch
                    {
                        MatchKind.ExactCode => "EXACT_CODE",
                        MatchKind.CodePrefix => "CODE_PREFIX",
                        _ => "TEXT",
                    },
                });
            }
            var next = query.Offset + query.Limit;
            if (page.HasMore && next < CodeSearchService.MaxResultDepth) response.NextPageToken = pageTokens.Encode(query, index.Generation, next);
            return response;
        }, admitOnSecondSight: true);
    }

    private static SearchScope WithoutCpt(SearchScope scope, CodeSearchQuery query)
    {
        var releases = scope.Releases.Where(r => r.System != CodeSystemId.Cpt).ToList();
        if (releases.Count == 0) throw new ReleaseNotLoadedException($"No loaded release the caller may search covers date of service {query.DateOfService:yyyy-MM-dd}.");
        return scope with { Releases = releases };
    }
}
