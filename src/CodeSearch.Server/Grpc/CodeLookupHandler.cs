using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Server.Caching;
using CodeSearch.Server.Limits;
using CodeSearch.Server.Mapping;
using CodeSearch.Server.Validation;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>GetCode, BatchGetCodes items and ValidateCodes: request rules, cache, domain call, mapping.</summary>
internal sealed class CodeLookupHandler(CodeLookupService lookup, IIndexProvider indexes, ResponseCache cache)
{
    /// <summary>One lookup; <paramref name="fieldPrefix"/> names the request in violations ("requests[3].").</summary>
    public Proto.Code Get(Proto.GetCodeRequest request, string fieldPrefix)
    {
        var violations = new Violations();
        var system = CommonRules.System(request.System, fieldPrefix + "system", violations);
        var code = CommonRules.Code(request.Code, fieldPrefix + "code", violations);
        var dateOfService = CommonRules.DateOfService(request.DateOfService, fieldPrefix + "date_of_service", violations);
        violations.ThrowIfAny();
        var key = CacheKeys.GetCode(indexes.Current.Generation, system, CodeFormat.TryNormalize(system, code, out var normal) ? normal : code, dateOfService);
        return cache.GetOrCreate("GetCode", key, () =>
        {
            var details = lookup.Get(system, code, dateOfService, fieldPrefix + "code");
            var index = indexes.Current;
            return CodeMapper.ToProto(details, c => index.Find(details.Code.System, details.Code.ReleaseId, c) is not null);
        });
    }

    /// <summary>One batch item: the code, or its error as the status it would have had alone.</summary>
    public Proto.BatchGetCodesResult TryGet(Proto.GetCodeRequest request, string fieldPrefix)
    {
        try
        {
            return new Proto.BatchGetCodesResult { Code = Get(request, fieldPrefix) };
        }
        catch (Exception ex) when (ErrorMapping.IsExpected(ex))
        {
            var status = ErrorMapping.ToStatus(ex);
            return new Proto.BatchGetCodesResult { Error = new Proto.BatchError { StatusCode = status.Code, Message = status.Message } };
        }
    }

    /// <summary>ValidateCodes; <paramref name="budget"/> refuses the answer as soon as it would grow past the response limit.</summary>
    public Proto.ValidateCodesResponse Validate(Proto.ValidateCodesRequest request, ResponseBudget budget)
    {
        var violations = new Violations();
        var system = CommonRules.System(request.System, "system", violations);
        var dateOfService = CommonRules.DateOfService(request.DateOfService, "date_of_service", violations);
        if (request.Codes.Count == 0) violations.Add("codes", "must list at least one code");
        if (request.Codes.Count > RequestLimits.MaxBatchSize) violations.Add("codes", $"at most {RequestLimits.MaxBatchSize} per call, got {request.Codes.Count}");
        violations.ThrowIfAny();
        return ValidationMapper.ToProto(lookup.Validate(system, request.Codes, dateOfService), budget.Charge);
    }
}
