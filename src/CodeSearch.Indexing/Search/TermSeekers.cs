using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Term-dictionary enumerators of one reader, handed from lookup to lookup. Each of Lucene's own lookups
/// (<see cref="IndexReader.DocFreq(Term)"/>, <see cref="TermContext.Build"/>, <see cref="MultiFields.GetTermDocsEnum(IndexReader, IBits, string, BytesRef)"/>)
/// opens a new enumerator per segment and field (about 2 KB of frames, arcs, buffers and a clone of the mapped file)
/// and seeks it from the root; an uncached search made a few dozen such lookups that its kept tables
/// (<see cref="KeptDocFreqs"/>, <see cref="KeptTermStates"/>) had not seen, a few percent of its time and a tenth of
/// its bytes. Here an idle enumerator is reseeked instead (Lucene supports seeking a terms enumerator anywhere, and
/// reuses the frames of the prefix it shares with the term it was on); the counts, states and postings read are
/// Lucene's own. A lookup takes a set of enumerators from a few lock-free slots and gives it back when it ends, so
/// lookups on several threads never share one; when every slot is taken a lookup uses a set of its own.
/// </summary>
internal sealed class TermSeekers
{
    private static readonly ConditionalWeakTable<IndexReader, TermSeekers> PerReader = [];

    private readonly IndexReader _reader;
    private readonly Seeker?[] _idle = new Seeker?[Math.Max(4, 2 * Environment.ProcessorCount)];

    private TermSeekers(IndexReader reader) => _reader = reader;

    /// <summary>The seekers of <paramref name="reader"/> (one per reader, kept while the reader lives).</summary>
    public static TermSeekers Of(IndexReader reader) => PerReader.GetValue(reader, r => new TermSeekers(r));

    /// <summary>How many documents hold the term, as <see cref="IndexReader.DocFreq(Term)"/> counts them.</summary>
    public int DocFreq(Term term)
    {
        var seeker = Take();
        var count = seeker.DocFreq(term);
        GiveBack(seeker);
        return count;
    }

    /// <summary>The term's state on every segment, as <see cref="TermContext.Build"/> makes it (<paramref name="top"/> is this reader's context).</summary>
    public TermContext Context(IndexReaderContext top, Term term)
    {
        var seeker = Take();
        var built = seeker.Context(top, term);
        GiveBack(seeker);
        return built;
    }

    /// <summary>Whether some live document in <paramref name="docs"/> (top-level document numbers) holds the term.</summary>
    public bool AnyIn(FixedBitSet docs, string field, string term)
    {
        var seeker = Take();
        var any = seeker.AnyIn(docs, new Term(field, term));
        GiveBack(seeker);
        return any;
    }

    // An idle set, or a new one when every slot is empty. A lookup that throws does not give its set back.
    private Seeker Take()
    {
        for (var i = 0; i < _idle.Length; i++)
        {
            if (Volatile.Read(ref _idle[i]) is not null && Interlocked.Exchange(ref _idle[i], null) is { } idle) return idle;
        }
        return new Seeker(_reader);
    }

    private void GiveBack(Seeker seeker)
    {
        for (var i = 0; i < _idle.Length; i++)
        {
            if (Volatile.Read(ref _idle[i]) is null && Interlocked.CompareExchange(ref _idle[i], seeker, null) is null) return;
        }
    }

    // One thread's enumerators: per field, a terms enumerator and a postings enumerator per segment.
    private sealed class Seeker(IndexReader reader)
    {
        private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
        private readonly Dictionary<string, (TermsEnum? Terms, DocsEnum? Docs)[]> _fields = new(StringComparer.Ordinal);

        public int DocFreq(Term term)
        {
            var count = 0;
            var perLeaf = Field(term.Field);
            for (var i = 0; i < perLeaf.Length; i++)
            {
                if (Seek(perLeaf, i, term) is { } terms) count += terms.DocFreq;
            }
            return count;
        }

        public TermContext Context(IndexReaderContext top, Term term)
        {
            var built = new TermContext(top);
            var perLeaf = Field(term.Field);
            for (var i = 0; i < perLeaf.Length; i++)
            {
                if (Seek(perLeaf, i, term) is { } terms) built.Register(terms.GetTermState(), _leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
            }
            return built;
        }

        public bool AnyIn(FixedBitSet docs, Term term)
        {
            var perLeaf = Field(term.Field);
            for (var i = 0; i < perLeaf.Length; i++)
            {
                if (Seek(perLeaf, i, term) is not { } terms) continue;
                var leaf = _leaves[i];
                var postings = perLeaf[i].Docs = terms.Docs(leaf.AtomicReader.LiveDocs, perLeaf[i].Docs, DocsFlags.NONE);
                for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                {
                    if (docs.Get(leaf.DocBase + doc)) return true;
                }
            }
            return false;
        }

        // The segment's enumerator positioned on the term, or null when the segment does not hold it.
        private TermsEnum? Seek((TermsEnum? Terms, DocsEnum? Docs)[] perLeaf, int i, Term term)
        {
            var terms = perLeaf[i].Terms;
            if (terms is null)
            {
                if (_leaves[i].AtomicReader.Fields?.GetTerms(term.Field) is not { } fieldTerms) return null;
                perLeaf[i].Terms = terms = fieldTerms.GetEnumerator();
            }
            return terms.SeekExact(term.Bytes) ? terms : null;
        }

        private (TermsEnum? Terms, DocsEnum? Docs)[] Field(string field)
        {
            if (!_fields.TryGetValue(field, out var perLeaf)) _fields[field] = perLeaf = new (TermsEnum?, DocsEnum?)[_leaves.Count];
            return perLeaf;
        }
    }
}
