using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>
/// The "together" bonus matched through <see cref="KeptSpansFilter"/> (the search's own term lookups) gives the codes
/// and the fixed score Lucene's span scorer gives, whether reached by iteration or by skipping.
/// </summary>
public class KeptSpansFilterTests(WordFormsFixtureIndex fixture) : IClassFixture<WordFormsFixtureIndex>
{
    public static TheoryData<string, string> Pairs => new()
    {
        { "fracture", "femur" }, { "pain", "knee" }, { "diabetes", "type" }, { "malignant", "neoplasm" }, { "chest", "pain" },
        { "kidney", "failure" }, { "femur", "nothingatall" },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Filter_SameCodesAndScoreAsTheSpanQuery(string first, string second)
    {
        var searcher = new IndexSearcher(fixture.Index.Reader) { Similarity = new CoordSimilarity() };
        var near = Near(first, second);
        var states = new TermStates(searcher.TopReaderContext);

        var expected = Scores(searcher, new ConstantScoreQuery(near) { Boost = 4f });
        var actual = Scores(searcher, new ConstantScoreQuery(new KeptSpansFilter(near, states.Contexts(near))) { Boost = 4f });

        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Filter_Advance_StopsWhereTheSpanScorerStops(string first, string second)
    {
        var searcher = new IndexSearcher(fixture.Index.Reader);
        var near = Near(first, second);
        var states = new TermStates(searcher.TopReaderContext);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var expected = searcher.CreateNormalizedWeight(near).GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            var actual = new KeptSpansFilter(near, states.Contexts(near)).GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs).GetIterator();
            // Every third document as a target: some land on matches, some between them.
            for (var target = 0; ; target += 3)
            {
                var want = expected is null ? DocIdSetIterator.NO_MORE_DOCS : expected.DocID >= target ? expected.DocID : expected.Advance(target);
                var got = actual.DocID >= target ? actual.DocID : actual.Advance(target);
                Assert.Equal(want, got);
                if (want == DocIdSetIterator.NO_MORE_DOCS) break;
            }
        }
    }

    private static SpanNearQuery Near(string first, string second) => new(
        [new SpanTermQuery(new Term(LuceneSchema.Description, first)), new SpanTermQuery(new Term(LuceneSchema.Description, second))],
        8, inOrder: false);

    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();
}
