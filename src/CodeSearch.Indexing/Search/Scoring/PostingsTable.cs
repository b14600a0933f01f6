using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CodeSearch.Indexing.Search.Scoring;

/// <summary>The documents (index-wide ids, ascending) holding a term, with the term's frequency in each.</summary>
internal sealed class Postings(Term term, int[] docs, float[] freqs, TermStatistics? statistics, TermContext? streamed = null)
{
    public static Postings Empty(Term term) => new(term, [], [], null);

    /// <summary>Set for a term held by more than <see cref="PostingsTable.MaxKeptDocuments"/> codes: its postings are not
    /// kept but read from the index where a search needs them (<see cref="StreamedTermNode"/>); Docs is then empty.</summary>
    public TermContext? Streamed { get; } = streamed;

    public Term Term { get; } = term;
    public int[] Docs { get; } = docs;
    public float[] Freqs { get; } = freqs;
    /// <summary>What BM25 weighs the term by (null when no document holds it).</summary>
    public TermStatistics? Statistics { get; } = statistics;
}

/// <summary>
/// Postings read from the index once per generation and kept as arrays, so that a search scores candidate codes with
/// array lookups instead of Lucene's scorer machinery (<see cref="MemoryQuery"/>). Bounded: cleared when it holds more
/// than <see cref="MaxPostings"/> entries; likewise the clauses worked out whole (<see cref="Keep"/>, <see cref="MaxKept"/>).
/// Both live as long as the generation (one table per <see cref="LuceneCodeIndex"/>).
/// </summary>
internal sealed class PostingsTable(IndexSearcher searcher)
{
    /// <summary>Most postings entries kept (8 bytes each, so at most about 32 MB; the harness's 4,991 cold queries and
    /// the 653 everyday ones together read 2.8 million).</summary>
    public const long MaxPostings = 4_000_000;

    /// <summary>Most scored documents kept for whole clauses (8 bytes each, at most about 32 MB).</summary>
    public const long MaxKept = 4_000_000;

    /// <summary>Largest term or clause kept whole (documents it can match): a common word ("unspecified", the prefix
    /// "a") is only ever advanced to a search's candidates, which the index's skip lists do best.</summary>
    public const long MaxKeptDocuments = 20_000;

    private const int KeyEntries = 64;

    private readonly ConcurrentDictionary<(Query, float), Scored> _kept = new();
    private long _keptHeld;

    private readonly ConcurrentDictionary<Term, Postings> _postings = new();
    private readonly ConcurrentDictionary<string, CollectionStatistics> _fields = new(StringComparer.Ordinal);
    private long _held;

    public IndexSearcher Searcher => searcher;

    public CollectionStatistics Field(string field) => _fields.GetOrAdd(field, f => searcher.CollectionStatistics(f));

    public Postings Of(Term term)
    {
        if (_postings.TryGetValue(term, out var known)) return known;
        var read = Read(term);
        if (Interlocked.Add(ref _held, read.Docs.Length + 1) > MaxPostings)
        {
            _postings.Clear();
            Interlocked.Exchange(ref _held, read.Docs.Length + 1);
        }
        return _postings.GetOrAdd(term, read);
    }

    /// <summary>The kept matches of <paramref name="query"/> under enclosing boosts <paramref name="parentBoost"/>, or null.</summary>
    public Scored? Kept(Query query, float parentBoost) => _kept.GetValueOrDefault((query, parentBoost));

    public void Keep(Query query, float parentBoost, Scored scored)
    {
        // A clause's key (its query tree) counts as KeyEntries, so clauses that match nothing still fill the bound.
        var entries = scored.Docs.Length + KeyEntries;
        if (Interlocked.Add(ref _keptHeld, entries) > MaxKept)
        {
            _kept.Clear();
            Interlocked.Exchange(ref _keptHeld, entries);
        }
        _kept.TryAdd((query, parentBoost), scored);
    }

    private Postings Read(Term term)
    {
        var context = TermContext.Build(searcher.TopReaderContext, term);
        if (context.DocFreq == 0) return Postings.Empty(term);
        if (context.DocFreq > MaxKeptDocuments) return new Postings(term, [], [], searcher.TermStatistics(term, context), context);
        var docs = new int[context.DocFreq];
        var freqs = new float[context.DocFreq];
        var count = 0;
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var state = context.Get(leaf.Ord);
            if (state is null) continue;
            var terms = leaf.AtomicReader.GetTerms(term.Field)!.GetEnumerator();
            terms.SeekExact(term.Bytes, state);
            var postings = terms.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.FREQS);
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
            {
                if (count == docs.Length)
                {
                    Array.Resize(ref docs, count * 2);
                    Array.Resize(ref freqs, count * 2);
                }
                docs[count] = leaf.DocBase + doc;
                freqs[count++] = postings.Freq;
            }
        }
        if (count < docs.Length)
        {
            Array.Resize(ref docs, count);
            Array.Resize(ref freqs, count);
        }
        return new Postings(term, docs, freqs, searcher.TermStatistics(term, context));
    }
}
