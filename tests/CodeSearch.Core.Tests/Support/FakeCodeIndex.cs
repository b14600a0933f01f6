using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Reference;
using CodeSearch.Core.Search;

namespace CodeSearch.Core.Tests.Support;

/// <summary>An in-memory <see cref="ICodeIndex"/> over hand-made releases and codes; search is not needed here.</summary>
internal sealed class FakeCodeIndex : ICodeIndex, IIndexProvider
{
    private readonly List<MedicalCode> _codes = [];
    private readonly List<DeletedCode> _deleted = [];
    private readonly List<LoadedRelease> _releases = [];

    public string Generation => "fake-1";
    public bool IsSample => true;
    public IReadOnlyList<LoadedRelease> Releases => _releases;
    public ReferenceLookup Reference { get; private set; } = new(ReferenceData.Empty("FY2026"));
    public IReadOnlyList<ReferenceSourceInfo> ReferenceSources => [];

    public IReadOnlyList<EntryHit> SearchEntries(string text, AlphabeticIndexKind? kind, int limit) => [];

    public FakeCodeIndex WithReference(ReferenceData data)
    {
        Reference = new ReferenceLookup(data);
        return this;
    }

    ICodeIndex IIndexProvider.Current => this;
    bool IIndexProvider.IsReady => true;

    public FakeCodeIndex WithRelease(CodeSystemId system, string releaseId, DateOnly effective, DateOnly? end)
    {
        _releases.Add(new LoadedRelease
        {
            Release = new CodeRelease { System = system, ReleaseId = releaseId, EffectiveDate = effective, EndDate = end },
            CodeCount = 0, BillableCount = 0, HeaderCount = 0, ModifierCount = 0, TerminatedCount = 0, Sources = [],
        });
        return this;
    }

    public FakeCodeIndex WithCode(MedicalCode code)
    {
        _codes.Add(code with { Order = _codes.Count + 1 });
        return this;
    }

    public FakeCodeIndex WithDeleted(DeletedCode deleted)
    {
        _deleted.Add(deleted);
        return this;
    }

    public MedicalCode? Find(CodeSystemId system, string releaseId, string undottedCode) =>
        _codes.FirstOrDefault(c => c.System == system && c.ReleaseId == releaseId && c.Code == undottedCode);

    public DeletedCode? FindDeleted(CodeSystemId system, string releaseId, string undottedCode) =>
        _deleted.FirstOrDefault(d => d.System == system && d.ReleaseId == releaseId && d.Code == undottedCode);

    public IReadOnlyList<MedicalCode> Codes(CodeSystemId system, string releaseId) =>
        _codes.Where(c => c.System == system && c.ReleaseId == releaseId).OrderBy(c => c.Order).ToList();

    public IReadOnlyList<MedicalCode> Children(MedicalCode code) =>
        _codes.Where(c => c.System == code.System && c.ReleaseId == code.ReleaseId && c.ParentCode == code.Code)
            .OrderBy(c => c.Order).ToList();

    public SearchPage Search(SearchScope scope, string text, int offset, int limit) =>
        throw new NotSupportedException("The fake index does not search.");
}
