using CodeSearch.Importer.Reference;
using CodeSearch.Tests;

namespace CodeSearch.Importer.Tests.Reference;

/// <summary>The official manifest's reference files against the mirror, which stores them gzipped.</summary>
[Trait("Category", "FullData")]
public class FullDataReferenceTests
{
    public static TheoryData<string> Kinds => new(ReferenceSource.Kinds);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Sha256OfXml_MirrorGzip_MatchesTheManifest(string kind)
    {
        var source = ReferenceSource.ReadManifest(TestPaths.Manifest).Single(s => s.Kind == kind);

        var path = ReferenceLoader.Locate(TestPaths.SharedCodesets, source.Path);

        Assert.NotNull(path);
        Assert.EndsWith(".xml.gz", path);
        Assert.Equal(source.Sha256, ReferenceLoader.Sha256OfXml(path));
    }
}
