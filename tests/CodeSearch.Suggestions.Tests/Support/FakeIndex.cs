using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Reference;
using CodeSearch.Core.Search;

namespace CodeSearch.Suggestions.Tests.Support;

/// <summary>
/// An in-memory <see cref="ICodeIndex"/> over hand-made codes (the Core.Tests fake is internal to that project).
/// The suggestion engine only needs releases, codes and reference synonyms, so search throws.
/// </summary>
internal sealed class FakeIndex : ICodeIndex, IIndexProvider
{
    private readonly List<MedicalCode> _codes = [];
    private readonly List<LoadedRelease> _releases = [];
    private readonly List<AlphabeticIndexEntry> _entries = [];

    public string Generation { get; init; } = "fake-1";
    public bool IsSample => true;
    public IReadOnlyList<LoadedRelease> Releases => _releases;
    public IReadOnlyList<ReferenceSourceInfo> ReferenceSources => [];
    public ReferenceLookup Reference { get; private set; } = new(ReferenceData.Empty(TestCodes.Release));

    ICodeIndex IIndexProvider.Current => this;
    bool IIndexProvider.IsReady => true;

    public FakeIndex WithRelease(CodeSystemId system, string releaseId, DateOnly effective, DateOnly? end)
    {
        _releases.Add(new LoadedRelease
        {
            Release = new CodeRelease { System = system, ReleaseId = releaseId, EffectiveDate = effective, EndDate = end },
            CodeCount = 0, BillableCount = 0, HeaderCount = 0, ModifierCount = 0, TerminatedCount = 0, Sources = [],
        });
        return this;
    }

    public FakeIndex WithCode(MedicalCode code)
    {
        _codes.Add(code with { Order = _codes.Count + 1 });
        return this;
    }

    /// <summary>Adds an Alphabetic Index entry giving <paramref name="dottedCode"/>; its path becomes a synonym.</summary>
    public FakeIndex WithIndexEntry(string dottedCode, params string[] path)
    {
        _entries.Add(new AlphabeticIndexEntry { Index = AlphabeticIndexKind.Diseases, Path = path, Code = dottedCode, ReleaseId = TestCodes.Release });
        Reference = new ReferenceLookup(new ReferenceData { TargetReleaseId = TestCodes.Release, Entries = _entries.ToList() });
        return this;
    }

    /// <summary>Serves <paramref name="data"/> as the reference material (Tabular List, tables).</summary>
    public FakeIndex WithReference(ReferenceData data)
    {
        Reference = new ReferenceLookup(data);
        return this;
    }

    public MedicalCode? Find(CodeSystemId system, string releaseId, string undottedCode) =>
        _codes.FirstOrDefault(c => c.System == system && c.ReleaseId == releaseId && c.Code == undottedCode);

    public DeletedCode? FindDeleted(CodeSystemId system, string releaseId, string undottedCode) => null;

    public IReadOnlyList<MedicalCode> Codes(CodeSystemId system, string releaseId) =>
        _codes.Where(c => c.System == system && c.ReleaseId == releaseId).OrderBy(c => c.Order).ToList();

    public IReadOnlyList<MedicalCode> Children(MedicalCode code) =>
        _codes.Where(c => c.System == code.System && c.ReleaseId == code.ReleaseId && c.ParentCode == code.Code)
            .OrderBy(c => c.Order).ToList();

    public SearchPage Search(SearchScope scope, string text, int offset, int limit) =>
        throw new NotSupportedException("The fake index does not search.");

    public IReadOnlyList<EntryHit> SearchEntries(string text, AlphabeticIndexKind? kind, int limit) =>
        throw new NotSupportedException("The fake index does not search.");
}
