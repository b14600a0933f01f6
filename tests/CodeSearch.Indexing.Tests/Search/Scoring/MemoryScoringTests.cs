using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Search.Scoring;
using CodeSearch.Indexing.Tests.Support;

namespace CodeSearch.Indexing.Tests.Search.Scoring;

/// <summary>Word queries scored over kept postings give the pages Lucene's scorers give: same codes, order and scores.</summary>
public class MemoryScoringTests(FixtureIndex fixture) : IClassFixture<FixtureIndex>
{
    public static readonly TheoryData<string> Queries = new()
    {
        "type 2 diabetes", "diabetes type 2 with", "fracture of the femur", "fract fem", "diab", "chest pain",
        "acute bronchitis", "pneumonia due to", "left hip", "malignant neoplasm of breast", "cancer of breast",
        "disorder of the", "kidney stone", "hypertensive heart", "unspecified", "anemia in chronic kidney disease",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void Search_InMemoryAndLuceneScorers_SamePage(string text)
    {
        var (lucene, memory) = Both(fixture.Index, fixture.Scope(), text);

        Assert.Equal(lucene.Hits.Select(h => h.Code.Code), memory.Hits.Select(h => h.Code.Code));
        Assert.All(lucene.Hits.Zip(memory.Hits), p => Assert.Equal(p.First.Score, p.Second.Score, 1e-5f * Math.Max(1f, p.First.Score)));
        Assert.Equal(lucene.HasMore, memory.HasMore);
    }

    [Fact]
    public void Search_BillableOnlyScope_SamePage()
    {
        var (lucene, memory) = Both(fixture.Index, fixture.Scope(billableOnly: true), "type 2 diabetes with");

        Assert.NotEmpty(memory.Hits);
        Assert.All(memory.Hits, h => Assert.True(h.Code.Billable));
        Assert.Equal(lucene.Hits.Select(h => h.Code.Code), memory.Hits.Select(h => h.Code.Code));
    }

    [Theory]
    [InlineData(new[] { 1, 3, 5, 7, 9 }, 0, 6, 3)]
    [InlineData(new[] { 1, 3, 5, 7, 9 }, 0, 7, 3)]
    [InlineData(new[] { 1, 3, 5, 7, 9 }, 2, 1, 2)]
    [InlineData(new[] { 1, 3, 5, 7, 9 }, 1, 10, 5)]
    [InlineData(new[] { 1, 3, 5, 7, 9 }, 5, 10, 5)]
    [InlineData(new int[0], 0, 4, 0)]
    public void Advance_AscendingValues_FirstAtOrAfterTarget(int[] values, int from, int target, int expected) =>
        Assert.Equal(expected, Cursor.Advance(values, from, target));

    internal static (SearchPage Lucene, SearchPage Memory) Both(LuceneCodeIndex index, SearchScope scope, string text)
    {
        var was = index.ScoreInMemory;
        try
        {
            index.ScoreInMemory = false;
            var lucene = index.Search(scope, text, 0, 20);
            index.ScoreInMemory = true;
            return (lucene, index.Search(scope, text, 0, 20));
        }
        finally
        {
            index.ScoreInMemory = was; // a shared fixture's index goes back to what other tests expect (off by default)
        }
    }
}
