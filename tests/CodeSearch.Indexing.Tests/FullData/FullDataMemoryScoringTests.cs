using System.Text.Json;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Tests.Search.Scoring;
using CodeSearch.Tests;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// On the full index, every everyday dev query (page 20, every system) gets the same page whether its word queries are
/// scored over kept postings or by Lucene's scorers: same codes in the same order, scores equal to a relative 1e-5.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataMemoryScoringTests(FullDataIndex data)
{
    [Fact]
    public void Search_EverydayDevQueries_SamePagesAsLuceneScorers()
    {
        var scope = new SearchScope(data.Index.Releases.Select(r => r.Release).ToList(), BillableOnly: false, AsOf: new DateOnly(2026, 3, 1));
        var queries = File.ReadLines(Path.Combine(TestPaths.RepoRoot, "eval", "everyday-queries-dev.jsonl"))
            .Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();

        var differ = new List<string>();
        foreach (var text in queries)
        {
            var (lucene, memory) = MemoryScoringTests.Both(data.Index, scope, text);
            var same = lucene.Hits.Count == memory.Hits.Count && lucene.Hits.Zip(memory.Hits).All(p => ReferenceEquals(p.First.Code, p.Second.Code)
                && Math.Abs(p.First.Score - p.Second.Score) <= 1e-5f * Math.Max(1f, p.First.Score));
            if (!same) differ.Add($"#{queries.IndexOf(text)}");
        }

        Assert.True(queries.Count > 300);
        Assert.Empty(differ);
    }
}
