using CodeSearch.Core.Catalog;
using CodeSearch.Server.Mapping;
using CodeSearch.Server.Security;
using CodeSearch.Server.Validation;
using Grpc.Core;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>The CodeLookup gRPC service: validates, calls the domain, maps. Errors are mapped by <see cref="ErrorInterceptor"/>.</summary>
[BindServiceMethod(typeof(UnparseableRequests.CodeLookup), nameof(UnparseableRequests.CodeLookup.Bind))]
internal sealed class CodeLookupGrpcService(
    CodeLookupHandler lookup,
    SearchCodesHandler search,
    SearchIndexHandler searchIndex,
    IIndexProvider indexes,
    CptAccess cptAccess) : Proto.CodeLookup.CodeLookupBase
{
    public override Task<Proto.Code> GetCode(Proto.GetCodeRequest request, ServerCallContext context) =>
        Task.FromResult(lookup.Get(request, ""));

    public override Task<Proto.BatchGetCodesResponse> BatchGetCodes(Proto.BatchGetCodesRequest request, ServerCallContext context)
    {
        if (request.Requests.Count > RequestLimits.MaxBatchSize)
        {
            var violations = new Violations();
            violations.Add("requests", $"at most {RequestLimits.MaxBatchSize} per call, got {request.Requests.Count}");
            violations.ThrowIfAny();
        }
        var response = new Proto.BatchGetCodesResponse();
        for (var i = 0; i < request.Requests.Count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            response.Results.Add(lookup.TryGet(request.Requests[i], $"requests[{i}]."));
        }
        return Task.FromResult(response);
    }

    public override Task<Proto.SearchCodesResponse> SearchCodes(Proto.SearchCodesRequest request, ServerCallContext context) =>
        Task.FromResult(search.Search(request, cptAccess.MaySee(context)));

    public override Task<Proto.ValidateCodesResponse> ValidateCodes(Proto.ValidateCodesRequest request, ServerCallContext context) =>
        Task.FromResult(lookup.Validate(request));

    public override Task<Proto.SearchIndexResponse> SearchIndex(Proto.SearchIndexRequest request, ServerCallContext context) =>
        Task.FromResult(searchIndex.Search(request));

    public override Task<Proto.ListCodeSystemsResponse> ListCodeSystems(Proto.ListCodeSystemsRequest request, ServerCallContext context)
    {
        var index = indexes.Current;
        var response = new Proto.ListCodeSystemsResponse { SampleData = index.IsSample, IndexGeneration = index.Generation };
        response.Releases.AddRange(index.Releases.Select(ReleaseMapper.ToProto));
        response.ReferenceSources.AddRange(index.ReferenceSources.Select(ReleaseMapper.ToProto));
        return Task.FromResult(response);
    }
}
