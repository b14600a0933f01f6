using CodeSearch.Core;
using CodeSearch.Core.Reference;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>
/// One code (I45.9) whose own description shares no word with two of its Alphabetic Index terms ("Block, blocked ›
/// heart", "Attack, attacks › Adams-Stokes"): the fixture of the synonym provenance tests.
/// </summary>
internal static class ConductionBlockFixture
{
    public static readonly MedicalCode Conduction = new()
    {
        System = CodeSystemId.Icd10Cm, Code = "I459", Description = "Conduction disorder, unspecified", Kind = CodeKind.Code,
        Billable = true, ReleaseId = "FY2026",
    };

    public static readonly ReferenceLookup Reference = new(new ReferenceData
    {
        TargetReleaseId = "FY2026",
        Entries =
        [
            new AlphabeticIndexEntry { Index = AlphabeticIndexKind.Diseases, Path = ["Block, blocked", "heart"], Code = "I45.9", ReleaseId = "FY2023" },
            new AlphabeticIndexEntry { Index = AlphabeticIndexKind.Diseases, Path = ["Attack, attacks", "Adams-Stokes"], Code = "I45.9", ReleaseId = "FY2023" },
        ],
        SeeTargets = [-1, -1],
    });
}
