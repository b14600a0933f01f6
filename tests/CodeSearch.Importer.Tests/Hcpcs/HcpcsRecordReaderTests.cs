using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Hcpcs;
using CodeSearch.Importer.Tests.Support;
using static CodeSearch.Importer.Tests.Support.TestLines;

namespace CodeSearch.Importer.Tests.Hcpcs;

public class HcpcsRecordReaderTests
{
    private static readonly string J0696 = HcpcsRecord("J0696", '3', "Injection, ceftriaxone sodium, per 250 mg", "Inj ceftriaxone sod 250 mg", "19940101", "19970101", "", "N");

    private static IReadOnlyList<MedicalCode> Read(string text) => HcpcsRecordReader.Read(new StringReader(text), "2026-01", "hcpcs.txt");

    private static SourceDataException Fails(string text) => Assert.Throws<SourceDataException>(() => Read(text));

    [Fact]
    public void Read_Fixture_ReadsCodesModifiersAndOddities()
    {
        using var reader = new StreamReader(Fixtures.HcpcsFile);

        var codes = HcpcsRecordReader.Read(reader, "2026-01", "fixture");

        Assert.Equal(15, codes.Count);
        Assert.Equal(12, codes.Count(c => c.Kind == CodeKind.Code && c.Billable));
        Assert.Equal(["GA", "LT", "RT"], codes.Where(c => c.Kind == CodeKind.Modifier).Select(c => c.Code));
        Assert.Equal("Waiver of liability statement issued as required by payer policy, individual case",
            codes.Single(c => c.Code == "GA").Description);
        Assert.Equal("Annual wellness visit; includes a personalized prevention plan of service (pps), initial visit",
            codes.Single(c => c.Code == "G0438").Description);
        Assert.Equal("Behavioral counseling for diabetes prevention, online, 60 minutes", codes.Single(c => c.Code == "G9871").Description);
        Assert.Equal(new DateOnly(2021, 12, 31), codes.Single(c => c.Code == "A4397").TerminationDate);
        Assert.Equal(Enumerable.Range(1, 15), codes.Select(c => c.Order));
    }

    [Fact]
    public void Read_ProcedureRecord_MapsFields()
    {
        var code = Read(Crlf(J0696)).Single();

        Assert.Equal("J0696", code.Code);
        Assert.Equal("Injection, ceftriaxone sodium, per 250 mg", code.Description);
        Assert.Equal("Inj ceftriaxone sod 250 mg", code.ShortDescription);
        Assert.Equal((CodeKind.Code, true, (string?)null), (code.Kind, code.Billable, code.ParentCode));
        Assert.Equal(new DateOnly(1994, 1, 1), code.AddDate);
        Assert.Equal(new DateOnly(1997, 1, 1), code.ActionEffectiveDate);
        Assert.Null(code.TerminationDate);
        Assert.Equal("N", code.ActionCode);
    }

    [Fact]
    public void Read_LfAndTrailingPaddingStripped_SameResult()
    {
        Assert.Equal(Read(Crlf(J0696)), Read(Lf(J0696.TrimEnd())));
    }

    [Fact]
    public void Read_ContinuationRecords_JoinWithOneSpace()
    {
        var codes = Read(Crlf(HcpcsRecord("GY", '7', "Item or service statutorily excluded,", "Statutorily excluded", "20020101", "20020101", "", "N"),
            HcpcsRecord("GY", '8', "  does not meet the definition  "), HcpcsRecord("GY", '8', "of any benefit")));

        var gy = Assert.Single(codes);
        Assert.Equal("Item or service statutorily excluded, does not meet the definition of any benefit", gy.Description);
        Assert.Equal((CodeKind.Modifier, false), (gy.Kind, gy.Billable));
    }

    [Fact]
    public void Read_OverLongRecordBlankAfter320_IsAccepted()
    {
        Assert.Single(Read(Crlf(J0696 + new string(' ', 226), new string(' ', 296))));
    }

    [Fact]
    public void Read_OverLongRecordWithText_Throws()
    {
        Assert.Contains("hcpcs.txt line 1: record is 325 characters", Fails(J0696 + "JUNK!").Message);
    }

    [Fact]
    public void Read_UnknownRecordId_ThrowsWithLine()
    {
        Assert.Equal("hcpcs.txt line 2: record ID in column 11 is '5'; expected 3, 4, 7 or 8",
            Fails(Crlf(J0696, HcpcsRecord("J0697", '5', "x"))).Message);
    }

    [Fact]
    public void Read_ContinuationOfOtherCode_Throws()
    {
        Assert.Contains("line 2: continuation record for J1100 does not follow", Fails(Crlf(J0696, HcpcsRecord("J1100", '4', "more"))).Message);
    }

    [Fact]
    public void Read_ContinuationFirst_Throws()
    {
        Assert.Contains("line 1: continuation record", Fails(Crlf(HcpcsRecord("J0696", '4', "more"))).Message);
    }

    [Fact]
    public void Read_InvalidDate_Throws()
    {
        Assert.Contains("line 1: termination date in columns 285-292 '20261332' is not YYYYMMDD",
            Fails(HcpcsRecord("J0696", '3', "x", "x", "19940101", "19970101", "20261332", "D")).Message);
    }

    [Fact]
    public void Read_DuplicateCode_Throws()
    {
        Assert.Contains("line 2: J0696 already appeared on line 1", Fails(Crlf(J0696, J0696)).Message);
    }

    [Fact]
    public void Read_ModifierWithTextInColumns1To3_Throws()
    {
        Assert.Contains("are not a modifier", Fails("XX" + HcpcsRecord("GA", '7', "Waiver", "Waiver", "20020101", "20020101", "", "N")[2..]).Message);
    }

    [Fact]
    public void Read_ProcedureCodeOfWrongShape_Throws()
    {
        Assert.Contains("'99213' are not a HCPCS code", Fails(HcpcsRecord("99213", '3', "x")).Message);
    }

    [Fact]
    public void Read_FirstRecordWithoutDescription_Throws()
    {
        Assert.Contains("J0696 has no long description", Fails(HcpcsRecord("J0696", '3', "")).Message);
    }
}
