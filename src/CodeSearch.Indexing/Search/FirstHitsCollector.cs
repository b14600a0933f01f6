using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Collects the first <c>limit</c> matching documents in document order and stops. Used for constant-score queries:
/// documents are written in rank order (see <see cref="Build.RankOrder"/>), so the first matches are the best ones.
/// </summary>
internal sealed class FirstHitsCollector(int limit, float score) : ICollector
{
    private int _docBase;

    public List<ScoreDoc> Hits { get; } = new(limit);

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

    public void Collect(int doc)
    {
        Hits.Add(new ScoreDoc(_docBase + doc, score));
        if (Hits.Count >= limit) throw new CollectionTerminatedException();
    }
}
