using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

public class SideWordsTests
{
    [Theory]
    [InlineData("left hip fracture", "hip fracture")]
    [InlineData("fracture of right humerus ", "fracture of humerus ")]
    [InlineData("bilateral knee pain", "knee pain")]
    public void Without_SideWords_LeftOutAndTrailingSpaceKept(string text, string expected) =>
        Assert.Equal(expected, SideWords.Without(text));

    [Theory]
    [InlineData("hip fracture")]
    [InlineData("left")]
    [InlineData("left right")]
    public void Without_NoSideOrOnlySides_Null(string text) => Assert.Null(SideWords.Without(text));

    [Theory]
    [InlineData("acute otitis media right ear", "acute otitis media")]
    [InlineData("conjunctivitis left eye ", "conjunctivitis ")]
    [InlineData("bilateral ears otitis externa", "otitis externa")]
    public void WithoutSidedOrgan_EarOrEyeAfterASide_LeftOutWithIt(string text, string expected) =>
        Assert.Equal(expected, SideWords.WithoutSidedOrgan(text));

    [Theory]
    [InlineData("left hip fracture")]      // no ear or eye after the side
    [InlineData("ear pain left")]          // the ear before the side is the condition's site
    [InlineData("right ear")]              // nothing else
    public void WithoutSidedOrgan_NoEarOrEyeAfterASide_Null(string text) =>
        Assert.Null(SideWords.WithoutSidedOrgan(text));

    [Theory]
    [InlineData("ringing in my left ear", "left ringing in my ear")]
    [InlineData("pain in right knee ", "right pain in knee ")]
    [InlineData("s/p l bka", "l s/p bka")]
    [InlineData("s/p bilat tka ", "bilat s/p tka ")]
    [InlineData("hx of rt mastectomy", "rt hx of mastectomy")]
    [InlineData("ringing in both ears", "both ringing in ears")]
    public void First_SideWordsMovedToTheStart(string text, string expected) =>
        Assert.Equal(expected, SideWords.First(text));

    [Theory]
    [InlineData("left ear pain")]
    [InlineData("ear pain")]
    [InlineData("right")]
    public void First_SideAlreadyFirstOrNoneOrOnlySides_Null(string text) => Assert.Null(SideWords.First(text));

    [Fact]
    public void Without_Both_KeptForTheTitlesAndTheIndexLookup() =>
        // "both" is only set aside to find a term (First); it is no side word of the titles.
        Assert.Null(SideWords.Without("ringing in both ears"));
}
