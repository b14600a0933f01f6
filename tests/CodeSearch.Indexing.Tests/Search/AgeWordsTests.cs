using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>A patient's age beside the condition read as nothing (docs/search.md, "An age beside the condition").</summary>
public class AgeWordsTests
{
    [Theory]
    [InlineData("wcc 2 yo", "wcc")]
    [InlineData("wcc 2yo", "wcc")]
    [InlineData("chest pain 45 y/o", "chest pain")]
    [InlineData("fever 6 month old", "fever")]
    [InlineData("3 year old with croup", "with croup")]
    [InlineData("2 years old asthma", "asthma")]
    [InlineData("6-month-old fever", "fever")]
    [InlineData("45yr old fall", "fall")]
    [InlineData("otitis 4 yo ", "otitis ")]               // a trailing space (the last word complete) is kept
    public void ReadAges_AgeBesideTheCondition_Dropped(string text, string expected) =>
        Assert.Equal(expected, QueryReader.ReadAges(text));

    [Theory]
    [InlineData("cough 2 weeks")]        // a duration, not an age: no "old"
    [InlineData("ckd 4")]                // a stage
    [InlineData("bmi 32 adult")]
    [InlineData("2 yo")]                 // nothing else: searched as written
    [InlineData("1000 yo")]              // no age has four digits
    [InlineData("type 2 diabetes")]
    public void ReadAges_NoAge_Unchanged(string text) =>
        Assert.Null(QueryReader.ReadAges(text));
}
