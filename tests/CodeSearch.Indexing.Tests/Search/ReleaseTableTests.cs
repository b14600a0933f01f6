using CodeSearch.Core;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The in-memory view of one release: lookup by code, children, prefix ranges.</summary>
public class ReleaseTableTests
{
    private static MedicalCode Code(string code, int order, string? parent = null) => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = code, Kind = CodeKind.Code, Billable = parent is not null,
        ReleaseId = "FY2026", Order = order, ParentCode = parent,
    };

    // Official order differs from code order (C4A after C49, as in ICD-10-CM), and the input is in neither.
    private static readonly MedicalCode[] Codes =
    [
        Code("C4A", 3), Code("C49", 1), Code("C4A0", 4, "C4A"), Code("C490", 2, "C49"), Code("C50", 5), Code("C4A9", 6, "C4A"),
    ];

    [Fact]
    public void Find_EveryCode_ThatCode()
    {
        var table = new ReleaseTable(CodeSystemId.Icd10Cm, Codes);

        foreach (var c in Codes) Assert.Same(c, table.Find(c.Code));
        Assert.Equal(Codes.Length, table.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("A00")]
    [InlineData("C4")]
    [InlineData("C4A1")]
    [InlineData("C51")]
    [InlineData("c49")]
    public void Find_UnknownCode_Null(string code) => Assert.Null(new ReleaseTable(CodeSystemId.Icd10Cm, Codes).Find(code));

    [Fact]
    public void Construct_CodeTwice_Refused() =>
        Assert.Throws<ArgumentException>(() => new ReleaseTable(CodeSystemId.Icd10Cm, [.. Codes, Code("C490", 7, "C49")]));

    [Fact]
    public void InOrderChildrenAndPrefix_OfficialAndCodeOrder()
    {
        var table = new ReleaseTable(CodeSystemId.Icd10Cm, Codes);

        Assert.Equal(["C49", "C490", "C4A", "C4A0", "C50", "C4A9"], table.InOrder.Select(c => c.Code));
        Assert.Equal(["C4A0", "C4A9"], table.Children("C4A").Select(c => c.Code));
        Assert.Equal(["C49", "C490", "C4A", "C4A0", "C4A9"], table.WithPrefix("C4").Select(c => c.Code));
    }

    [Fact]
    public void ByRelease_SeveralReleases_OneTablePerReleaseBuiltSideBySide()
    {
        MedicalCode[] codes = [.. Codes, .. Codes.Select(c => c with { ReleaseId = "FY2025" }), new() { System = CodeSystemId.Hcpcs,
            Code = "A0021", Description = "A0021", Kind = CodeKind.Code, Billable = true, ReleaseId = "2026-01", Order = 1 }];

        var tables = ReleaseTable.ByRelease(codes);

        Assert.Equal(3, tables.Count);
        Assert.Equal(Codes.Length, tables[LuceneSchema.ReleaseKeyOf(CodeSystemId.Icd10Cm, "FY2025")].Count);
        Assert.Equal(CodeSystemId.Hcpcs, tables[LuceneSchema.ReleaseKeyOf(CodeSystemId.Hcpcs, "2026-01")].System);
        Assert.Same(codes[0], tables[LuceneSchema.ReleaseKeyOf(CodeSystemId.Icd10Cm, "FY2026")].Find("C4A"));
    }

    [Fact]
    public void ByRelease_CodeTwiceInOneOfSeveralReleases_RefusedAsOneTableRefusesIt()
    {
        MedicalCode[] codes = [.. Codes, .. Codes.Select(c => c with { ReleaseId = "FY2025" }), Code("C50", 7)];

        var ex = Assert.Throws<ArgumentException>(() => ReleaseTable.ByRelease(codes));

        Assert.Contains("C50 appears twice", ex.Message);
    }
}
