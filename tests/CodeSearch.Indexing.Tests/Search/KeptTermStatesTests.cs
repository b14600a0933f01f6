using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>
/// Term lookups kept across searches (<see cref="KeptTermStates"/>): queries built on them score every code as
/// queries built on one search's own lookups, also when an earlier search made the lookups, and provenance reads the
/// same words from the postings.
/// </summary>
public class KeptTermStatesTests(WordFormsFixtureIndex fixture) : IClassFixture<WordFormsFixtureIndex>
{
    public static TheoryData<string> Queries => ClausePruningTests.Queries;

    [Theory]
    [MemberData(nameof(Queries))]
    public void Tiers_KeptAcrossSearches_SameScoresAsOneSearchsLookups(string text)
    {
        var words = QueryWords.Of(text)!;
        var searcher = Searcher();
        var kept = new KeptTermStates(searcher.TopReaderContext);
        // Another search first, so that some of the terms are already kept.
        _ = TextQueryBuilder.Tiers(QueryWords.Of("pain of femur")!, new TermStates(kept)).ToList();
        int Starting(TermStates states, string prefix) => states.DocFreq(new Term(LuceneSchema.Prefixes, prefix));

        var own = new TermStates(searcher.TopReaderContext);
        var shared = new TermStates(kept);
        var expected = TextQueryBuilder.Tiers(words, own).Select(t => Scores(searcher, t.Query)).ToList();
        var actual = TextQueryBuilder.Tiers(words, shared).Select(t => Scores(searcher, t.Query)).ToList();
        var relaxedExpected = RelaxedQueryBuilder.Build(words, p => Starting(own, p), own);
        var relaxedActual = RelaxedQueryBuilder.Build(words, p => Starting(shared, p), shared);

        Assert.Equal(expected, actual);
        Assert.Equal(relaxedExpected is null, relaxedActual is null);
        if (relaxedExpected is not null) Assert.Equal(Scores(searcher, relaxedExpected.Query), Scores(searcher, relaxedActual!.Query));
    }

    [Fact]
    public void Of_SameTerm_OneLookupWithTheIndexCounts()
    {
        var kept = new KeptTermStates(fixture.Index.Reader.Context);
        var term = new Term(LuceneSchema.Description, "femur");

        var first = kept.Of(term);

        Assert.Same(first, kept.Of(new Term(LuceneSchema.Description, "femur")));
        Assert.Equal(fixture.Index.Reader.DocFreq(term), first.DocFreq);
        Assert.True(first.DocFreq > 0);
        Assert.Equal(0, kept.Of(new Term(LuceneSchema.Description, "nosuchword")).DocFreq);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void OwnWords_WithKeptLookups_SameAsWithout(string text)
    {
        var words = QueryWords.Of(text)!;
        var docs = Enumerable.Range(0, fixture.Index.DocumentCount).ToList();
        var codes = docs.Select(fixture.Index.CodeOfDocument).ToList();
        var kept = new KeptTermStates(fixture.Index.Reader.Context);

        var without = OwnWords.Of(fixture.Index.Reader, words, docs, codes);
        var with = OwnWords.Of(fixture.Index.Reader, words, docs, codes, kept);

        Assert.Equal(without, with);
    }

    private IndexSearcher Searcher() => new(fixture.Index.Reader) { Similarity = new CoordSimilarity() };

    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();
}
