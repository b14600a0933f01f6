using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing;
using CodeSearch.Indexing.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CodeSearch.Benchmarks;

/// <summary>
/// How many of the relaxed tier's matches an upper-bound skip (MaxScore) could leave unscored at best: for every query
/// of a set whose strict tier does not fill page 20, every code the relaxed query matches, and whether its bound (its
/// uncommon words' exact scores, each common word's best score over the index, the coordination factor of matching
/// all of them, the stop words' best) stays under the final 21st-best score. An oracle: a real search knows only a
/// lower threshold while it runs. Run: <c>CodeSearch.Benchmarks prune-oracle [cold|everyday]</c>; docs/benchmarks.md
/// has the figures and why the pruning was not kept.
/// </summary>
internal static class PruneOracle
{
    public static void Run(string[] args)
    {
        using var index = BenchIndex.OpenFull();
        var scope = ProfileQuerySets.AllReleases(index);
        var reader = new QueryReader(index.Reader, ClinicalVocabulary.Default);
        var searcher = new IndexSearcher(index.Reader) { Similarity = new CoordSimilarity() };
        var filter = new ScopeFilterCache().For(scope);
        long matches = 0, pruned = 0, queries = 0, withCommon = 0;
        foreach (var (name, set) in ProfileQuerySets.Load(args.Length > 1 ? args[1] : "cold"))
        {
            foreach (var text in set)
            {
                var words = QueryWords.Of(reader.Read(text).Text);
                if (words is null) continue;
                var terms = new TermStates(searcher.TopReaderContext);
                var found = 0;
                foreach (var tier in TextQueryBuilder.Tiers(words, terms))
                {
                    if (found >= 21) break;
                    found += searcher.Search(tier.Query, filter, 21).ScoreDocs.Length;
                }
                if (found >= 21) continue;
                Func<string, int> df = p => terms.DocFreq(new Term(LuceneSchema.Prefixes, p));
                if (RelaxedQueryBuilder.Build(words, df, terms) is not { } relaxed) continue;
                queries++;
                var k = 21 + found;
                var all = All(searcher, relaxed.Query, filter);
                if (all.Count <= k) continue;
                var theta = all.Values.OrderByDescending(s => s).ElementAt(k - 1);
                var content = words.Content.DistinctBy(i => words.Tokens[i].Stemmed).ToList();
                var n = content.Count;
                var exact = new List<Dictionary<int, float>>();
                var boundC = 0f;
                var possibleC = 0;
                foreach (var i in content)
                {
                    var s = All(searcher, TextQueryBuilder.Word(words, i, terms, relaxed: true), filter);
                    if (s.Count <= 2000) exact.Add(s);
                    else { boundC += s.Values.Max(); possibleC++; }
                }
                if (possibleC > 0) withCommon++;
                var boundS = 0f;
                foreach (var i in words.Stop)
                {
                    var s = All(searcher, TextQueryBuilder.Word(words, i, terms), filter);
                    if (s.Count > 0) boundS += s.Values.Max();
                }
                foreach (var d in all.Keys)
                {
                    var m = 0; var r = 0f;
                    foreach (var e in exact) if (e.TryGetValue(d, out var v)) { m++; r += v; }
                    var u = MathF.Sqrt((float)(m + possibleC) / n) * (r + boundC) + boundS;
                    if (u < theta) pruned++;
                }
                matches += all.Count;
            }
        }
        Console.WriteLine($"relaxed queries {queries}, with common {withCommon}, matches {matches}, prunable {pruned} ({100.0 * pruned / Math.Max(1, matches):F1}%)");
    }

    private static Dictionary<int, float> All(IndexSearcher searcher, Query q, Filter filter)
    {
        var c = new AllCollector();
        searcher.Search(q, filter, c);
        return c.Scores;
    }

    private sealed class AllCollector : ICollector
    {
        private Scorer? _scorer;
        private int _base;
        public Dictionary<int, float> Scores { get; } = new();
        public bool AcceptsDocsOutOfOrder => false;
        public void SetScorer(Scorer scorer) => _scorer = scorer;
        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;
        public void Collect(int doc) => Scores[_base + doc] = _scorer!.GetScore();
    }
}
