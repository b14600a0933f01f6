using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Tests.Analysis;

public class NumeralFormsTests
{
    [Theory]
    [InlineData("iii", "3")]
    [InlineData("3", "iii")]
    [InlineData("ii", "2")]
    [InlineData("12", "xii")]
    [InlineData("iv", "4")]
    public void Of_Numeral_TheOtherNumeral(string word, string other)
    {
        Assert.Equal([other], NumeralForms.Of(word));
    }

    [Theory]
    [InlineData("two", "2", "ii")]
    [InlineData("three", "3", "iii")]
    [InlineData("twelve", "12", "xii")]
    public void Of_NumberSpelledOut_ArabicAndRoman(string word, string arabic, string roman)
    {
        // "type two diabetes", "stage three": people spell the number; the titles write 2 or II.
        Assert.Equal([arabic, roman], NumeralForms.Of(word));
    }

    [Fact]
    public void Of_One_LeftAsAWord()
    {
        // Titles and product names write "one" as a word ("fracture of one rib", "Gel-One").
        Assert.Empty(NumeralForms.Of("one"));
    }

    [Theory]
    [InlineData("iiia", "3a", "3", "iii")]
    [InlineData("2b", "iib", "2", "ii")]
    public void Of_Subtype_TheOtherNumeralWithTheLetterAndBothWithout(string word, string withLetter, string arabic, string roman)
    {
        Assert.Equal([withLetter, arabic, roman], NumeralForms.Of(word));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("via")]
    [InlineData("13")]
    [InlineData("0")]
    [InlineData("07")]
    [InlineData("type")]
    [InlineData("mix")]
    [InlineData("a")]
    public void Of_NotANumeralOfAType_Nothing(string word)
    {
        Assert.Empty(NumeralForms.Of(word));
    }

    [Fact]
    public void WordForms_RomanNumeral_IncludesTheArabicOne()
    {
        Assert.Contains(WordForms.Of("iii"), form => form is ["3"]);
    }

    [Theory]
    [InlineData("infectious", "infection")]
    [InlineData("infection", "infectious")]
    [InlineData("degenerative", "degeneration")]
    public void WordForms_ConditionAdjective_IncludesTheNounAtTheLowerWeight(string word, string other)
    {
        Assert.Contains(WordForms.Of(word), form => form.Length == 1 && form[0] == other);
        Assert.Equal(WordForms.OrganFormWeight, WordForms.Weight(word, [other]));
    }
}
