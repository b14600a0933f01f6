using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// An index searcher whose top documents are collected without Lucene's pre-filled queue: Lucene's top-score collector
/// fills its queue with one placeholder <see cref="ScoreDoc"/> per wanted document before the first match (400 objects
/// per Alphabetic Index entry search, a few percent of an uncached search's bytes). Here the best documents are kept in
/// two arrays and only those found become <see cref="ScoreDoc"/>s. The order is Lucene's (score, highest first, then
/// document number) and so is the set kept: both keep the best documents under that order, collected in document order
/// or, when the query's scorer scores out of order, in any order (the same scorer is chosen as Lucene would).
/// </summary>
internal sealed class TopHitsSearcher(IndexReader reader) : IndexSearcher(reader)
{
    /// <summary>The best <paramref name="n"/> documents, as <c>Search(query, n).ScoreDocs</c> gives them.</summary>
    public ScoreDoc[] Top(Query query, int n)
    {
        var weight = CreateNormalizedWeight(query);
        var collector = new Collector(Math.Min(n, Math.Max(1, IndexReader.MaxDoc)), weight.ScoresDocsOutOfOrder);
        Search(m_leafContexts, weight, collector);
        return collector.Results();
    }

    // A heap of the best documents so far, the weakest at the root.
    private sealed class Collector(int size, bool outOfOrder) : ICollector
    {
        private readonly float[] _scores = new float[size];
        private readonly int[] _docs = new int[size];
        private int _count;
        private int _docBase;
        private Scorer? _scorer;

        public bool AcceptsDocsOutOfOrder => outOfOrder;

        public void SetScorer(Scorer scorer) => _scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

        public void Collect(int doc)
        {
            var score = _scorer!.GetScore();
            doc += _docBase;
            if (_count < size)
            {
                _scores[_count] = score;
                _docs[_count] = doc;
                Up(_count++);
                return;
            }
            if (!Before(score, doc, _scores[0], _docs[0])) return;
            _scores[0] = score;
            _docs[0] = doc;
            Down(0);
        }

        public ScoreDoc[] Results()
        {
            var order = Enumerable.Range(0, _count).ToArray();
            Array.Sort(order, (a, b) => Before(_scores[a], _docs[a], _scores[b], _docs[b]) ? -1 : Before(_scores[b], _docs[b], _scores[a], _docs[a]) ? 1 : 0);
            var results = new ScoreDoc[_count];
            for (var i = 0; i < _count; i++) results[i] = new ScoreDoc(_docs[order[i]], _scores[order[i]]);
            return results;
        }

        // Whether a document ranks before another: a higher score, or the same score and a lower number.
        private static bool Before(float score, int doc, float otherScore, int otherDoc) => score > otherScore || (score == otherScore && doc < otherDoc);

        private void Up(int i)
        {
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (!Before(_scores[parent], _docs[parent], _scores[i], _docs[i])) return;
                Swap(i, parent);
                i = parent;
            }
        }

        private void Down(int i)
        {
            while (true)
            {
                var weakest = i;
                var left = 2 * i + 1;
                var right = left + 1;
                if (left < _count && Before(_scores[weakest], _docs[weakest], _scores[left], _docs[left])) weakest = left;
                if (right < _count && Before(_scores[weakest], _docs[weakest], _scores[right], _docs[right])) weakest = right;
                if (weakest == i) return;
                Swap(i, weakest);
                i = weakest;
            }
        }

        private void Swap(int a, int b)
        {
            (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
            (_docs[a], _docs[b]) = (_docs[b], _docs[a]);
        }
    }
}
