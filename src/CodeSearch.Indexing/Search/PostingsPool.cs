using Lucene.Net.Index;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Postings enumerators of one generation, handed from search to search (<see cref="PooledTermQuery"/>). Lucene's term
/// scorer opens a terms enumerator and a postings enumerator for every clause of every search: a few kilobytes of
/// buffers, frames and a clone of the mapped file each, and the largest share of what a search allocated (a fifth of
/// an uncached search's time went to garbage collections). A search takes enumerators through a <see cref="Lease"/>,
/// which gives them back when the search ends; Lucene resets a reused enumerator for its new term
/// (<see cref="TermsEnum.Docs(Lucene.Net.Util.IBits, DocsEnum, DocsFlags)"/>), so the postings read are the same.
/// Bounded: at most <see cref="MaxPerField"/> idle enumerators per segment and field.
/// </summary>
internal sealed class PostingsPool
{
    /// <summary>Most idle postings enumerators kept per segment and field (about 2 KB each).</summary>
    public const int MaxPerField = 64;

    private readonly object _gate = new();
    private readonly Dictionary<(object Segment, string Field), Stack<DocsEnum>> _docs = [];
    private readonly Dictionary<(object Segment, string Field), Stack<TermsEnum>> _terms = [];

    /// <summary>The enumerators of one search; not thread-safe (a search runs on one thread).</summary>
    public Lease Take() => new(this);

    private T? Pop<T>(Dictionary<(object, string), Stack<T>> idle, (object, string) key) where T : class
    {
        lock (_gate) return idle.TryGetValue(key, out var stack) && stack.Count > 0 ? stack.Pop() : null;
    }

    private void Push<T>(Dictionary<(object, string), Stack<T>> idle, (object, string) key, T value)
    {
        lock (_gate) Keep(idle, key, value);
    }

    private void Push<T>(Dictionary<(object, string), Stack<T>> idle, List<((object, string) Key, T Value)> items)
    {
        lock (_gate)
        {
            foreach (var (key, value) in items) Keep(idle, key, value);
        }
    }

    private static void Keep<T>(Dictionary<(object, string), Stack<T>> idle, (object, string) key, T value)
    {
        if (!idle.TryGetValue(key, out var stack)) idle[key] = stack = new Stack<T>();
        if (stack.Count < MaxPerField) stack.Push(value);
    }

    /// <summary>The postings enumerators one search took; returned to the pool on <see cref="Dispose"/>.</summary>
    internal sealed class Lease(PostingsPool pool) : IDisposable
    {
        private readonly List<((object, string) Key, DocsEnum Value)> _taken = [];

        /// <summary>
        /// The postings (with frequencies) of <paramref name="term"/> in the segment, positioned by its kept
        /// <paramref name="state"/>, as Lucene's term weight opens them; null when the segment has no such field.
        /// </summary>
        public DocsEnum? Docs(AtomicReaderContext context, Term term, TermState state, Lucene.Net.Util.IBits? acceptDocs)
        {
            var key = (context.AtomicReader.CoreCacheKey, term.Field);
            var terms = pool.Pop(pool._terms, key);
            if (terms is null)
            {
                if (context.AtomicReader.GetTerms(term.Field) is not { } fieldTerms) return null;
                terms = fieldTerms.GetEnumerator();
            }
            terms.SeekExact(term.Bytes, state);
            var docs = terms.Docs(acceptDocs, pool.Pop(pool._docs, key), DocsFlags.FREQS);
            pool.Push(pool._terms, key, terms);
            _taken.Add((key, docs));
            return docs;
        }

        public void Dispose()
        {
            if (_taken.Count == 0) return;
            pool.Push(pool._docs, _taken);
            _taken.Clear();
        }
    }
}
