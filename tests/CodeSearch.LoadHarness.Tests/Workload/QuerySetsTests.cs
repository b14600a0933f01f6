using CodeSearch.LoadHarness.Workload;

namespace CodeSearch.LoadHarness.Tests.Workload;

public class QuerySetsTests
{
    [Fact]
    public void Build_Phrases_DistinctColdWithTypedBeginnings()
    {
        var sets = QuerySets.Build(["acute  bronchitis", "Acute bronchitis", "asthma", "gout"]);
        Assert.Equal(["acute bronc", "acute bronchitis", "gout"], sets.Cold.Order(StringComparer.Ordinal));
        Assert.Equal(QuerySets.HotQueries, sets.Hot);
    }

    [Fact]
    public void Build_SameSeed_SameOrder() =>
        Assert.Equal(QuerySets.Build(Phrases()).Cold, QuerySets.Build(Phrases()).Cold);

    private static IEnumerable<string> Phrases() => Enumerable.Range(0, 50).Select(i => $"phrase {i}");
}
