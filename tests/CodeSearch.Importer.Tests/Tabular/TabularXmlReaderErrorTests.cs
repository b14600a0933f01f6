using CodeSearch.Core.Errors;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.Tabular;

namespace CodeSearch.Importer.Tests.Tabular;

public class TabularXmlReaderErrorTests
{
    private static TabularList Read(string xml) => TabularXmlReader.Read(XmlInput.Of(xml), "FY2023", "tab.xml");

    private static SourceDataException Fails(string xml) => Assert.Throws<SourceDataException>(() => Read(xml));

    private static string Tabular(string diags) => $"""
        <ICD10CM.tabular>
          <chapter>
            <name>4</name>
            <desc>Chapter</desc>
            <section id="E08-E13">
              <desc>Section</desc>
        {diags}
            </section>
          </chapter>
        </ICD10CM.tabular>
        """;

    [Fact]
    public void Read_MalformedXml_ThrowsWithFileAndLine()
    {
        var ex = Fails("<ICD10CM.tabular>\n  <chapter>\n    <name>4</name>\n  </chaptr>\n</ICD10CM.tabular>");

        Assert.StartsWith("tab.xml line 4: malformed XML:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongRoot_Throws()
    {
        Assert.Equal("tab.xml line 1: root element is <ICD10CM.index>; expected <ICD10CM.tabular>", Fails("<ICD10CM.index/>").Message);
    }

    [Fact]
    public void Read_DiagWithoutName_ThrowsWithItsLine()
    {
        var ex = Fails(Tabular("      <diag>\n        <desc>No name</desc>\n      </diag>"));

        Assert.Equal("tab.xml line 7: <diag> has no <name>", ex.Message);
    }

    [Fact]
    public void Read_DiagWithEmptyDesc_Throws()
    {
        Assert.Contains("<desc> is empty", Fails(Tabular("<diag><name>E11</name><desc>  </desc></diag>")).Message);
    }

    [Fact]
    public void Read_SectionWithoutId_Throws()
    {
        Assert.Contains("<section> has no id attribute",
            Fails("<ICD10CM.tabular><chapter><name>4</name><desc>C</desc><section><desc>S</desc></section></chapter></ICD10CM.tabular>").Message);
    }

    [Fact]
    public void Read_ChapterWithoutDesc_Throws()
    {
        Assert.Contains("<chapter> has no <desc>", Fails("<ICD10CM.tabular><chapter><name>4</name></chapter></ICD10CM.tabular>").Message);
    }

    [Fact]
    public void Read_DuplicateCode_Throws()
    {
        var ex = Fails(Tabular("<diag><name>E11</name><desc>A</desc></diag>\n<diag><name>E11</name><desc>B</desc></diag>"));

        Assert.Contains("code E11 appears twice", ex.Message);
    }

    [Fact]
    public void Read_SectionSharingIdWithItsCategory_IsAllowed()
    {
        var list = Read("<ICD10CM.tabular><chapter><name>4</name><desc>C</desc><section id=\"E36\"><desc>S</desc>" +
                        "<diag><name>E36</name><desc>D</desc></diag></section></chapter></ICD10CM.tabular>");

        Assert.Equal(["4", "E36", "E36"], list.Nodes.Select(n => n.Id));
    }

    [Theory]
    [InlineData("<extension>x</extension>", "<extension> has no char attribute")]
    [InlineData("<extension char=\"AB\">x</extension>", "is not a single letter or digit")]
    [InlineData("<extension char=\"A\"> </extension>", "has no text")]
    [InlineData("<extension char=\"A\">x</extension><extension char=\"A\">y</extension>", "7th character A is defined twice")]
    [InlineData("", "<sevenChrDef> has no <extension>")]
    public void Read_BadSevenChrDef_Throws(string extensions, string problem)
    {
        Assert.Contains(problem, Fails(Tabular($"<diag><name>S72</name><desc>D</desc><sevenChrDef>{extensions}</sevenChrDef></diag>")).Message);
    }

    [Fact]
    public void Read_NoteInsideSevenChrDef_IsNotAnExtension()
    {
        var node = Read(Tabular("<diag><name>S72</name><desc>D</desc><sevenChrDef><extension char=\"A\">initial</extension>" +
                                "<note>continuation</note><extension char=\"B\">open</extension></sevenChrDef></diag>")).Nodes[^1];

        Assert.Equal("AB", string.Concat(node.SevenCharacters.Select(c => c.Character)));
        Assert.Empty(node.Notes);
    }

    [Fact]
    public void Read_UnknownElementsAndIntroduction_AreSkipped()
    {
        var list = Read("<ICD10CM.tabular><version>2023</version><introduction><introSection><title>T</title></introSection></introduction>" +
                        "<chapter><name>7</name><desc>Eye</desc><section id=\"H53-H54\"><desc>S</desc><diag><name>H54</name><desc>Blindness</desc>" +
                        "<visualImpairment><visCategory><heading>h</heading></visCategory></visualImpairment></diag></section></chapter></ICD10CM.tabular>");

        Assert.Equal(3, list.Nodes.Count);
        Assert.Empty(list.Nodes[^1].Notes);
    }

    [Fact]
    public void Read_BlankNote_IsSkipped()
    {
        var node = Read(Tabular("<diag><name>E11</name><desc>D</desc><excludes1><note> </note><note>x (E10.-)</note></excludes1></diag>")).Nodes[^1];

        Assert.Equal("x (E10.-)", node.Notes.Single().Text);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.Throws<OperationCanceledException>(() => TabularXmlReader.Read(XmlInput.Of(Tabular("")), "FY2023", "tab.xml", cts.Token));
    }

    [Fact]
    public void Read_TruncatedGzip_ThrowsNamingFile()
    {
        var bytes = ((MemoryStream)XmlInput.Gzipped(Tabular(""))).ToArray();
        using var gzip = new System.IO.Compression.GZipStream(new MemoryStream(bytes[..(bytes.Length / 2)]), System.IO.Compression.CompressionMode.Decompress);

        var ex = Assert.Throws<SourceDataException>(() => TabularXmlReader.Read(gzip, "FY2023", "tab.xml.gz"));

        Assert.StartsWith("tab.xml.gz", ex.Message, StringComparison.Ordinal);
    }
}
