using CodeSearch.Core.Catalog;
using CodeSearch.Core.Search;
using CodeSearch.Server.Caching;
using CodeSearch.Server.Mapping;
using CodeSearch.Server.Validation;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>SearchCodes: request rules, cache, domain search, mapping and the next page token.</summary>
internal sealed class SearchCodesHandler(
    CodeSearchService search, IIndexProvider indexes, SearchRequestValidator validator, PageTokenCodec pageTokens, ResponseCache cache)
{
    public Proto.SearchCodesResponse Search(Proto.SearchCodesRequest request)
    {
        var index = indexes.Current;
        var query = validator.Validate(request, index.Generation);
        var scope = search.ResolveScope(index, query);
        var key = CacheKeys.Search(index.Generation, query, scope.AsOf);
        return cache.GetOrCreate("SearchCodes", key, () =>
        {
            var page = index.Search(scope, query.Text, query.Offset, query.Limit);
            var releases = scope.Releases.ToDictionary(r => (r.System, r.ReleaseId));
            var response = new Proto.SearchCodesResponse();
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
        });
    }
}
