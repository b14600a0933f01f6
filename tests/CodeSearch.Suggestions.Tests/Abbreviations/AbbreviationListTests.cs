using CodeSearch.Suggestions.Abbreviations;
using CodeSearch.Suggestions.Data;

namespace CodeSearch.Suggestions.Tests.Abbreviations;

public class AbbreviationListTests
{
    private const string Header = "abbreviation\texpansion\tcontext_required\tnotes\n";

    [Fact]
    public void Default_EmbeddedFile_LoadsAndValidates()
    {
        var list = AbbreviationList.Default;

        Assert.InRange(list.Entries.Count, 60, 250);
        Assert.Contains(list.Entries, e => e.Abbreviation == "HTN" && e.Expansion == "hypertension");
        Assert.True(list.Entries.Single(e => e.Expansion == "pulmonary embolism").CaseSensitive);
    }

    [Fact]
    public void Parse_RowWithTooFewFields_ThrowsNamingLine()
    {
        var text = "# comment\n" + Header + "HTN\thypertension\t-\t\nCHF\n";

        var ex = Assert.Throws<DataFileException>(() => AbbreviationList.Parse(new StringReader(text), "test.tsv"));

        Assert.Equal(4, ex.LineNumber);
        Assert.Contains("test.tsv line 4", ex.Message);
    }

    [Fact]
    public void Parse_UnknownRule_ThrowsNamingLine()
    {
        var text = Header + "PE\tpulmonary embolism\tshouting\t\n";

        var ex = Assert.Throws<DataFileException>(() => AbbreviationList.Parse(new StringReader(text), "test.tsv"));

        Assert.Equal(2, ex.LineNumber);
        Assert.Contains("shouting", ex.Message);
    }

    [Fact]
    public void Parse_WrongHeader_Throws()
    {
        var ex = Assert.Throws<DataFileException>(() => AbbreviationList.Parse(new StringReader("abbr\texp\n"), "test.tsv"));

        Assert.Equal(1, ex.LineNumber);
    }

    [Fact]
    public void Parse_RowAfterUnconditionalRowOfSameAbbreviation_Throws()
    {
        var text = Header + "RA\trheumatoid arthritis\t-\t\nRA\troom air\tnear:o2\t\n";

        var ex = Assert.Throws<DataFileException>(() => AbbreviationList.Parse(new StringReader(text), "test.tsv"));

        Assert.Equal(3, ex.LineNumber);
    }

    [Fact]
    public void Parse_NearWithoutWords_Throws()
    {
        var text = Header + "RA\troom air\tnear\t\n";

        Assert.Throws<DataFileException>(() => AbbreviationList.Parse(new StringReader(text), "test.tsv"));
    }
}
