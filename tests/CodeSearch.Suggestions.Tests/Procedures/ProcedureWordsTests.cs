using CodeSearch.Suggestions.Data;
using CodeSearch.Suggestions.Procedures;

namespace CodeSearch.Suggestions.Tests.Procedures;

public class ProcedureWordsTests
{
    private const string Header = "kind\tphrase\toperation\tbody_part\tapproach\tqualifier\tnotes\n";

    [Fact]
    public void Default_EmbeddedFileLoads_EveryKindPresent()
    {
        var words = ProcedureWords.Default;

        foreach (var kind in Enum.GetValues<ProcedureWordKind>()) Assert.NotEmpty(words.OfKind(kind));
    }

    [Theory]
    [InlineData("procedure\tcholecystectomy\tResection\n", "body_part")]
    [InlineData("operation\tbiopsy\n", "operation")]
    [InlineData("approach\tlaparoscopic\n", "approach")]
    [InlineData("surgery\tlaparoscopic\n", "kind")]
    public void Read_RowMissingWhatItsKindNeeds_DataFileExceptionNamingLine(string row, string expected)
    {
        var error = Assert.Throws<DataFileException>(() => ProcedureWords.Read(new StringReader(Header + row)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Phrase_StemmedStopWordsDropped()
    {
        var words = ProcedureWords.Read(new StringReader(Header + "operation\tcomputed tomography of\tComputerized Tomography (CT Scan)\n"));

        Assert.Equal(["comput", "tomographi"], Assert.Single(words.Rows).Stems);
    }
}
