using System.Diagnostics;
using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Benchmarks;

/// <summary>
/// The word queries scored over kept postings against Lucene's scorers (<see cref="LuceneCodeIndex.ScoreInMemory"/>):
/// how many pages differ (codes or order; scores beyond a relative 1e-5) and the time per query of each, in alternating
/// passes over the cold and everyday query sets, page 20 over every system. Run: <c>CodeSearch.Benchmarks compare [passes] [set]</c>.
/// </summary>
internal static class ScoringComparison
{
    public static void Run(string[] args)
    {
        var passes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var only = args.Length > 2 ? args[2] : null;
        using var index = BenchIndex.OpenFull();
        var scope = ProfileQuerySets.AllReleases(index);
        foreach (var (name, queries) in ProfileQuerySets.Load(only))
        {
            index.ScoreInMemory = false;
            var lucene = queries.Select(q => index.Search(scope, q, 0, 20)).ToList();
            index.ScoreInMemory = true;
            var memory = queries.Select(q => index.Search(scope, q, 0, 20)).ToList();
            var differ = Enumerable.Range(0, queries.Count).Count(k => !Same(lucene[k], memory[k]));
            var sameCodes = Enumerable.Range(0, queries.Count).Count(k => lucene[k].Hits.Select(h => h.Code.Code).SequenceEqual(memory[k].Hits.Select(h => h.Code.Code)));
            Console.WriteLine($"{name}: {queries.Count} queries, {differ} pages differ in codes, order or score, {queries.Count - sameCodes} in codes or order");
            foreach (var k in Enumerable.Range(0, queries.Count).Where(k => !Same(lucene[k], memory[k])).Take(5))
            {
                Console.WriteLine($"  #{k}: lucene {Show(lucene[k])}");
                Console.WriteLine($"  #{k}: memory {Show(memory[k])}");
            }
            for (var pass = 1; pass <= passes; pass++)
            {
                foreach (var inMemory in new[] { false, true })
                {
                    index.ScoreInMemory = inMemory;
                    var gc = GC.GetTotalPauseDuration();
                    var sw = Stopwatch.StartNew();
                    foreach (var q in queries) index.Search(scope, q, 0, 20);
                    var perQuery = sw.Elapsed.TotalMicroseconds / queries.Count;
                    var pause = (GC.GetTotalPauseDuration() - gc).TotalMicroseconds / queries.Count;
                    Console.WriteLine($"{name} pass {pass} {(inMemory ? "memory" : "lucene")}: Search {perQuery:F0} µs/query (gc pause {pause:F0})");
                }
            }
        }
        index.ScoreInMemory = true;
    }

    private static bool Same(SearchPage a, SearchPage b) =>
        a.Hits.Count == b.Hits.Count && a.Hits.Zip(b.Hits).All(p => ReferenceEquals(p.First.Code, p.Second.Code)
            && Math.Abs(p.First.Score - p.Second.Score) <= 1e-5f * Math.Max(1f, Math.Abs(p.First.Score)));

    private static string Show(SearchPage page) => string.Join(' ', page.Hits.Take(8).Select(h => $"{h.Code.Code}:{h.Score:G6}"));

}
