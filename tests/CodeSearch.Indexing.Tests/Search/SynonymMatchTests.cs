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

    [Fact]
    public void WordsFind_HitsMissingDifferentWords_EachAsIfAskedAlone()
    {
        var words = QueryWords.Of("adams-stokes heart attack")!;
        var read = new SynonymMatch.Words(words);
        var count = words.Tokens.Count;
        // Every set of words the code's descriptions hold, in turn and then again, so that a kept set is asked again.
        var held = Enumerable.Range(0, 1 << count).Select(mask => Enumerable.Range(0, count).Select(i => (mask & (1 << i)) != 0).ToArray()).ToList();
        held.AddRange(held.AsEnumerable().Reverse().ToList());

        // One reading of the query asked hit after hit (its probes kept per set of missing words) names what a fresh one would.
        var named = 0;
        foreach (var own in held)
        {
            var expected = SynonymMatch.Find(words, Conduction, own, Reference);
            if (expected is not null) named++;
            Assert.Equal(expected, read.Find(Conduction, own, Reference.SynonymsFor));
        }
        Assert.True(named > 0);
    }

    [Fact]
    public void Find_TermInCapitals_MatchedIgnoringCase()
    {
        Assert.Equal("Attack, attacks Adams-Stokes", Match("ADAMS-STOKES Attack"));
    }
}
