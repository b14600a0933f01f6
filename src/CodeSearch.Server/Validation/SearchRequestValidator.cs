using CodeSearch.Core;
using CodeSearch.Core.Search;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Validation;

/// <summary>SearchCodesRequest to a domain query, or INVALID_ARGUMENT listing every bad field.</summary>
internal sealed class SearchRequestValidator(PageTokenCodec pageTokens)
{
    public CodeSearchQuery Validate(Proto.SearchCodesRequest request, string generation)
    {
        var violations = new Violations();
        var text = QueryText.Normalize(request.Query);
        if (text.Trim().Length == 0) violations.Add("query", "must not be empty");
        else if (request.Query.Length > RequestLimits.MaxQueryLength) violations.Add("query", $"must be at most {RequestLimits.MaxQueryLength} characters");

        var systems = new List<CodeSystemId>();
        for (var i = 0; i < request.Systems.Count; i++)
        {
            var system = CommonRules.System(request.Systems[i], $"systems[{i}]", violations);
            if (system != default) systems.Add(system);
        }
        var pageSize = request.PageSize == 0 ? RequestLimits.DefaultPageSize : request.PageSize;
        if (pageSize < 1 || pageSize > RequestLimits.MaxPageSize) violations.Add("page_size", $"must be between 1 and {RequestLimits.MaxPageSize} (0 means {RequestLimits.DefaultPageSize})");
        var dateOfService = CommonRules.DateOfService(request.DateOfService, "date_of_service", violations);
        violations.ThrowIfAny();

        var query = new CodeSearchQuery(text, systems, request.BillableOnly, 0, pageSize, dateOfService);
        var offset = 0;
        if (request.PageToken.Length > 0 && !pageTokens.TryDecode(request.PageToken, query, generation, out offset))
        {
            violations.Add("page_token", "is not a token this server issued for this query and index generation; start again without it");
        }
        else if (offset > CodeSearchService.MaxResultDepth - pageSize) // not offset + pageSize: a forged offset near int.MaxValue overflows
        {
            violations.Add("page_token", $"pages reach at most {CodeSearchService.MaxResultDepth} results deep; refine the query");
        }
        violations.ThrowIfAny();
        return query with { Offset = offset };
    }
}
