using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// The fifteenth everyday set's families on the full index (docs/search.md, "Joined and split words" and
/// "Misspellings"): words typed without their spaces or with one too many, and ordinary words the spelling corrector
/// must not change. Each query found another code first, or nothing, before its rule.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataLaySpellingTests(FullDataIndex data)
{
    private SearchPage Search(string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == CodeSystemId.Icd10Cm).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("heartattack", "I21.9")]
    [InlineData("sorethroat", "J02.9")]
    [InlineData("tummyache", "R10.9")]
    [InlineData("lowbackpain", "M54.50")]
    [InlineData("shortnessofbreath", "R06.02")]
    [InlineData("type2diabetes", "E11.9")]
    [InlineData("heartmurmur", "R01.1")]
    public void Search_WordsTypedWithoutSpaces_SplitAsTheTermOrTitleHoldsThem(string query, string expected)
    {
        // A vocabulary term ("heart attack", "sore throat", "tummy ache") wins at once; else the split the titles
        // and index terms hold as a phrase, in three words when two will not do, a number between letters counting.
        // Before, a word no code holds and no two description words make found nothing.
        Assert.Equal(expected, Search(query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_SplitWordNoTitleHolds_JoinedToTheIndexTerm()
    {
        // "hyperthyroid" is a word of the Alphabetic Index only: the two words are joined as it writes them.
        Assert.Equal("E05.90", Search("hyper thyroid").Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_MisspeltVocabularyWordTwoEditsAway_SoundsLikeTheTerm()
    {
        // "shingells" is two edits from the vocabulary word shingles and sounds like it; the closest title word was
        // shigella (A03.9), which sounds otherwise.
        Assert.Equal("B02.9", Search("shingells").Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_MisspellingOnlyShortTitlesHold_Respelled()
    {
        // "replacment" is written in some short titles only, so it was kept and matched nothing beside "hip".
        Assert.Equal("Z96.649", Search("hip replacment").Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_WordBeingTypedThatOnlyShortTitlesStart_Respelled()
    {
        // "rist" starts only short-title abbreviations, so it was left to a completion that found nothing; now it is
        // respelled (wrist) beside "fractured".
        Assert.Equal("S62.109A", Search("fractured rist").Hits[0].Code.DisplayCode);
    }
}
