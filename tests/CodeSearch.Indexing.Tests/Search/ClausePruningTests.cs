using CodeSearch.Core;
using CodeSearch.Core.Search;
using CodeSearch.Core.Vocabulary;
using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>
/// Clauses on terms no code holds are left out of the word queries (<see cref="TermStates.MayHold"/>): the queries
/// built with the index's term states score every code exactly as the full queries do, and are smaller.
/// </summary>
public class ClausePruningTests(WordFormsFixtureIndex fixture) : IClassFixture<WordFormsFixtureIndex>
{
    public static TheoryData<string> Queries => new()
    {
        "type 2 diabetes", "diabetes mellitus with ", "chest pain ", "fracture of femur ", "femur fract", "pain in left knee ",
        "cancer of prostate ", "tumour of esophagus ", "oesophag", "anaemia ", "knee left ", "renal failure ", "kidney stone pain ",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void StrictTier_TermStates_SameScoresAsEveryClause(string text)
    {
        var words = QueryWords.Of(text)!;
        var searcher = Searcher();

        var full = TextQueryBuilder.Tiers(words).Select(t => Scores(searcher, t.Query)).ToList();
        var pruned = TextQueryBuilder.Tiers(words, new TermStates(searcher.TopReaderContext)).Select(t => Scores(searcher, t.Query)).ToList();

        Assert.Equal(full.Count, pruned.Count);
        for (var t = 0; t < full.Count; t++) Assert.Equal(full[t], pruned[t]);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void RelaxedTier_TermStates_SameScoresAsEveryClause(string text)
    {
        var words = QueryWords.Of(text)!;
        var searcher = Searcher();
        var states = new TermStates(searcher.TopReaderContext);
        int Starting(string prefix) => searcher.IndexReader.DocFreq(new Term(LuceneSchema.Prefixes, prefix));

        var full = RelaxedQueryBuilder.Build(words, Starting);
        var pruned = RelaxedQueryBuilder.Build(words, Starting, states);

        Assert.Equal(full is null, pruned is null);
        if (full is not null) Assert.Equal(Scores(searcher, full.Query), Scores(searcher, pruned!.Query));
    }

    [Fact]
    public void StrictTier_FormsNoCodeHolds_LeftOut()
    {
        // British and American spellings, short-description and synonym fields: some of them hold nothing here.
        var words = QueryWords.Of("tumour of oesophagus ")!;
        var searcher = Searcher();

        var full = TextQueryBuilder.Tiers(words).Single().Query.ToString();
        var pruned = TextQueryBuilder.Tiers(words, new TermStates(searcher.TopReaderContext)).Single().Query.ToString();

        Assert.True(pruned.Length < full.Length, $"pruned: {pruned}");
    }

    [Fact]
    public void QueryReadings_SameText_OneReadingEqualToTheReader()
    {
        var readings = new QueryReadings(fixture.Index.Reader, ClinicalVocabulary.Default);
        var reader = new QueryReader(fixture.Index.Reader, ClinicalVocabulary.Default);

        var first = readings.Read("diabetis type 2", Scope());
        var again = readings.Read("diabetis type 2", Scope());

        Assert.Same(first, again);
        Assert.Equal(reader.Read("diabetis type 2"), first.Understood);
        Assert.Equal(QueryWords.Of(first.Understood.Text)!.Tokens, first.Words!.Tokens);
    }

    [Fact]
    public void QueryReadings_SameTextInOneSystem_KeptApartFromTheMixedReading()
    {
        var readings = new QueryReadings(fixture.Index.Reader, ClinicalVocabulary.Default);

        var mixed = readings.Read("mammogram", Scope());
        var pcs = readings.Read("mammogram", Scope(CodeSystemId.Icd10Pcs));

        Assert.NotSame(mixed, pcs);
        Assert.Contains("radiography", pcs.Understood.UnderstoodAs);
        Assert.NotEqual(pcs.Understood.UnderstoodAs, mixed.Understood.UnderstoodAs);
        Assert.Same(pcs, readings.Read("mammogram", Scope(CodeSystemId.Icd10Pcs)));
    }

    // Every release of the fixture, or those of one system.
    private SearchScope Scope(CodeSystemId? system = null) => new(
        [.. fixture.Index.Releases.Select(r => r.Release).Where(r => system is null || r.System == system)], false, new DateOnly(2026, 2, 1));

    private IndexSearcher Searcher() => new(fixture.Index.Reader) { Similarity = new CoordSimilarity() };

    // Every matching document with its score, in document order.
    private static List<(int Doc, float Score)> Scores(IndexSearcher searcher, Query query) =>
        searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc)).ScoreDocs.Select(d => (d.Doc, d.Score)).OrderBy(d => d.Doc).ToList();
}
