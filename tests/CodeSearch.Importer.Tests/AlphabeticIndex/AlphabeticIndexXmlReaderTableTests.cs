using CodeSearch.Core.Reference;
using CodeSearch.Importer.AlphabeticIndex;
using CodeSearch.Importer.Tests.Tabular;

namespace CodeSearch.Importer.Tests.AlphabeticIndex;

public class AlphabeticIndexXmlReaderTableTests
{
    [Fact]
    public void Read_DrugTable_CellsNamedByHeadingFromColumn2()
    {
        var acetaminophen = AlphabeticIndexFixtures.Drugs.At("Acetaminophen");

        Assert.Equal(
            ["Poisoning Accidental (unintentional)", "Poisoning Intentional self-harm", "Poisoning Assault", "Poisoning Undetermined", "Adverse effect", "Underdosing"],
            acetaminophen.Cells.Select(c => c.Column));
        Assert.Equal("T39.1X1", acetaminophen.Cell("Poisoning Accidental (unintentional)"));
        Assert.Equal("T39.1X6", acetaminophen.Cell("Underdosing"));
        Assert.Equal(AlphabeticIndexKind.Drugs, acetaminophen.Index);
    }

    [Fact]
    public void Read_DrugTable_DoubleDashCellsAreKept()
    {
        var liquid = AlphabeticIndexFixtures.Drugs.At("Acetaldehyde", "liquid");

        Assert.Equal("--", liquid.Cell("Adverse effect"));
        Assert.Equal(["(vapor)"], liquid.Modifiers);
        Assert.Equal(1, liquid.Level);
    }

    [Fact]
    public void Read_DrugTable_SeeRowHasNoCells()
    {
        var adrenalin = AlphabeticIndexFixtures.Drugs.At("Adrenalin");

        Assert.Equal("Epinephrine", adrenalin.See);
        Assert.Empty(adrenalin.Cells);
    }

    [Fact]
    public void Read_NeoplasmTable_LiverSecondaryIsC787()
    {
        var liver = AlphabeticIndexFixtures.Neoplasms.At("Neoplasm, neoplastic", "liver");

        Assert.Equal(6, liver.Cells.Count);
        Assert.Equal("C78.7", liver.Cell("Malignant Secondary"));
        Assert.Equal("C22.9", liver.Cell("Malignant Primary"));
        Assert.Equal("Index to disease, by histology", liver.SeeAlso);
    }

    [Fact]
    public void Read_NeoplasmTable_SingleDashAndTrailingDashCellsAreKept()
    {
        var bone = AlphabeticIndexFixtures.Neoplasms.At("Neoplasm, neoplastic", "bone");

        Assert.Equal(("-", "D16.9-"), (bone.Cell("Ca in situ"), bone.Cell("Benign")));
    }

    [Fact]
    public void Read_NeoplasmTable_PartialRowKeepsOnlyItsCells()
    {
        var skin = AlphabeticIndexFixtures.Neoplasms.At("Neoplasm, neoplastic", "abdomen, abdominal", "wall", "skin");

        Assert.Equal([new TableCell("Malignant Primary", "C44.509")], skin.Cells);
        Assert.Equal(3, skin.Level);
    }

    [Fact]
    public void Read_ExternalCauseIndex_SameShapeAsMainIndex()
    {
        var external = AlphabeticIndexFixtures.ExternalCauses;

        Assert.Equal("Abandonment NEC", external[0].Path[0]);
        Assert.Equal("W07", external.At("Fall, falling", "from, off, out of", "chair").Code);
        Assert.Equal("Struck by, object, falling", external.At("Fall, falling", "object").See);
        Assert.All(external, e => Assert.Equal(AlphabeticIndexKind.ExternalCauses, e.Index));
    }
}
