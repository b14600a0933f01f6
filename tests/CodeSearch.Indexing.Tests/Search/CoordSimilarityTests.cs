using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>
/// The search's similarity (<see cref="CoordSimilarity"/>) is Lucene's BM25 with the coordination factor, computed
/// without a length table per term weight: every tier (term, phrase, span and boolean queries, with and without
/// coordination) scores every code exactly as Lucene's <see cref="BM25Similarity"/> with the same factor does.
/// </summary>
public class CoordSimilarityTests(WordFormsFixtureIndex fixture) : IClassFixture<WordFormsFixtureIndex>
{
    // The clause-pruning queries that match some code of this fixture ("renal failure" matches none).
    public static TheoryData<string> Queries => new()
    {
        "type 2 diabetes", "diabetes mellitus with ", "chest pain ", "fracture of femur ", "femur fract", "pain in left knee ",
        "cancer of prostate ", "tumour of esophagus ", "oesophag", "anaemia ", "knee left ", "kidney stone pain ",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void EveryTier_SameScoresAsLucenesBm25ToTheBit(string text)
    {
        var words = QueryWords.Of(text)!;
        var ours = new IndexSearcher(fixture.Index.Reader) { Similarity = new CoordSimilarity() };
        var lucenes = new IndexSearcher(fixture.Index.Reader) { Similarity = new LucenesCoord() };
        var tiers = TextQueryBuilder.Tiers(words).Select(t => t.Query).ToList();
        if (RelaxedQueryBuilder.Build(words, p => fixture.Index.Reader.DocFreq(new Term(LuceneSchema.Prefixes, p))) is { } relaxed) tiers.Add(relaxed.Query);

        var scored = 0;
        foreach (var query in tiers)
        {
            var expected = Scores(lucenes, query);
            scored += expected.Count;
            Assert.Equal(expected.Select(d => (d.Doc, BitConverter.SingleToInt32Bits(d.Score))), Scores(ours, query).Select(d => (d.Doc, BitConverter.SingleToInt32Bits(d.Score))));
        }
        Assert.True(scored > 0, "no tier matched a code of the fixture");
    }

    [Fact]
    public void ComputeWeight_ManyTermsOfOneField_ShareOneLengthTable()
    {
        var searcher = new IndexSearcher(fixture.Index.Reader) { Similarity = new CoordSimilarity() };
        var collection = searcher.CollectionStatistics(LuceneSchema.Description);
        var term = new Term(LuceneSchema.Description, "femur");
        var stats = searcher.TermStatistics(term, TermContext.Build(fixture.Index.Reader.Context, term));
        searcher.Similarity.ComputeWeight(1f, collection, stats);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var k = 0; k < 100; k++) searcher.Similarity.ComputeWeight(1f, collection, stats);
        var perWeight = (GC.GetAllocatedBytesForCurrentThread() - before) / 100;

        // Lucene's weight allocates a 256-float table (over 1 KB) each time; ours only its small statistics object.
        Assert.True(perWeight < 256, $"{perWeight} bytes per term weight");
    }

    [Fact]
    public void Explain_TermScore_SameValueAsTheScore()
    {
        var searcher = new IndexSearcher(fixture.Index.Reader) { Similarity = new CoordSimilarity() };
        var query = new TermQuery(new Term(LuceneSchema.Description, "femur")) { Boost = 0.5f };
        var top = searcher.Search(query, 1).ScoreDocs[0];

        Assert.Equal(top.Score, searcher.Explain(query, top.Doc).Value, 5);
    }

    private sealed class LucenesCoord : BM25Similarity
    {
        public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : MathF.Sqrt((float)overlap / maxOverlap);
    }

    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();
}
