using CodeSearch.Core;
using CodeSearch.Core.Reference;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The provenance named for a text hit found through index terms.</summary>
public class SynonymMatchTests
{
    private static readonly MedicalCode Conduction = ConductionBlockFixture.Conduction;
    private static readonly ReferenceLookup Reference = ConductionBlockFixture.Reference;

    // The code's own descriptions hold none of the words, or all of them.
    private static string? Match(string text, bool ownHoldsAll = false)
    {
        var words = QueryWords.Of(text)!;
        return SynonymMatch.Find(words, Conduction, Enumerable.Repeat(ownHoldsAll, words.Tokens.Count).ToArray(), Reference);
    }

    [Fact]
    public void Find_WordsFromTwoTerms_NamesBothTerms()
    {
        Assert.Equal("Block, blocked heart; Attack, attacks Adams-Stokes", Match("heart attack"));
    }

    [Fact]
    public void Find_WordsOfOneTerm_NamesThatTerm()
    {
        Assert.Equal("Attack, attacks Adams-Stokes", Match("adams-stokes attack"));
    }

    [Fact]
    public void Find_WordsTheDescriptionHolds_Null()
    {
        Assert.Null(Match("heart attack", ownHoldsAll: true));
    }

    [Fact]
    public void Find_OneWordMissingFromTheDescription_NamesTheTermHoldingIt()
    {
        var words = QueryWords.Of("conduction heart")!;

        Assert.Equal("Block, blocked heart", SynonymMatch.Find(words, Conduction, [true, false], Reference));
    }
}
