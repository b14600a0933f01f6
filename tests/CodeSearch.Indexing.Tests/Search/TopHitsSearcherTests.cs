using CodeSearch.Indexing.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>
/// The top documents collected without Lucene's pre-filled queue (<see cref="TopHitsSearcher"/>) are Lucene's own, in
/// Lucene's order: for queries whose scorer runs in document order and out of it (only optional words), with many
/// equal scores (ties go to the lower document number), over three segments with deletions, asking for fewer
/// documents than match, as many, and more.
/// </summary>
public sealed class TopHitsSearcherTests : IDisposable
{
    private const string Text = "text";
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public TopHitsSearcherTests()
    {
        string[] words = ["fracture", "femur", "left", "right", "pain", "knee", "closed", "open"];
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneSchema.Version, new WhitespaceAnalyzer(LuceneSchema.Version))))
        {
            for (var segment = 0; segment < 3; segment++)
            {
                for (var doc = 0; doc < 60; doc++)
                {
                    // Few distinct texts: many documents score the same.
                    var text = string.Join(' ', Enumerable.Range(0, 1 + doc % 4).Select(k => words[(doc / 4 + k * 3 + segment) % words.Length]));
                    writer.AddDocument(new Document { new TextField(Text, text, Field.Store.NO), new StringField("id", $"{segment}-{doc}", Field.Store.NO) });
                }
                writer.Commit();
            }
            writer.DeleteDocuments(new Term("id", "0-5"), new Term("id", "2-40"));
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
    }

    public static TheoryData<string, int> Cases()
    {
        var cases = new TheoryData<string, int>();
        foreach (var query in new[] { "+fracture", "+fracture +femur", "fracture femur", "fracture femur knee open", "+pain left right", "nothing", "+left closed" })
        {
            foreach (var n in new[] { 1, 3, 10, 400 }) cases.Add(query, n);
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Top_SameDocumentsScoresAndOrderAsLucenesSearch(string text, int n)
    {
        var query = Parse(text);
        var lucene = new IndexSearcher(_reader) { Similarity = LuceneSchema.Similarity };
        var ours = new TopHitsSearcher(_reader) { Similarity = LuceneSchema.Similarity };

        var expected = lucene.Search(query, n).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();
        var actual = ours.Top(query, n).Select(d => (d.Doc, d.Score)).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Index_SeveralSegmentsTiesAndAnOutOfOrderScorer()
    {
        var searcher = new IndexSearcher(_reader);
        var query = Parse("fracture femur");
        var all = searcher.Search(query, 400).ScoreDocs;

        Assert.Equal(3, _reader.Leaves.Count);
        Assert.Contains(all.GroupBy(d => d.Score), g => g.Count() > 3);
        Assert.True(searcher.CreateNormalizedWeight(query).ScoresDocsOutOfOrder);
        Assert.False(searcher.CreateNormalizedWeight(Parse("+fracture +femur")).ScoresDocsOutOfOrder);
    }

    private static BooleanQuery Parse(string text)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var word in text.Split(' '))
        {
            query.Add(new TermQuery(new Term(Text, word.TrimStart('+'))), word.StartsWith('+') ? Occur.MUST : Occur.SHOULD);
        }
        return query;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
