using CodeSearch.Core.Search;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Reference;
using CodeSearch.Server.Mapping;
using CodeSearch.Server.Validation;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Grpc;

/// <summary>
/// SearchIndex: validates, searches the index entries, and resolves each match's codes against the ICD-10-CM release
/// the reference material is applied to (so a code from an older index is never presented as valid when it is not).
/// </summary>
internal sealed class SearchIndexHandler(IIndexProvider indexes)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;

    public Proto.SearchIndexResponse Search(Proto.SearchIndexRequest request)
    {
        var violations = new Violations();
        var text = QueryText.Normalize(request.Query);
        if (text.Trim().Length == 0) violations.Add("query", "must not be empty");
        else if (request.Query.Length > RequestLimits.MaxQueryLength) violations.Add("query", $"must be at most {RequestLimits.MaxQueryLength} characters");
        var pageSize = request.PageSize == 0 ? DefaultPageSize : request.PageSize;
        if (pageSize is < 1 or > MaxPageSize) violations.Add("page_size", $"must be between 1 and {MaxPageSize} (0 means {DefaultPageSize})");
        if (!Enum.IsDefined(request.Index)) violations.Add("index", $"unknown index {(int)request.Index}");
        violations.ThrowIfAny();

        var index = indexes.Current;
        AlphabeticIndexKind? kind = request.Index == Proto.IndexKind.Unspecified ? null : (AlphabeticIndexKind)(int)request.Index;
        var target = index.Reference.Data.TargetReleaseId;
        MedicalCode? Find(string code) => index.Find(CodeSystemId.Icd10Cm, target, code);
        var response = new Proto.SearchIndexResponse();
        foreach (var hit in index.SearchEntries(text, kind, pageSize))
        {
            response.Matches.Add(IndexMatchMapper.ToProto(hit, index.Reference, Find));
        }
        return response;
    }
}
