using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>
/// Postings enumerators handed from search to search (<see cref="PostingsPool"/>, <see cref="PooledTermQuery"/>):
/// the word queries score every code as Lucene's own term queries do, also when the enumerators were used by earlier
/// searches; a search never shares one between two clauses.
/// </summary>
public class PostingsPoolTests(WordFormsFixtureIndex fixture) : IClassFixture<WordFormsFixtureIndex>
{
    public static TheoryData<string> Queries => ClausePruningTests.Queries;

    [Theory]
    [MemberData(nameof(Queries))]
    public void Tiers_EnumeratorsOfEarlierSearches_SameScoresAsLucenesTermQueries(string text)
    {
        var words = QueryWords.Of(text)!;
        var searcher = Searcher();
        var kept = new KeptTermStates(searcher.TopReaderContext);
        var expected = TextQueryBuilder.Tiers(words, new TermStates(searcher.TopReaderContext)).Select(t => Scores(searcher, t.Query)).ToList();

        for (var search = 0; search < 3; search++)
        {
            using var pooled = new TermStates(kept);
            // Another query in the same search, then the one compared: each search after the first reads enumerators
            // the earlier ones gave back.
            _ = TextQueryBuilder.Tiers(QueryWords.Of("pain of femur")!, pooled).Select(t => Scores(searcher, t.Query)).ToList();
            var actual = TextQueryBuilder.Tiers(words, pooled).Select(t => Scores(searcher, t.Query)).ToList();

            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Docs_AfterTheSearchEnded_NextSearchReusesTheEnumerator()
    {
        var (leaf, term, state) = Femur();
        var pool = new PostingsPool();
        DocsEnum first;
        using (var search = pool.Take()) first = search.Docs(leaf, term, state, null)!;

        using var next = pool.Take();
        var reused = next.Docs(leaf, term, state, null)!;

        Assert.Same(first, reused);
        Assert.Equal(Lucenes(leaf, term), Read(reused));
    }

    [Fact]
    public void Docs_TwiceInOneSearch_TwoEnumerators()
    {
        var (leaf, term, state) = Femur();
        using var search = new PostingsPool().Take();

        var one = search.Docs(leaf, term, state, null)!;
        var two = search.Docs(leaf, term, state, null)!;

        Assert.NotSame(one, two);
        Assert.Equal(Read(one), Read(two));
    }

    [Fact]
    public void Docs_TwoSearchesAtOnce_NeverShareAnEnumerator()
    {
        var (leaf, term, state) = Femur();
        var pool = new PostingsPool();
        using (var warm = pool.Take()) warm.Docs(leaf, term, state, null);

        using var outer = pool.Take();
        var one = outer.Docs(leaf, term, state, null)!;
        // A search started while the first still runs (a nested search of another reading, or another caller).
        using var inner = pool.Take();
        var two = inner.Docs(leaf, term, state, null)!;

        Assert.NotSame(one, two);
        Assert.Equal(Lucenes(leaf, term), Read(one));
        Assert.Equal(Lucenes(leaf, term), Read(two));
    }

    [Fact]
    public void Take_ManySearchesEnded_KeepsAtMostMaxIdleSets()
    {
        var (leaf, term, state) = Femur();
        var pool = new PostingsPool();
        var leases = Enumerable.Range(0, PostingsPool.MaxIdleSets + 3).Select(_ => pool.Take()).ToList();
        foreach (var lease in leases) lease.Docs(leaf, term, state, null);

        foreach (var lease in leases) lease.Dispose();

        Assert.Equal(PostingsPool.MaxIdleSets, pool.IdleSets);
    }

    [Fact]
    public void Docs_AfterItsSearchEnded_ReadsTheTermWithoutTheSet()
    {
        var (leaf, term, state) = Femur();
        var pool = new PostingsPool();
        var ended = pool.Take();
        var given = ended.Docs(leaf, term, state, null)!;
        ended.Dispose();

        // The set now belongs to the next search: a late clause of the ended one must not take its enumerators.
        using var next = pool.Take();
        var late = ended.Docs(leaf, term, state, null)!;
        var current = next.Docs(leaf, term, state, null)!;

        Assert.NotSame(late, current);
        Assert.Same(given, current);
        Assert.Equal(Lucenes(leaf, term), Read(late));
    }

    [Fact]
    public void Docs_SearchesOnManyThreads_EachReadsLucenesPostings()
    {
        var leaf = fixture.Index.Reader.Leaves[0];
        var terms = new[] { "femur", "fracture", "pain" }.Select(w => new Term(LuceneSchema.Description, w))
            .Select(t => (Term: t, State: TermContext.Build(fixture.Index.Reader.Context, t).Get(leaf.Ord)))
            .Where(t => t.State is not null).ToList();
        Assert.NotEmpty(terms);
        var expected = terms.Select(t => Lucenes(leaf, t.Term)).ToList();
        var pool = new PostingsPool();

        var failures = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, _ =>
        {
            using var search = pool.Take();
            for (var k = 0; k < terms.Count; k++)
            {
                if (!ReadAll(search.Docs(leaf, terms[k].Term, terms[k].State!, null)!).SequenceEqual(expected[k])) Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
        Assert.InRange(pool.IdleSets, 1, PostingsPool.MaxIdleSets);
    }

    private (AtomicReaderContext Leaf, Term Term, TermState State) Femur()
    {
        var leaf = fixture.Index.Reader.Leaves[0];
        var term = new Term(LuceneSchema.Description, "femur");
        var state = TermContext.Build(fixture.Index.Reader.Context, term).Get(leaf.Ord);
        Assert.NotNull(state);
        return (leaf, term, state);
    }

    private static List<(int Doc, int Freq)> Lucenes(AtomicReaderContext leaf, Term term)
    {
        var terms = leaf.AtomicReader.GetTerms(term.Field)!.GetEnumerator();
        Assert.True(terms.SeekExact(term.Bytes));
        return Read(terms.Docs(null, null, DocsFlags.FREQS));
    }

    private static List<(int Doc, int Freq)> ReadAll(DocsEnum docs)
    {
        var read = new List<(int, int)>();
        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) read.Add((docs.DocID, docs.Freq));
        return read;
    }

    private static List<(int Doc, int Freq)> Read(DocsEnum docs)
    {
        var read = new List<(int, int)>();
        while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) read.Add((docs.DocID, docs.Freq));
        Assert.NotEmpty(read);
        return read;
    }

    private IndexSearcher Searcher() => new(fixture.Index.Reader) { Similarity = new CoordSimilarity() };

    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();
}
