using Lucene.Net.Index;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Postings enumerators of one generation, handed from search to search (<see cref="PooledTermQuery"/>). Lucene's term
/// scorer opens a terms enumerator and a postings enumerator for every clause of every search: a few kilobytes of
/// buffers, frames and a clone of the mapped file each, and the largest share of what a search allocated (a fifth of
/// an uncached search's time went to garbage collections). A search takes a whole set of idle enumerators through a
/// <see cref="Lease"/> and gives it back when it ends; Lucene resets a reused enumerator for its new term
/// (<see cref="TermsEnum.Docs(Lucene.Net.Util.IBits, DocsEnum, DocsFlags)"/>), so the postings read are the same.
/// The pool's lock is taken twice per search (take and give back a set), not three times per term clause: under
/// concurrent searches the per-clause lock was a convoy (a tenth of the server's samples in uncached SearchCodes
/// waited or spun on it, docs/benchmarks.md). Bounded: at most <see cref="MaxIdleSets"/> idle sets, each with at most
/// <see cref="MaxPerField"/> idle postings enumerators per segment and field.
/// </summary>
internal sealed class PostingsPool
{
    /// <summary>Most idle postings enumerators kept per segment and field in one set (about 2 KB each).</summary>
    public const int MaxPerField = 64;

    /// <summary>
    /// Most idle sets kept: searches running at once each hold one (a nested search, another), and a set given back
    /// past this bound is left to the garbage collector.
    /// </summary>
    public static readonly int MaxIdleSets = Math.Max(4, 2 * Environment.ProcessorCount);

    private readonly object _gate = new();
    private readonly Stack<Enumerators> _idle = new();

    /// <summary>The enumerators of one search; not thread-safe (a search runs on one thread).</summary>
    public Lease Take()
    {
        Enumerators? set = null;
        lock (_gate)
        {
            if (_idle.Count > 0) set = _idle.Pop();
        }
        return new Lease(this, set ?? new Enumerators());
    }

    /// <summary>How many idle sets the pool keeps (for tests).</summary>
    internal int IdleSets
    {
        get
        {
            lock (_gate) return _idle.Count;
        }
    }

    private void GiveBack(Enumerators set)
    {
        lock (_gate)
        {
            if (_idle.Count < MaxIdleSets) _idle.Push(set);
        }
    }

    // One search's enumerators: the idle postings enumerators per segment and field, and one terms enumerator per
    // segment and field (used only to position a postings enumerator, so one serves every clause).
    internal sealed class Enumerators
    {
        public readonly Dictionary<(object Segment, string Field), Stack<DocsEnum>> Docs = [];
        public readonly Dictionary<(object Segment, string Field), TermsEnum> Terms = [];
    }

    /// <summary>The postings enumerators one search took; returned to the pool on <see cref="Dispose"/>.</summary>
    internal sealed class Lease(PostingsPool pool, Enumerators set) : IDisposable
    {
        private readonly List<((object, string) Key, DocsEnum Value)> _taken = [];
        private bool _returned;

        /// <summary>
        /// The postings (with frequencies) of <paramref name="term"/> in the segment, positioned by its kept
        /// <paramref name="state"/>, as Lucene's term weight opens them; null when the segment has no such field.
        /// </summary>
        public DocsEnum? Docs(AtomicReaderContext context, Term term, TermState state, Lucene.Net.Util.IBits? acceptDocs)
        {
            if (_returned) return Unpooled(context, term, state, acceptDocs);
            var key = (context.AtomicReader.CoreCacheKey, term.Field);
            if (!set.Terms.TryGetValue(key, out var terms))
            {
                if (context.AtomicReader.GetTerms(term.Field) is not { } fieldTerms) return null;
                set.Terms[key] = terms = fieldTerms.GetEnumerator();
            }
            terms.SeekExact(term.Bytes, state);
            var idle = set.Docs.TryGetValue(key, out var stack) && stack.Count > 0 ? stack.Pop() : null;
            var docs = terms.Docs(acceptDocs, idle, DocsFlags.FREQS);
            _taken.Add((key, docs));
            return docs;
        }

        // After the lease ended its set may serve another search: a late clause reads enumerators of its own.
        private static DocsEnum? Unpooled(AtomicReaderContext context, Term term, TermState state, Lucene.Net.Util.IBits? acceptDocs)
        {
            if (context.AtomicReader.GetTerms(term.Field) is not { } fieldTerms) return null;
            var terms = fieldTerms.GetEnumerator();
            terms.SeekExact(term.Bytes, state);
            return terms.Docs(acceptDocs, null, DocsFlags.FREQS);
        }

        public void Dispose()
        {
            if (_returned) return;
            _returned = true;
            foreach (var (key, docs) in _taken)
            {
                if (!set.Docs.TryGetValue(key, out var stack)) set.Docs[key] = stack = new Stack<DocsEnum>();
                if (stack.Count < MaxPerField) stack.Push(docs);
            }
            _taken.Clear();
            pool.GiveBack(set);
        }
    }
}
