using CodeSearch.Core;
using CodeSearch.Importer.Loading;
using CodeSearch.Importer.Manifest;

namespace CodeSearch.Importer.Tests.Loading;

public class ImportCountsTests
{
    private static MedicalCode Code(string code, CodeKind kind, DateOnly? termination = null) => new()
    {
        System = CodeSystemId.Hcpcs, Code = code, Description = "d", Kind = kind, Billable = kind == CodeKind.Code,
        ReleaseId = "r", TerminationDate = termination,
    };

    [Fact]
    public void Of_MixedKinds_CountsEach()
    {
        var counts = ImportCounts.Of([Code("A0001", CodeKind.Code), Code("A0002", CodeKind.Code, new DateOnly(2020, 1, 1)), Code("GA", CodeKind.Modifier)]);

        Assert.Equal(new ImportCounts(3, 2, 2, 0, 1, 1), counts);
    }

    [Fact]
    public void Mismatches_OnlyCheckedCountsThatDiffer_AreListed()
    {
        var counts = new ImportCounts(10, 8, 8, 0, 2, 7);

        Assert.Equal(["entries 9,006 expected, 10 read", "notTerminated 7,323 expected, 7 read"],
            counts.Mismatches(new ExpectedCounts(9006, null, 8, 2, 7323)));
        Assert.Empty(counts.Mismatches(new ExpectedCounts(null, null, null, null, null)));
    }
}
