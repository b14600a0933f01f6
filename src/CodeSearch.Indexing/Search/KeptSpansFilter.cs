using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using Lucene.Net.Util;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The codes a span query matches, with its terms' dictionary lookups given (<see cref="TermStates"/>): a fixed-score
/// bonus (the "together" bonus of <see cref="TextQueryBuilder"/>) only needs which codes hold the spans, and Lucene's
/// span weight looks every term up again and works out BM25 statistics the fixed score never uses. The documents are
/// those of Lucene's <c>SpanScorer</c> over the same <see cref="SpanQuery.GetSpans"/>, so a
/// <see cref="ConstantScoreQuery"/> over this filter matches and scores exactly as one over the span query.
/// </summary>
internal sealed class KeptSpansFilter(SpanQuery query, IDictionary<Term, TermContext> contexts) : Filter
{
    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        new SpansDocs(query.GetSpans(context, acceptDocs, contexts));

    public override string ToString() => $"Spans({query})";

    private sealed class SpansDocs(Lucene.Net.Search.Spans.Spans spans) : DocIdSet
    {
        public override DocIdSetIterator GetIterator() => new SpansIterator(spans);
    }

    // Moves through the spans' documents as SpanScorer does: each document once, past all of its spans.
    private sealed class SpansIterator : DocIdSetIterator
    {
        private readonly Lucene.Net.Search.Spans.Spans _spans;
        private bool _more;
        private int _doc = -1;

        public SpansIterator(Lucene.Net.Search.Spans.Spans spans)
        {
            _spans = spans;
            _more = spans.MoveNext();
        }

        public override int DocID => _doc;

        public override int NextDoc() => _doc = Settle() ? _doc : NO_MORE_DOCS;

        public override int Advance(int target)
        {
            if (!_more) return _doc = NO_MORE_DOCS;
            // Settle leaves the spans on the next document already.
            if (_spans.Doc < target) _more = _spans.SkipTo(target);
            return NextDoc();
        }

        public override long GetCost() => _spans.GetCost();

        private bool Settle()
        {
            if (!_more) return false;
            _doc = _spans.Doc;
            do
            {
                _more = _spans.MoveNext();
            } while (_more && _doc == _spans.Doc);
            return true;
        }
    }
}
