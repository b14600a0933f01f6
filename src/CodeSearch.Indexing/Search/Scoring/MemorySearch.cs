using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CodeSearch.Indexing.Search.Scoring;

/// <summary>
/// Runs a scored word query over kept postings (<see cref="MemoryQuery"/>): the candidates are the documents of its
/// cheapest required part (a rare word's postings, or the relaxed tier's candidate codes), each scored against every
/// clause with array lookups; the best <c>n</c> in Lucene's order (score, then document id). Returns null when the
/// candidates would be more than <see cref="MaxCandidates"/>, where Lucene's own scorers are as good.
/// </summary>
internal sealed class MemorySearch(PostingsTable table)
{
    /// <summary>Most candidates scored in memory.</summary>
    public const long MaxCandidates = 40_000;

    private readonly Leaves _leaves = new(table.Searcher.IndexReader);

    /// <summary>The best <paramref name="n"/> documents that <paramref name="filter"/> accepts, or null (see above).</summary>
    public ScoreDoc[]? Top(Query query, Filter filter, int n)
    {
        var root = MemoryQuery.Compile(query, table, _leaves);
        if (root.Cost > MaxCandidates) return null;
        var scope = Scope(filter);
        var candidates = root.Documents();
        var best = new PriorityQueue<ScoreDoc, ScoreDoc>(n + 1, Worst.Instance);
        foreach (var doc in candidates)
        {
            var leaf = _leaves.Of(doc);
            if (scope[leaf] is { } bits && !bits.Get(doc - _leaves.Base(leaf))) continue;
            if (!root.Score(doc, out var score)) continue;
            if (best.Count < n) best.Enqueue(new ScoreDoc(doc, score), new ScoreDoc(doc, score));
            // Documents come in ascending order: a later one must score strictly more to displace an equal one.
            else if (n > 0 && score > best.Peek().Score) best.EnqueueDequeue(new ScoreDoc(doc, score), new ScoreDoc(doc, score));
        }
        var top = new ScoreDoc[best.Count];
        for (var k = top.Length - 1; k >= 0; k--) top[k] = best.Dequeue();
        return top;
    }

    private IBits?[] Scope(Filter filter)
    {
        var bits = new IBits?[_leaves.Count];
        for (var k = 0; k < bits.Length; k++)
        {
            var context = _leaves.Context(k);
            var set = filter.GetDocIdSet(context, context.AtomicReader.LiveDocs);
            if (set is null)
            {
                bits[k] = new Bits.MatchNoBits(context.AtomicReader.MaxDoc);
                continue;
            }
            bits[k] = set.Bits ?? ToBits(set, context.AtomicReader.MaxDoc);
        }
        return bits;
    }

    private static FixedBitSet ToBits(DocIdSet set, int maxDoc)
    {
        var bits = new FixedBitSet(maxDoc);
        if (set.GetIterator() is { } iterator) bits.Or(iterator);
        return bits;
    }

    // The heap's head is the worst hit kept: the lowest score, and of equal scores the highest document id.
    private sealed class Worst : IComparer<ScoreDoc>
    {
        public static readonly Worst Instance = new();

        public int Compare(ScoreDoc? x, ScoreDoc? y)
        {
            var byScore = x!.Score.CompareTo(y!.Score);
            return byScore != 0 ? byScore : y.Doc.CompareTo(x.Doc);
        }
    }
}
