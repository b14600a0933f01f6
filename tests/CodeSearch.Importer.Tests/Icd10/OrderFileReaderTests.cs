using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Icd10;
using CodeSearch.Importer.Tests.Support;
using static CodeSearch.Importer.Tests.Support.TestLines;

namespace CodeSearch.Importer.Tests.Icd10;

public class OrderFileReaderTests
{
    private static readonly string[] Rows =
    [
        Order(1, "E11", '0', "Type 2 diabetes mellitus", "Type 2 diabetes mellitus"),
        Order(2, "E119", '1', "Type 2 diabetes mellitus without complications", "Type 2 diabetes mellitus without complications"),
    ];

    private static IReadOnlyList<OrderFileRow> Read(string text, CodeSystemId system = CodeSystemId.Icd10Cm) =>
        OrderFileReader.Read(new StringReader(text), system, "test-order.txt");

    private static SourceDataException Fails(string text, CodeSystemId system = CodeSystemId.Icd10Cm) =>
        Assert.Throws<SourceDataException>(() => Read(text, system));

    [Fact]
    public void Read_CrlfAndLf_GiveSameRows()
    {
        Assert.Equal(Read(Lf(Rows)), Read(Crlf(Rows)));
    }

    [Fact]
    public void Read_Row_SplitsColumns()
    {
        var row = Read(Crlf(Rows))[1];

        Assert.Equal(new OrderFileRow(2, 2, "E119", true, "Type 2 diabetes mellitus without complications",
            "Type 2 diabetes mellitus without complications"), row);
    }

    [Fact]
    public void Read_TrailingBlankAndSpacesOnlyLines_AreSkipped()
    {
        Assert.Equal(2, Read(Crlf(Rows) + "\r\n   \r\n" + new string(' ', 296)).Count);
    }

    [Fact]
    public void Read_LineWithTrailingPadding_TrimsLongTitle()
    {
        var row = Read(Rows[1] + new string(' ', 40) + "\r\n").Single();

        Assert.Equal("Type 2 diabetes mellitus without complications", row.LongDescription);
    }

    [Fact]
    public void Read_PcsCode_UsesPcsShape()
    {
        var rows = Read(Lf(Order(1, "0DT", '0', "Gastrointestinal System, Resection", "Gastrointestinal System, Resection"),
            Order(2, "0DTJ0ZZ", '1', "Resection of Appendix, Open Approach", "Resection of Appendix, Open Approach")), CodeSystemId.Icd10Pcs);

        Assert.Equal(["0DT", "0DTJ0ZZ"], rows.Select(r => r.Code));
    }

    [Fact]
    public void Read_BadValidFlag_ThrowsWithFileLineAndProblem()
    {
        var ex = Fails(Crlf(Rows[0], Rows[1].Remove(14, 1).Insert(14, "Y")));

        Assert.Equal("test-order.txt line 2: valid flag in column 15 is 'Y'; expected 0 or 1", ex.Message);
    }

    [Fact]
    public void Read_LineWithoutLongTitle_Throws()
    {
        Assert.Contains("line 1: line is 31 characters", Fails("00001 E11     0 Type 2 diabetes\r\n").Message);
    }

    [Fact]
    public void Read_NonNumericOrderNumber_Throws()
    {
        Assert.Contains("5-digit order number", Fails("X" + Rows[0][1..]).Message);
    }

    [Fact]
    public void Read_ShiftedColumns_Throws()
    {
        Assert.Contains("line 1: expected a space in column 6, found 'X'", Fails(Rows[0].Remove(5, 1).Insert(5, "X")).Message);
    }

    [Fact]
    public void Read_CodeOfWrongShape_Throws()
    {
        Assert.Contains("'11E' is not a well-formed ICD-10-CM code", Fails(Order(1, "11E", '0', "x", "x")).Message);
    }

    [Fact]
    public void Read_DuplicateCode_ThrowsNamingBothLines()
    {
        Assert.Contains("line 3: code E11 already appeared on line 1",
            Fails(Crlf(Rows[0], Rows[1], Order(3, "E11", '0', "x", "x"))).Message);
    }

    [Fact]
    public void Read_OrderNumberGoingBack_Throws()
    {
        Assert.Contains("order number 1 does not follow 2", Fails(Crlf(Rows[1], Rows[0])).Message);
    }

    [Fact]
    public void Read_Fixture_ReadsAllRows()
    {
        using var reader = new StreamReader(Path.Combine(Fixtures.CmFolder, "icd10cm-order-2026.txt"));

        var rows = OrderFileReader.Read(reader, CodeSystemId.Icd10Cm, "fixture");

        Assert.Equal(47, rows.Count);
        Assert.Equal(27, rows.Count(r => r.Valid));
        Assert.Equal(Enumerable.Range(1, 47), rows.Select(r => r.Order));
    }
}
