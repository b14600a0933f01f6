using System.Text;
using CodeSearch.Core.Errors;
using CodeSearch.Core.Reference;
using CodeSearch.Importer.AlphabeticIndex;
using CodeSearch.Importer.Tabular;

namespace CodeSearch.Importer.Tests.Tabular;

/// <summary>
/// Element nesting is limited (the CDC files nest at most 13 deep): a file nesting thousands deep is rejected as
/// malformed instead of loading in quadratic time and recursing the readers into a stack overflow.
/// </summary>
public class XmlNestingTests
{
    private static string NestedDiags(int depth)
    {
        var xml = new StringBuilder("<ICD10CM.tabular><chapter><name>1</name><desc>c</desc><section id=\"Q90-Q99\"><desc>s</desc>");
        for (var i = 0; i < depth; i++) xml.Append($"<diag><name>Q{i:D5}</name><desc>d</desc>");
        for (var i = 0; i < depth; i++) xml.Append("</diag>");
        return xml.Append("</section></chapter></ICD10CM.tabular>").ToString();
    }

    private static string NestedTerms(int depth)
    {
        var xml = new StringBuilder("<ICD10CM.index><letter><title>A</title><mainTerm><title>t</title>");
        for (var level = 1; level < depth; level++) xml.Append($"<term level=\"{level}\"><title>t</title>");
        for (var level = 1; level < depth; level++) xml.Append("</term>");
        return xml.Append("</mainTerm></letter></ICD10CM.index>").ToString();
    }

    [Fact]
    public void TabularRead_DiagsNestedFiveThousandDeep_RejectedAsMalformed()
    {
        var ex = Assert.Throws<SourceDataException>(() => TabularXmlReader.Read(XmlInput.Of(NestedDiags(5000)), "FY2026", "tab.xml"));

        Assert.Contains($"nest more than {XmlSource.MaxDepth} deep", ex.Message);
    }

    [Fact]
    public void IndexRead_TermsNestedFiveThousandDeep_RejectedAsMalformed()
    {
        var ex = Assert.Throws<SourceDataException>(() => AlphabeticIndexXmlReader.Read(XmlInput.Of(NestedTerms(5000)), AlphabeticIndexKind.Diseases, "FY2026", "index.xml"));

        Assert.StartsWith("index.xml line 1: malformed XML:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TabularRead_NestingAtTheLimit_Read()
    {
        // chapter, section and the root take 3 levels, each diag 1 and its <name>/<desc> 1 more.
        var list = TabularXmlReader.Read(XmlInput.Of(NestedDiags(XmlSource.MaxDepth - 3)), "FY2026", "tab.xml");

        Assert.Equal(XmlSource.MaxDepth - 3, list.Nodes.Count(n => n.Level == TabularLevel.Code));
    }
}
