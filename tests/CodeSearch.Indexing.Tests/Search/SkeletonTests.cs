using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The consonant skeleton a word written without its vowels is read by (docs/search.md, "A word written without its vowels").</summary>
public class SkeletonTests
{
    [Theory]
    [InlineData("heart", "hrt")]
    [InlineData("weeks", "wks")]
    [InlineData("blood", "bld")]
    [InlineData("bladder", "bldr")]   // a doubled consonant once
    [InlineData("hrt", "hrt")]        // a word without vowels is its own skeleton
    public void Skeleton_Word_ItsConsonantsInOrder(string word, string expected) =>
        Assert.Equal(expected, QueryReader.Skeleton(word));
}
