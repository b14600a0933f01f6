using CodeSearch.Indexing.Search;
using CodeSearch.Indexing.Tests.Support;
using Lucene.Net.Index;

namespace CodeSearch.Indexing.Tests.Search;

/// <summary>The kept document frequencies are the reader's, asked once or again, held or not.</summary>
public class KeptDocFreqsTests(ReferenceFixtureIndex fixture) : IClassFixture<ReferenceFixtureIndex>
{
    [Theory]
    [InlineData(LuceneSchema.Description, "hypertension")]
    [InlineData(LuceneSchema.DescriptionRaw, "liver")]
    [InlineData(LuceneSchema.Prefixes, "hyp")]
    [InlineData(LuceneSchema.Synonyms, "zebra")]
    public void Of_SameAsTheReaderFirstAndAgain(string field, string word)
    {
        var reader = fixture.Index.Reader;
        var expected = reader.DocFreq(new Term(field, word));

        Assert.Equal(expected, KeptDocFreqs.Of(reader, new Term(field, word)));
        Assert.Equal(expected, KeptDocFreqs.Of(reader, new Term(field, word)));
    }

    [Fact]
    public void Of_HeldWord_Counted()
    {
        Assert.True(KeptDocFreqs.Of(fixture.Index.Reader, new Term(LuceneSchema.DescriptionRaw, "hypertension")) > 0);
    }
}
