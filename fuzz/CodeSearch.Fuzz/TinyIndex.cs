using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Core.Reference;
using CodeSearch.Core.Search;

namespace CodeSearch.Fuzz;

/// <summary>A few hand-made ICD-10-CM codes in memory: enough for the suggestion engine to find mentions in a note.</summary>
internal sealed class TinyIndex : ICodeIndex, IIndexProvider
{
    private const string ReleaseId = "FY2026";

    private readonly List<MedicalCode> _codes =
    [
        Code("E11", "Type 2 diabetes mellitus", null, false), Code("E119", "Type 2 diabetes mellitus without complications", "E11"),
        Code("I10", "Essential (primary) hypertension"), Code("J18", "Pneumonia, unspecified organism", null, false),
        Code("J189", "Pneumonia, unspecified organism", "J18"), Code("C50", "Malignant neoplasm of breast", null, false),
        Code("C50919", "Malignant neoplasm of unspecified site of unspecified female breast", "C50"),
        Code("R07", "Pain in throat and chest", null, false), Code("R079", "Chest pain, unspecified", "R07"),
    ];

    public string Generation => "fuzz";
    public bool IsSample => true;
    public IReadOnlyList<LoadedRelease> Releases { get; } =
    [
        new()
        {
            Release = new CodeRelease { System = CodeSystemId.Icd10Cm, ReleaseId = ReleaseId, EffectiveDate = new DateOnly(2025, 10, 1), EndDate = new DateOnly(2026, 9, 30) },
            CodeCount = 9, BillableCount = 5, HeaderCount = 4, ModifierCount = 0, TerminatedCount = 0, Sources = [],
        },
    ];
    public IReadOnlyList<ReferenceSourceInfo> ReferenceSources => [];
    public ReferenceLookup Reference { get; } = new(new ReferenceData
    {
        TargetReleaseId = ReleaseId,
        Entries = [new AlphabeticIndexEntry { Index = AlphabeticIndexKind.Diseases, Path = ["Hypertension"], Code = "I10", ReleaseId = ReleaseId }],
    });

    ICodeIndex IIndexProvider.Current => this;
    bool IIndexProvider.IsReady => true;

    public MedicalCode? Find(CodeSystemId system, string releaseId, string undottedCode) =>
        _codes.FirstOrDefault(c => c.System == system && c.ReleaseId == releaseId && c.Code == undottedCode);

    public DeletedCode? FindDeleted(CodeSystemId system, string releaseId, string undottedCode) => null;

    public IReadOnlyList<MedicalCode> Codes(CodeSystemId system, string releaseId) =>
        _codes.Where(c => c.System == system && c.ReleaseId == releaseId).ToList();

    public IReadOnlyList<MedicalCode> Children(MedicalCode code) => _codes.Where(c => c.ParentCode == code.Code).ToList();

    public SearchPage Search(SearchScope scope, string text, int offset, int limit) => throw new NotSupportedException();

    public IReadOnlyList<EntryHit> SearchEntries(string text, AlphabeticIndexKind? kind, int limit) => throw new NotSupportedException();

    private static MedicalCode Code(string code, string description, string? parent = null, bool billable = true) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Kind = billable ? CodeKind.Code : CodeKind.Header,
        Billable = billable, ParentCode = parent, ReleaseId = ReleaseId,
    };
}
