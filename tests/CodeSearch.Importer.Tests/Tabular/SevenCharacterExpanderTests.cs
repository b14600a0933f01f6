using CodeSearch.Core.Reference;
using CodeSearch.Importer.Tabular;

namespace CodeSearch.Importer.Tests.Tabular;

public class SevenCharacterExpanderTests
{
    private static readonly Lazy<IReadOnlyList<SevenCharacterCode>> FixtureCodes = new(() =>
    {
        using var stream = XmlSource.Open(XmlInput.Fixture("2023", XmlInput.TabularFile));
        return SevenCharacterExpander.Expand(TabularXmlReader.Read(stream, "FY2023", XmlInput.TabularFile));
    });

    private static TabularNode Diag(string id, string? parent, params SevenCharacter[] characters) =>
        new() { Level = TabularLevel.Code, Id = id, ParentId = parent, Description = "Desc " + id, SevenCharacters = characters };

    [Fact]
    public void Expand_Fixture_GivesEveryLeafUnderADefinitionTimesItsCharacters()
    {
        Assert.Equal(
            ["S322XXA", "S322XXS", "S72001A", "S72001D", "S72001S", "S72002A", "S72002D", "S72002S",
             "T391X1A", "T391X1D", "T391X1S", "T391X5A", "T391X5D", "T391X5S"],
            FixtureCodes.Value.Select(c => c.Code));
    }

    [Fact]
    public void Expand_SixCharacterCode_AppendsCharacterAndDescribes()
    {
        var code = FixtureCodes.Value.Single(c => c.Code == "S72001A");

        Assert.Equal(new SevenCharacterCode("S72001A", "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture", "S72001"), code);
    }

    [Fact]
    public void Expand_PlaceholderAlreadyInCode_IsKept()
    {
        Assert.Equal("T391X1", FixtureCodes.Value.Single(c => c.Code == "T391X1A").SourceId);
    }

    [Fact]
    public void Expand_FourCharacterCode_PadsWithX()
    {
        Assert.Equal("Fracture of coccyx, sequela", FixtureCodes.Value.Single(c => c.Code == "S322XXS").Description);
    }

    [Fact]
    public void Expand_NearestDefinitionWins()
    {
        var list = new TabularList("FY2023",
        [
            Diag("H35", null, new SevenCharacter('A', "outer")),
            Diag("H353", "H35", new SevenCharacter('1', "inner")),
            Diag("H3531", "H353"),
            Diag("H354", "H35"),
        ]);

        var codes = SevenCharacterExpander.Expand(list);

        Assert.Equal(["H3531X1", "H354XXA"], codes.Select(c => c.Code));
    }

    [Fact]
    public void Expand_CategoryLeafWithDefinition_PadsToSix()
    {
        var list = new TabularList("FY2023", [Diag("W08", null, new SevenCharacter('A', "initial encounter"))]);

        Assert.Equal(new SevenCharacterCode("W08XXXA", "Desc W08, initial encounter", "W08"), SevenCharacterExpander.Expand(list).Single());
    }

    [Fact]
    public void Expand_LeafWithoutDefinition_GivesNothing()
    {
        Assert.Empty(SevenCharacterExpander.Expand(new TabularList("FY2023", [Diag("E11", null), Diag("E119", "E11")])));
    }

    [Fact]
    public void Expand_S06DeathBeforeConsciousness_TakesOnlyInitialEncounter()
    {
        var list = new TabularList("FY2023",
        [
            Diag("S06", null, new('A', "initial encounter"), new('D', "subsequent encounter"), new('S', "sequela")),
            Diag("S060X7", "S06"),
            Diag("S060X1", "S06"),
        ]);

        Assert.Equal(["S060X7A", "S060X1A", "S060X1D", "S060X1S"], SevenCharacterExpander.Expand(list).Select(c => c.Code));
    }

    [Fact]
    public void Expand_SectionSharingIdWithItsCategory_TerminatesAndKeepsCategoryAParent()
    {
        var list = new TabularList("FY2023",
        [
            new TabularNode { Level = TabularLevel.Section, Id = "W08", ParentId = "20", Description = "Section" },
            Diag("W08", "W08", new SevenCharacter('A', "initial encounter")),
            Diag("W080", "W08"),
        ]);

        Assert.Equal(["W080XXA"], SevenCharacterExpander.Expand(list).Select(c => c.Code));
    }
}
