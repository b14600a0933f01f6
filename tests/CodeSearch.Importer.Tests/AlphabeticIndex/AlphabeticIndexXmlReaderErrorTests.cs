using CodeSearch.Core.Errors;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.AlphabeticIndex;
using CodeSearch.Importer.Tests.Tabular;

namespace CodeSearch.Importer.Tests.AlphabeticIndex;

public class AlphabeticIndexXmlReaderErrorTests
{
    private const string Heading = "<indexHeading><head col=\"1\">Substance</head><head col=\"2\">Poisoning Accidental (unintentional)</head></indexHeading>";

    private static SourceDataException Fails(string body, string heading = "") =>
        Assert.Throws<SourceDataException>(() => AlphabeticIndexXmlReader.Read(
            XmlInput.Of($"<ICD10CM.index>{heading}<letter><title>A</title>{body}</letter></ICD10CM.index>"), AlphabeticIndexKind.Drugs, "2026-04", "drug.xml"));

    [Fact]
    public void Read_MalformedXml_ThrowsWithFileAndLine()
    {
        var ex = Assert.Throws<SourceDataException>(() => AlphabeticIndexXmlReader.Read(
            XmlInput.Of("<ICD10CM.index>\n<letter>\n<mainTerm><title>A & B</title></mainTerm>\n</letter>\n</ICD10CM.index>"), AlphabeticIndexKind.Diseases, "FY2023", "index.xml"));

        Assert.StartsWith("index.xml line 3: malformed XML:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongRoot_Throws()
    {
        var ex = Assert.Throws<SourceDataException>(() => AlphabeticIndexXmlReader.Read(XmlInput.Of("<ICD10CM.tabular/>"), AlphabeticIndexKind.Diseases, "FY2023", "index.xml"));

        Assert.Contains("expected <ICD10CM.index>", ex.Message);
    }

    [Fact]
    public void Read_TermWithoutTitle_ThrowsWithLine()
    {
        Assert.Equal("drug.xml line 1: <term> has no <title>", Fails("<mainTerm><title>X</title><term level=\"1\"><code>A00</code></term></mainTerm>").Message);
    }

    [Fact]
    public void Read_EmptyTitle_Throws()
    {
        Assert.Contains("<title> is empty", Fails("<mainTerm><title> <nemod> </nemod></title></mainTerm>").Message);
    }

    [Fact]
    public void Read_LevelDisagreeingWithNesting_Throws()
    {
        Assert.Contains("<term level=\"2\"> is nested at level 1", Fails("<mainTerm><title>X</title><term level=\"2\"><title>y</title></term></mainTerm>").Message);
    }

    [Fact]
    public void Read_TermWithoutLevel_Throws()
    {
        Assert.Contains("<term> has no level attribute", Fails("<mainTerm><title>X</title><term><title>y</title></term></mainTerm>").Message);
    }

    [Fact]
    public void Read_TwoCodes_Throws()
    {
        Assert.Contains("<mainTerm> has more than one <code>", Fails("<mainTerm><title>X</title><code>A00</code><code>A01</code></mainTerm>").Message);
    }

    [Fact]
    public void Read_CellWithoutHeading_Throws()
    {
        Assert.Contains("<cell col=\"3\"> has no column heading", Fails("<mainTerm><title>X</title><cell col=\"3\">T39.1X1</cell></mainTerm>", Heading).Message);
    }

    [Fact]
    public void Read_CellInRowLabelColumn_Throws()
    {
        Assert.Contains("<cell col=\"1\"> has no column heading", Fails("<mainTerm><title>X</title><cell col=\"1\">x</cell></mainTerm>", Heading).Message);
    }

    [Fact]
    public void Read_CellWithBadColumn_Throws()
    {
        Assert.Contains("col=\"two\" is not a column number", Fails("<mainTerm><title>X</title><cell col=\"two\">x</cell></mainTerm>", Heading).Message);
    }

    [Fact]
    public void Read_HeadingNamedTwice_Throws()
    {
        Assert.Contains("column 2 is named twice", Fails("", "<indexHeading><head col=\"2\">a</head><head col=\"2\">b</head></indexHeading>").Message);
    }

    [Fact]
    public void Read_EmptyCell_IsKeptEmpty()
    {
        var entry = AlphabeticIndexXmlReader.Read(XmlInput.Of($"<ICD10CM.index>{Heading}<letter><title>A</title><mainTerm><title>X</title><cell col=\"2\"/></mainTerm></letter></ICD10CM.index>"),
            AlphabeticIndexKind.Drugs, "2026-04", "drug.xml").Single();

        Assert.Equal([new TableCell("Poisoning Accidental (unintentional)", "")], entry.Cells);
    }

    [Fact]
    public void Read_Subcat_IsTheCodeNeedingMoreCharacters()
    {
        var entry = AlphabeticIndexXmlReader.Read(XmlInput.Of("<ICD10CM.index><letter><title>O</title><mainTerm><title>Otalgia</title><subcat>H92.0</subcat>" +
                                                    "</mainTerm></letter></ICD10CM.index>"), AlphabeticIndexKind.Diseases, "FY2023", "index.xml").Single();

        Assert.Equal(("H92.0-", null), (entry.Code, entry.See));
    }

    [Fact]
    public void Read_Seecat_IsTheCategoryNeedingMoreCharacters()
    {
        var entry = AlphabeticIndexXmlReader.Read(XmlInput.Of("<ICD10CM.index><letter><title>M</title><mainTerm><title>Mononeuropathy</title><seecat>G59</seecat>" +
                                                    "</mainTerm></letter></ICD10CM.index>"), AlphabeticIndexKind.Diseases, "FY2023", "index.xml").Single();

        Assert.Equal("G59.-", entry.Code);
    }

    [Fact]
    public void Read_CodeAndSubcat_KeepsTheCode()
    {
        var entry = AlphabeticIndexXmlReader.Read(XmlInput.Of("<ICD10CM.index><letter><title>B</title><mainTerm><title>Bonnier's syndrome</title><code>H81.8X-</code>" +
                                                    "<subcat>H81.8</subcat></mainTerm></letter></ICD10CM.index>"), AlphabeticIndexKind.Diseases, "FY2023", "index.xml").Single();

        Assert.Equal("H81.8X-", entry.Code);
    }
}
