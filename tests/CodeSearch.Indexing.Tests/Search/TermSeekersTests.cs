using CodeSearch.Indexing.Search;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>
/// Term lookups through reused enumerators (<see cref="TermSeekers"/>) give Lucene's own answers: document counts,
/// term states (the postings a term query reads from them) and whether a set of documents holds a term, on an index of
/// three segments with deleted documents, for terms held, held in some segments only, never held and in a missing
/// field, asked in any order, again, and from several threads at once.
/// </summary>
public sealed class TermSeekersTests : IDisposable
{
    private const string Text = "text";
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;

    public TermSeekersTests()
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneSchema.Version, new WhitespaceAnalyzer(LuceneSchema.Version))))
        {
            var words = Words();
            for (var segment = 0; segment < 3; segment++)
            {
                for (var doc = 0; doc < 40; doc++)
                {
                    // Words that differ from segment to segment, a few only in one, sharing prefixes (frames reused).
                    var text = string.Join(' ', Enumerable.Range(0, 6).Select(k => words[(doc * 7 + k * 13 + segment * 5) % (words.Length - segment * 4)]));
                    writer.AddDocument(new Document { new TextField(Text, text, Field.Store.NO), new StringField("id", $"{segment}-{doc}", Field.Store.NO) });
                }
                writer.Commit();
            }
            writer.DeleteDocuments(new Term("id", "1-3"), new Term("id", "2-17"), new Term("id", "0-0"));
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
    }

    // Words no document holds, or prefixes and extensions of held ones.
    private static readonly string[] NeverHeld = ["fractur", "fracturez", "zzz", "a", "femora", "aaa", "zygomas"];

    [Fact]
    public void Index_HasSeveralSegmentsAndDeletions()
    {
        Assert.Equal(3, _reader.Leaves.Count);
        Assert.True(_reader.HasDeletions);
    }

    [Fact]
    public void DocFreq_EveryTermInAnyOrderTwice_SameAsTheReader()
    {
        var seekers = TermSeekers.Of(_reader);
        foreach (var term in Shuffled().Concat(Shuffled()))
        {
            Assert.Equal(_reader.DocFreq(term), seekers.DocFreq(term));
        }
    }

    [Fact]
    public void Context_EveryTermInAnyOrder_SameCountsAndPostingsAsLucenesBuild()
    {
        var seekers = TermSeekers.Of(_reader);
        var searcher = new IndexSearcher(_reader);
        foreach (var term in Shuffled().Concat(Shuffled()))
        {
            var expected = TermContext.Build(_reader.Context, term);
            var actual = seekers.Context(_reader.Context, term);

            Assert.Equal(expected.DocFreq, actual.DocFreq);
            Assert.Equal(expected.TotalTermFreq, actual.TotalTermFreq);
            Assert.Equal(Hits(searcher, new TermQuery(term, expected)), Hits(searcher, new TermQuery(term, actual)));
        }
    }

    [Fact]
    public void AnyIn_EveryTermAndDocumentSet_SameAsReadingThePostings()
    {
        var seekers = TermSeekers.Of(_reader);
        foreach (var start in new[] { 0, 37, 80 })
        {
            var docs = new FixedBitSet(_reader.MaxDoc);
            for (var doc = start; doc < Math.Min(_reader.MaxDoc, start + 25); doc++) docs.Set(doc);
            foreach (var term in Shuffled())
            {
                Assert.Equal(LucenesAny(docs, term), seekers.AnyIn(docs, term.Field, term.Text));
            }
        }
    }

    [Fact]
    public void Lookups_OnEightThreadsAtOnce_SameAsTheReader()
    {
        var seekers = TermSeekers.Of(_reader);
        var terms = Shuffled().ToArray();
        var expected = terms.Select(t => _reader.DocFreq(t)).ToArray();
        var states = terms.Select(t => TermContext.Build(_reader.Context, t).DocFreq).ToArray();
        var wrong = 0;

        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, thread =>
        {
            for (var round = 0; round < 200; round++)
            {
                for (var i = 0; i < terms.Length; i++)
                {
                    var k = (i + thread * 3 + round) % terms.Length;
                    if (seekers.DocFreq(terms[k]) != expected[k] || seekers.Context(_reader.Context, terms[k]).DocFreq != states[k]) Interlocked.Increment(ref wrong);
                }
            }
        });

        Assert.Equal(0, wrong);
    }

    private bool LucenesAny(FixedBitSet docs, Term term)
    {
        var postings = MultiFields.GetTermDocsEnum(_reader, MultiFields.GetLiveDocs(_reader), term.Field, term.Bytes);
        if (postings is null) return false;
        for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
        {
            if (docs.Get(doc)) return true;
        }
        return false;
    }

    private static List<(int Doc, float Score)> Hits(IndexSearcher searcher, Query query) =>
        searcher.Search(query, 200).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();

    private static IEnumerable<Term> Shuffled()
    {
        var terms = Words().Concat(NeverHeld).Select(w => new Term(Text, w))
            .Append(new Term("missing", "fracture")).Append(new Term("id", "1-3")).Append(new Term("id", "1-4")).ToList();
        var random = new Random(13);
        return terms.OrderBy(_ => random.Next()).ToList();
    }

    private static string[] Words() =>
    [
        "fracture", "fractures", "fractured", "femur", "femoral", "fever", "fetal", "pain", "painful", "palsy",
        "arm", "arthritis", "arthropathy", "artery", "left", "leg", "lesion", "right", "rib", "rickets",
        "knee", "kidney", "kyphosis", "heart", "hernia", "herpes", "zoster", "zinc", "zygoma", "diabetes",
    ];

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
