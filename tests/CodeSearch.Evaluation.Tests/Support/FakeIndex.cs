using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Reference;
using CodeSearch.Core.Search;

namespace CodeSearch.Evaluation.Tests.Support;

/// <summary>An ICD-10-CM FY2026 index over a few codes whose search answers from a fixed table.</summary>
internal sealed class FakeIndex(IReadOnlyDictionary<string, string[]> answers) : ICodeIndex, IIndexProvider
{
    public static readonly CodeRelease Fy2026 = new()
    {
        System = CodeSystemId.Icd10Cm, ReleaseId = "FY2026", EffectiveDate = new DateOnly(2025, 10, 1), EndDate = new DateOnly(2026, 9, 30),
    };

    public List<SearchScope> Scopes { get; } = [];
    public ICodeIndex Current => this;
    public bool IsReady => true;
    public string Generation => "gen-test";
    public bool IsSample => false;
    public IReadOnlyList<LoadedRelease> Releases { get; } =
    [
        new() { Release = Fy2026, CodeCount = 3, BillableCount = 2, HeaderCount = 1, ModifierCount = 0, TerminatedCount = 0, Sources = [] },
    ];
    public IReadOnlyList<ReferenceSourceInfo> ReferenceSources => [];
    public ReferenceLookup Reference => throw new NotSupportedException();

    public static MedicalCode Code(string undotted) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = undotted, Description = "test", Kind = CodeKind.Code, Billable = true, ReleaseId = "FY2026",
    };

    /// <summary>How often the release's codes were read.</summary>
    public int CodesReads { get; private set; }

    public IReadOnlyList<MedicalCode> Codes(CodeSystemId system, string releaseId)
    {
        CodesReads++;
        return [Code("J45"), Code("J45909"), Code("E119")];
    }

    public SearchPage Search(SearchScope scope, string text, int offset, int limit)
    {
        Scopes.Add(scope);
        var codes = answers.TryGetValue(text, out var found) ? found : [];
        return new SearchPage(codes.Skip(offset).Take(limit).Select(c => new SearchHit(Code(c), 1f, MatchKind.Text)).ToList(), false);
    }

    public MedicalCode? Find(CodeSystemId system, string releaseId, string undottedCode) => throw new NotSupportedException();
    public DeletedCode? FindDeleted(CodeSystemId system, string releaseId, string undottedCode) => throw new NotSupportedException();
    public IReadOnlyList<MedicalCode> Children(MedicalCode code) => throw new NotSupportedException();
    public IReadOnlyList<EntryHit> SearchEntries(string text, AlphabeticIndexKind? kind, int limit) => throw new NotSupportedException();
}
