using CodeSearch.Core.Errors;
using CodeSearch.Importer.Tabular;
using CodeSearch.Importer.Tests.Support;

namespace CodeSearch.Importer.Tests.Tabular;

public class XmlSourceTests
{
    [Fact]
    public void Open_GzExtension_Decompresses()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("a.xml.gz");
        using (var file = File.Create(path)) XmlInput.Gzipped("<root/>").CopyTo(file);

        using var reader = new StreamReader(XmlSource.Open(path));

        Assert.Equal("<root/>", reader.ReadToEnd());
    }

    [Fact]
    public void Open_XmlExtension_ReadsPlainFile()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("a.xml", "<root/>");

        using var reader = new StreamReader(XmlSource.Open(path));

        Assert.Equal("<root/>", reader.ReadToEnd());
    }

    [Fact]
    public void Open_MissingFile_ThrowsNamingPath()
    {
        using var dir = new TempDirectory();

        var ex = Assert.Throws<SourceDataException>(() => XmlSource.Open(dir.Combine("missing.xml")));

        Assert.Contains("missing.xml cannot be opened", ex.Message);
    }
}
