using CodeSearch.Core.Reference;

namespace CodeSearch.Core.Tests.Reference;

public class AlphabeticIndexCodesTests
{
    [Theory]
    [InlineData("T39.1X1", "T391X1")]
    [InlineData("C79.8-", "C798")]
    [InlineData(" e11.9 ", "E119")]
    [InlineData("I10", "I10")]
    [InlineData("D16.9-", "D169")]
    public void Normalize_PrintedCode_UndottedUpperCaseWithoutDash(string printed, string expected)
    {
        Assert.Equal(expected, AlphabeticIndexCodes.Normalize(printed));
    }

    [Theory]
    [InlineData("--")]
    [InlineData("-")]
    [InlineData(" ")]
    [InlineData("")]
    [InlineData(null)]
    public void Normalize_EmptyCell_Null(string? printed)
    {
        Assert.Null(AlphabeticIndexCodes.Normalize(printed));
    }

    [Theory]
    [InlineData("C79.8-", true)]
    [InlineData("D16.9- ", true)]
    [InlineData("T39.1X1", false)]
    [InlineData("I10", false)]
    public void NeedsMoreCharacters_PrintedCode_TrueOnlyForATrailingDash(string printed, bool expected)
    {
        Assert.Equal(expected, AlphabeticIndexCodes.NeedsMoreCharacters(printed));
    }

    [Theory]
    [InlineData("--")]
    [InlineData("-")]
    [InlineData(" -- ")]
    public void NeedsMoreCharacters_EmptyCell_False(string printed)
    {
        // The Drug table prints "--" (3,188 times in April 2026) where it has no code: that is no code at all, not
        // one needing more characters.
        Assert.False(AlphabeticIndexCodes.NeedsMoreCharacters(printed));
    }

    [Fact]
    public void All_Entry_CodeManifestationAndFilledCells()
    {
        var entry = new AlphabeticIndexEntry
        {
            Index = AlphabeticIndexKind.Neoplasms, Path = ["Neoplasm, neoplastic", "abdomen, abdominal"], ReleaseId = "2026-04",
            Code = "E85.4", ManifestationCode = "I43",
            Cells = [new TableCell("Malignant Primary", "C76.2"), new TableCell("Malignant Secondary", "C79.8-"), new TableCell("Ca in situ", "--")],
        };

        Assert.Equal(["E854", "I43", "C762", "C798"], AlphabeticIndexCodes.All(entry));
    }
}
