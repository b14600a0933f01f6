using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Icd10;

namespace CodeSearch.Importer.Tests.Icd10;

public class OrderReleaseBuilderTests
{
    private static readonly OrderFileRow[] Rows =
    [
        new(1, 1, "B880", false, "Other acariasis", "Other acariasis"),
        new(2, 2, "B8801", true, "Infestation by Demodex mites", "Infestation by Demodex mites"),
        new(3, 3, "E11", false, "Type 2 diabetes mellitus", "Type 2 diabetes mellitus"),
        new(4, 4, "E119", true, "Type 2 diabetes mellitus without complications", "Type 2 diabetes mellitus without complications"),
        new(5, 5, "L02212", true, "Cutaneous abscess of back", "Cutaneous abscess of back [any part, except buttock and flank]"),
    ];

    private static AddendaEntry Entry(AddendaAction action, string code, bool? valid = true) => new(1, action, code, valid, code, code + " title");

    private static OrderAddenda Addenda(params AddendaEntry[] entries) => new("addenda.txt", entries);

    private static (IReadOnlyList<MedicalCode> Codes, IReadOnlyList<DeletedCode> Deleted) Build(OrderAddenda? addenda) =>
        OrderReleaseBuilder.Build(CodeSystemId.Icd10Cm, "FY2026", Rows, addenda);

    [Fact]
    public void Build_WithoutAddenda_MapsFlagParentAndOrder()
    {
        var codes = Build(null).Codes;

        var e119 = codes.Single(c => c.Code == "E119");
        Assert.Equal((CodeKind.Code, true, "E11", 4, ReleaseChange.None), (e119.Kind, e119.Billable, e119.ParentCode, e119.Order, e119.Change));
        var e11 = codes.Single(c => c.Code == "E11");
        Assert.Equal((CodeKind.Header, false, (string?)null), (e11.Kind, e11.Billable, e11.ParentCode));
        Assert.Equal("Type 2 diabetes mellitus without complications", e119.Description);
        Assert.Equal("FY2026", e119.ReleaseId);
    }

    [Fact]
    public void Build_DeletedThenAddedWithNewFlag_IsRevisedStatusNotDeletion()
    {
        var (codes, deleted) = Build(Addenda(Entry(AddendaAction.Delete, "B880", true), Entry(AddendaAction.Add, "B880", false),
            Entry(AddendaAction.Add, "B8801")));

        Assert.Equal(ReleaseChange.Revised, codes.Single(c => c.Code == "B880").Change);
        Assert.Equal(ReleaseChange.Added, codes.Single(c => c.Code == "B8801").Change);
        Assert.Empty(deleted);
    }

    [Fact]
    public void Build_DeletedCodeAbsentFromOrderFile_BecomesDeletedCode()
    {
        var deleted = Build(Addenda(Entry(AddendaAction.Delete, "S301XXA"))).Deleted;

        Assert.Equal([new DeletedCode(CodeSystemId.Icd10Cm, "S301XXA", "S301XXA title", "FY2026")], deleted);
    }

    [Fact]
    public void Build_RevisedTitle_IsRevised()
    {
        var codes = Build(Addenda(Entry(AddendaAction.ReviseFrom, "L02212"), Entry(AddendaAction.ReviseTo, "L02212"))).Codes;

        Assert.Equal(ReleaseChange.Revised, codes.Single(c => c.Code == "L02212").Change);
        Assert.Equal(ReleaseChange.None, codes.Single(c => c.Code == "E119").Change);
    }

    [Fact]
    public void Build_AddendaAddCodeMissingFromOrderFile_Throws()
    {
        var ex = Assert.Throws<SourceDataException>(() => Build(Addenda(Entry(AddendaAction.Add, "E11A"))));

        Assert.Contains("addenda.txt line 1", ex.Message);
        Assert.Contains("E11A", ex.Message);
    }
}
