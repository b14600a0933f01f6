using System.Diagnostics;
using CodeSearch.Core.Reference;
using CodeSearch.Core.Search;
using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing;
using CodeSearch.Indexing.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CodeSearch.Benchmarks;

/// <summary>
/// Where an uncached search spends its time: the stages of <see cref="LuceneCodeIndex.Search"/> run one by one with a
/// stopwatch around each (query reading, Alphabetic Index default, strict tier, relaxed tier), over the load harness's
/// cold queries and the everyday dev queries, page 20 over every system. Run: <c>CodeSearch.Benchmarks profile [passes]</c>. Times are the thread's CPU time.
/// Not a BenchmarkDotNet benchmark: a quick breakdown to decide what to make faster.
/// </summary>
internal static class SearchStageProfile
{
    public static void Run(string[] args)
    {
        var only = args.Length > 2 ? args[2] : null;
        var passes = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        using var index = BenchIndex.OpenFull();
        var scope = ProfileQuerySets.AllReleases(index);
        foreach (var (name, queries) in ProfileQuerySets.Load(only))
        {
            for (var pass = 1; pass <= passes; pass++)
            {
                var total = ThreadCpu.Micros();
                foreach (var q in queries) index.Search(scope, q, 0, 20);
                var whole = (ThreadCpu.Micros() - total) / queries.Count;
                var stages = Stages(index, scope, queries);
                Console.WriteLine($"{name} pass {pass}: {queries.Count} queries, Search {whole:F0} µs CPU/query; stages: {stages}");
            }
        }
    }

    private static string Stages(LuceneCodeIndex index, SearchScope scope, IReadOnlyList<string> queries)
    {
        var reader = new QueryReader(index.Reader, ClinicalVocabulary.Default);
        var searcher = new IndexSearcher(index.Reader) { Similarity = new CoordSimilarity() };
        var filters = new ScopeFilterCache();
        var filter = filters.For(scope);
        // Warm the corrections cache as the server's would be after the first pass; timed, since distinct words cost most here.
        var first = ThreadCpu.Micros();
        foreach (var q in queries) reader.Read(q);
        var firstRead = (ThreadCpu.Micros() - first) / queries.Count;
        var times = new double[4];
        var relaxedRuns = 0;
        var sw = new CpuWatch();
        var gc0 = GC.GetTotalPauseDuration();
        foreach (var text in queries)
        {
            sw.Restart();
            var understood = reader.Read(text);
            var words = QueryWords.Of(understood.Text);
            times[0] += sw.Elapsed.TotalMicroseconds;
            if (words is null) continue;
            sw.Restart();
            if (index.Entries is { } entries) AlphabeticDefault.Find(entries, understood.Completed);
            times[1] += sw.Elapsed.TotalMicroseconds;
            sw.Restart();
            var terms = new TermStates(searcher.TopReaderContext);
            var found = 0;
            foreach (var tier in TextQueryBuilder.Tiers(words, terms))
            {
                if (found >= 21) break;
                found += tier.ConstantScore is { } c ? Collect(searcher, tier, filter, c) : searcher.Search(tier.Query, filter, 21).ScoreDocs.Length;
            }
            times[2] += sw.Elapsed.TotalMicroseconds;
            sw.Restart();
            if (found < 21 && RelaxedQueryBuilder.Build(words, p => terms.DocFreq(new Term(LuceneSchema.Prefixes, p)), terms) is { } relaxed)
            {
                relaxedRuns++;
                searcher.Search(relaxed.Query, filter, 21 + found);
                times[3] += sw.Elapsed.TotalMicroseconds;
            }
        }
        var gc = (GC.GetTotalPauseDuration() - gc0).TotalMicroseconds;
        var n = queries.Count;
        return $"first read {firstRead:F0}, read {times[0] / n:F0}, alphabetic default {times[1] / n:F0}, strict {times[2] / n:F0}, relaxed {times[3] / n:F0} (ran {relaxedRuns}), gc pause {gc / n:F0} µs/query (CPU µs per query, the stages over every query)";
    }

    // Thread CPU, not wall time: on a loaded machine the wall time mostly measures waiting for a core.
    private sealed class CpuWatch
    {
        private double _start;
        public void Restart() => _start = ThreadCpu.Micros();
        public (double TotalMicroseconds, int _) Elapsed => (ThreadCpu.Micros() - _start, 0);
    }

    private static int Collect(IndexSearcher searcher, TextQuery tier, Filter filter, float score)
    {
        var collector = new FirstHitsCollector(21, score);
        searcher.Search(tier.Query, filter, collector);
        return collector.Hits.Count;
    }

}
