using CodeSearch.Indexing.Search;
using Lucene.Net.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>Which codes the relaxed tier considers, given how common each word is.</summary>
public class RelaxedQueryBuilderTests
{
    private const int Common = RelaxedQueryBuilder.CommonDocuments + 1;

    private static TextQuery? Build(string text, params string[] commonPrefixes) =>
        RelaxedQueryBuilder.Build(QueryWords.Of(text)!, prefix => commonPrefixes.Contains(prefix) ? Common : 10);

    private static BooleanQuery Some(TextQuery query) => (BooleanQuery)((BooleanQuery)query.Query).Clauses[0].Query;

    [Fact]
    public void Build_OneWord_NothingToRelax()
    {
        Assert.Null(Build("femur "));
        Assert.Null(Build("fracture of the "));
    }

    [Fact]
    public void Build_UncommonWords_AnyOneOfThem()
    {
        var query = Build("fracture femur ")!;

        Assert.Equal(1, Some(query).MinimumNumberShouldMatch);
        Assert.Single(((BooleanQuery)query.Query).Clauses); // no candidate filter needed
    }

    [Fact]
    public void Build_SomeCommonWords_CandidatesHoldAnUncommonOne()
    {
        var query = (BooleanQuery)Build("chest pain unspecified ", "unspecifi")!.Query;

        Assert.Equal(2, query.Clauses.Count(c => c.Occur == Occur.MUST));
    }

    [Fact]
    public void Build_OnlyCommonWords_NothingToRelax()
    {
        Assert.Null(Build("left fracture ", "left", "fractur"));
        Assert.Null(Build("left fracture unspecified ", "left", "fractur", "unspecifi"));
    }

    [Theory]
    [InlineData("retinitis pigmentosa 45 ")]
    [InlineData("kabuki syndrome ")]
    public void Build_NumberOrWeakWord_MakesNoCandidates(string text)
    {
        // Candidates must hold an uncommon word that is neither a number nor a weak word: the filter is added.
        var query = (BooleanQuery)Build(text)!.Query;

        Assert.Equal(2, query.Clauses.Count(c => c.Occur == Occur.MUST));
    }

    [Fact]
    public void Build_OnlyNumbersBesideACommonWord_NothingToRelax()
    {
        Assert.Null(Build("score 45 ", "score"));
    }
}
