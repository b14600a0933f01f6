using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Icd10;
using CodeSearch.Importer.Tests.Support;
using static CodeSearch.Importer.Tests.Support.TestLines;

namespace CodeSearch.Importer.Tests.Icd10;

public class OrderAddendaReaderTests
{
    private static OrderAddenda Read(string text, CodeSystemId system = CodeSystemId.Icd10Cm) =>
        OrderAddendaReader.Read(new StringReader(text), system, "addenda.txt");

    [Fact]
    public void Read_CmLine_ReadsFlagCodeAndTitles()
    {
        var entry = Read(Crlf("Add:         1 E11A    Short title                                                  Long title")).Entries.Single();

        Assert.Equal(new AddendaEntry(1, AddendaAction.Add, "E11A", true, "Short title", "Long title"), entry);
    }

    [Fact]
    public void Read_PcsLine_HasNoFlag()
    {
        var entry = Read(Crlf(PcsAddenda("Delete:", "XXEBXQ6", "Old new-technology code")), CodeSystemId.Icd10Pcs).Entries.Single();

        Assert.Equal(AddendaAction.Delete, entry.Action);
        Assert.Equal("XXEBXQ6", entry.Code);
        Assert.Null(entry.Valid);
    }

    [Fact]
    public void Read_PcsHeaderStartingWithDigit_IsNotMistakenForFlag()
    {
        var entry = Read(Lf(PcsAddenda("Add:", "0DT", "Gastrointestinal System, Resection")), CodeSystemId.Icd10Pcs).Entries.Single();

        Assert.Equal("0DT", entry.Code);
    }

    [Fact]
    public void Read_SummaryBlock_IsIgnored()
    {
        var text = Crlf(CmAddenda("Delete:", '1', "B880", "Other acariasis"), CmAddenda("Add:", '0', "B880", "Other acariasis"),
            "", "Headers", "      1 additions", "Codes", "     28 deletions", "Add: this would be malformed", "");

        var addenda = Read(text);

        Assert.Equal([AddendaAction.Delete, AddendaAction.Add], addenda.Entries.Select(e => e.Action));
        Assert.Equal([true, false], addenda.Entries.Select(e => e.Valid));
    }

    [Fact]
    public void Read_RevisionPair_KeepsBothTitles()
    {
        var addenda = Read(Crlf(CmAddenda("Revise from:", '1', "L02212", "Old title"), CmAddenda("Revise to:", '1', "L02212", "New title")));

        Assert.Equal(["Old title", "New title"], addenda.Entries.Select(e => e.LongDescription));
    }

    [Fact]
    public void Read_ReviseToWithoutFrom_ThrowsWithLine()
    {
        var ex = Assert.Throws<SourceDataException>(() => Read(Crlf(CmAddenda("Add:", '1', "E11A", "x"), CmAddenda("Revise to:", '1', "E119", "x"))));

        Assert.Contains("addenda.txt line 2:", ex.Message);
    }

    [Fact]
    public void Read_ReviseFromWithoutTo_Throws()
    {
        var ex = Assert.Throws<SourceDataException>(() => Read(Crlf(CmAddenda("Revise from:", '1', "E119", "x"), CmAddenda("Add:", '1', "E11A", "x"))));

        Assert.Contains("line 1: 'Revise from:' E119 is not followed by 'Revise to:'", ex.Message);
    }

    [Fact]
    public void Read_FirstLineNotAChange_Throws()
    {
        var ex = Assert.Throws<SourceDataException>(() => Read("Modify:      1 E119    x\r\n"));

        Assert.Contains("line 1:", ex.Message);
        Assert.Contains("does not start with Add:", ex.Message);
    }

    [Fact]
    public void Read_ChangeLineWithBadCode_ThrowsWithLine()
    {
        var ex = Assert.Throws<SourceDataException>(() => Read(Crlf(CmAddenda("Add:", '1', "E11A", "x"), CmAddenda("Add:", '1', "e-11", "x"))));

        Assert.Contains("line 2:", ex.Message);
    }
}
