using CodeSearch.Importer.Icd10;

namespace CodeSearch.Importer.Tests.Icd10;

public class ParentResolverTests
{
    [Theory]
    [InlineData("E119", "E11")]
    [InlineData("E1165", "E116")]
    [InlineData("E11641", "E1164")]
    [InlineData("E11", null)]
    public void ParentOf_CodeWithPrefixesPresent_IsNearestPrefix(string code, string? parent)
    {
        var resolver = new ParentResolver(["E11", "E116", "E1164", "E11641", "E1165", "E119"]);

        Assert.Equal(parent, resolver.ParentOf(code));
    }

    [Fact]
    public void ParentOf_IntermediatePrefixAbsent_SkipsToShorterOne()
    {
        Assert.Equal("E11", new ParentResolver(["E11", "E1165"]).ParentOf("E1165"));
    }

    [Fact]
    public void ParentOf_PcsCode_IsThreeCharacterHeader()
    {
        Assert.Equal("001", new ParentResolver(["001", "0016070"]).ParentOf("0016070"));
    }
}
