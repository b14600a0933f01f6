using System.Text.Json;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;
using CodeSearch.LoadHarness.Workload;

namespace CodeSearch.Benchmarks;

/// <summary>
/// The query sets the search profiles run (<see cref="SearchStageProfile"/>, <see cref="ScoringComparison"/>): the
/// load harness's cold queries (Disease Ontology dev phrases and their typed beginnings) and the everyday dev queries,
/// searched over every release of the index.
/// </summary>
internal static class ProfileQuerySets
{
    /// <summary>The sets by name ("cold", "everyday"), only <paramref name="only"/> when given.</summary>
    public static IEnumerable<(string Name, IReadOnlyList<string> Queries)> Load(string? only)
    {
        var phrases = File.ReadLines(ColdSearchBenchmarks.PhrasesFile).Where(l => l.Length > 0).Select(Text);
        var everyday = Path.Combine(BenchIndex.RepoRoot, "eval", "everyday-queries-dev.jsonl");
        var sets = new (string Name, IReadOnlyList<string> Queries)[]
        {
            ("cold", QuerySets.Build(phrases).Cold.ToList()),
            ("everyday", File.ReadLines(everyday).Where(l => l.Length > 0).Select(Text).ToList()),
        };
        return sets.Where(s => only is null || s.Name == only);
    }

    /// <summary>Every release of <paramref name="index"/>, billable or not, on the profiles' date.</summary>
    public static SearchScope AllReleases(LuceneCodeIndex index) =>
        new(index.Releases.Select(r => r.Release).ToList(), BillableOnly: false, AsOf: new DateOnly(2026, 3, 1));

    private static string Text(string line) => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
}
