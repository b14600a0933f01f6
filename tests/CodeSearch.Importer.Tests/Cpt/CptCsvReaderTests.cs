using CodeSearch.Core;
using CodeSearch.Core.Errors;
using CodeSearch.Importer.Cpt;

namespace CodeSearch.Importer.Tests.Cpt;

public class CptCsvReaderTests
{
    private const string Header = "code,short_description,long_description\r\n";

    private static IReadOnlyList<MedicalCode> Read(string text) => CptCsvReader.Read(new StringReader(text), "2026", "cpt.csv");

    private static SourceDataException Fails(string text) => Assert.Throws<SourceDataException>(() => Read(text));

    [Fact]
    public void Read_CodesAndModifiers_MapKindAndBillable()
    {
        var codes = Read(Header + "00001,Sample one,\"Sample procedure one, fictional\"\r\nzz,Sample mod,Sample modifier\r\n");

        Assert.Equal(("00001", CodeKind.Code, true, "Sample procedure one, fictional", 1), (codes[0].Code, codes[0].Kind, codes[0].Billable, codes[0].Description, codes[0].Order));
        Assert.Equal(("ZZ", CodeKind.Modifier, false, 2), (codes[1].Code, codes[1].Kind, codes[1].Billable, codes[1].Order));
        Assert.All(codes, c => Assert.Equal(CodeSystemId.Cpt, c.System));
    }

    [Fact]
    public void Read_DuplicateCode_ThrowsWithBothLines()
    {
        Assert.Equal("cpt.csv line 3: code 00001 already appeared on line 2",
            Fails(Header + "00001,a,Sample a\r\n00001,b,Sample b\r\n").Message);
    }

    [Fact]
    public void Read_WrongHeader_Throws()
    {
        Assert.Contains("line 1: header is 'code,description'", Fails("code,description\n00001,x\n").Message);
    }

    [Theory]
    [InlineData("0001,a,Sample")]
    [InlineData("0001X,a,Sample")]
    [InlineData("J0696,a,Sample")]
    [InlineData("ABC,a,Sample")]
    public void Read_CodeNotCptShaped_ThrowsWithLine(string row)
    {
        Assert.Contains("line 2: code", Fails(Header + row + "\r\n").Message);
    }

    [Fact]
    public void Read_WrongFieldCount_Throws()
    {
        Assert.Contains("line 2: row has 2 fields; expected 3", Fails(Header + "00001,Sample\r\n").Message);
    }

    [Fact]
    public void Read_EmptyLongDescription_Throws()
    {
        Assert.Contains("00001 has an empty long_description", Fails(Header + "00001,Sample,  \r\n").Message);
    }

    [Fact]
    public void Read_EmptyFile_Throws()
    {
        Assert.Contains("is empty", Fails("\r\n").Message);
    }
}
