using CodeSearch.Suggestions.Assertion;
using CodeSearch.Suggestions.Data;

namespace CodeSearch.Suggestions.Tests.Assertion;

public class ContextTriggerListTests
{
    private const string Header = "trigger\tcategory\tdirection\tmax_scope\n";

    [Fact]
    public void Default_EmbeddedFile_HasEveryCategory()
    {
        var categories = ContextTriggerList.Default.Triggers.Select(t => t.Category).ToHashSet();

        Assert.Equal(Enum.GetValues<TriggerCategory>().Length, categories.Count);
    }

    [Theory]
    [InlineData("no\tnegative\tforward\t5")]
    [InlineData("no\tnegated\tsideways\t5")]
    [InlineData("no\tnegated\tforward\tfive")]
    [InlineData("but\tterminator\tforward\t5")]
    [InlineData("no\tnegated\tforward")]
    public void Parse_MalformedRow_ThrowsNamingLine(string row)
    {
        var ex = Assert.Throws<DataFileException>(() => ContextTriggerList.Parse(new StringReader(Header + row + "\n"), "t.tsv"));

        Assert.Equal(2, ex.LineNumber);
    }

    [Fact]
    public void Parse_DuplicateTrigger_Throws() =>
        Assert.Throws<DataFileException>(() =>
            ContextTriggerList.Parse(new StringReader(Header + "no\tnegated\tforward\t5\nNo\tnegated\tforward\t5\n"), "t.tsv"));
}
