using CodeSearch.Core.Reference;
using CodeSearch.Importer.AlphabeticIndex;

namespace CodeSearch.Importer.Tests.AlphabeticIndex;

public class SeeReferenceResolverTests
{
    private static readonly SeeReferenceResolver Diseases = new(AlphabeticIndexFixtures.Diseases);

    [Theory]
    [InlineData("Infarct, myocardium")]
    [InlineData("infarct, myocardium")]
    [InlineData("INFARCT, MYOCARDIUM (acute)")]
    public void Resolve_MainTermAndSubtermByFirstCommaPart_FindsMyocardium(string reference)
    {
        Assert.Equal("I21.9", Diseases.Resolve(reference)?.Code);
    }

    [Fact]
    public void Resolve_SeeOfAttackHeart_FindsI219()
    {
        var see = AlphabeticIndexFixtures.Diseases.At("Attack, attacks", "heart").See!;

        var target = Diseases.Resolve(see);

        Assert.Equal(["Infarct, infarction", "myocardium, myocardial"], target?.Path);
    }

    [Fact]
    public void Resolve_MainTermOnly_FindsMainTerm()
    {
        Assert.Equal("I10", Diseases.Resolve("Hypertension")?.Code);
    }

    [Fact]
    public void Resolve_WholeTitleOfMainTerm_Matches()
    {
        Assert.Equal("I10", Diseases.Resolve("Hypertension, hypertensive")?.Code);
    }

    [Fact]
    public void Resolve_SubtermTitleContainingComma_MatchesSeveralParts()
    {
        Assert.Equal("G93.2", Diseases.Resolve("Hypertension, benign, intracranial")?.Code);
    }

    [Fact]
    public void Resolve_SubtermWithNemodInReference_IgnoresParenthesised()
    {
        Assert.Equal("I87.30", Diseases.Resolve("Hypertension, venous (chronic)")?.Code);
    }

    [Fact]
    public void Resolve_DeeperPath_FollowsLevels()
    {
        Assert.Equal("I11.0", Diseases.Resolve("Hypertension, heart, with, heart failure")?.Code);
        Assert.Equal("E11.65", Diseases.Resolve("Diabetes, type 2, with, hyperglycemia")?.Code);
    }

    [Theory]
    [InlineData("condition")]
    [InlineData("Syndrome")]
    [InlineData("Infarct, spleen")]
    [InlineData("Hypertension, heart, without")]
    [InlineData("")]
    [InlineData(" , ")]
    public void Resolve_Unknown_ReturnsNull(string reference)
    {
        Assert.Null(Diseases.Resolve(reference));
    }

    [Fact]
    public void Resolve_NeoplasmTableSee_FindsSkinRow()
    {
        var resolver = new SeeReferenceResolver(AlphabeticIndexFixtures.Neoplasms);

        var skin = resolver.Resolve("Neoplasm, abdomen, wall, skin");

        Assert.Equal("C44.509", skin?.Cells.Single().Code);
    }

    [Fact]
    public void Resolve_DrugTableSee_FindsOtherMainTerm()
    {
        var resolver = new SeeReferenceResolver(AlphabeticIndexFixtures.Drugs);

        Assert.Equal("T44.5X1", resolver.Resolve(AlphabeticIndexFixtures.Drugs.At("Adrenalin").See!)?.Cells[0].Code);
    }

    [Fact]
    public void Resolve_ExternalCauseSee_MatchesMainTermWithNemodInsideTitle()
    {
        var resolver = new SeeReferenceResolver(AlphabeticIndexFixtures.ExternalCauses);

        Assert.Equal("W20.8", resolver.Resolve("Struck by, object, falling")?.Code);
    }

    [Fact]
    public void Resolve_FirstMatchingPathInDocumentOrder_Wins()
    {
        var resolver = new SeeReferenceResolver(
        [
            Entry(0, "A", "Cyst"), Entry(1, "B", "Cyst", "bone"),
            Entry(0, "C", "Cyst, cystic"), Entry(1, "D", "Cyst, cystic", "bone, aneurysmal"),
        ]);

        Assert.Equal("B", resolver.Resolve("cyst, bone")?.Code);
        Assert.Equal("D", resolver.Resolve("Cyst, bone, aneurysmal")?.Code);
    }

    [Fact]
    public void Resolve_TitleEndingInNec_MatchesReferenceWithoutIt()
    {
        var resolver = new SeeReferenceResolver(
        [
            Entry(0, null, "Dependence"), Entry(1, null, "Dependence", "drug NEC"), Entry(2, "F11.20", "Dependence", "drug NEC", "opioid"),
        ]);

        Assert.Equal("F11.20", resolver.Resolve("Dependence, drug, opioid")?.Code);
        Assert.Equal("F11.20", resolver.Resolve("Dependence, drug NEC, opioid")?.Code);
    }

    [Fact]
    public void Resolve_PluralMainTerm_FallsBackToSingular()
    {
        var resolver = new SeeReferenceResolver([Entry(0, null, "Complication"), Entry(1, "T88.1", "Complication", "vaccination")]);

        Assert.Equal("T88.1", resolver.Resolve("Complications, vaccination")?.Code);
        Assert.Null(resolver.Resolve("Complicationz, vaccination"));
    }

    private static AlphabeticIndexEntry Entry(int level, string? code, params string[] path) =>
        new() { Index = AlphabeticIndexKind.Diseases, Path = path, Level = level, Code = code, ReleaseId = "FY2023" };
}
