using Lucene.Net.Index;
using Lucene.Net.Search;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Whether some code holds a word beside the query's other words (docs/search.md, "Misspellings"): the context that
/// picks a correction among close ones ("liver sirosis" → cirrhosis, which codes hold beside liver, not xerosis) and
/// that tells a misspelling which happens to be a rare word of the titles ("multiple sclerosus": lichen sclerosus)
/// from the word meant. One count query per candidate and context word; run only when there is a choice to make.
/// </summary>
internal sealed class WordsTogether(IndexReader reader)
{
    private readonly IndexSearcher _searcher = new(reader);

    /// <summary>Whether a code holds the long-description word <paramref name="raw"/> with any of <paramref name="others"/> (stemmed).</summary>
    public bool AnyWith(string raw, IReadOnlyList<string> others)
    {
        foreach (var other in others)
        {
            var both = new BooleanQuery
            {
                { new TermQuery(new Term(DescriptionRaw, raw)), Occur.MUST },
                { new TermQuery(new Term(Description, other)), Occur.MUST },
            };
            var count = new TotalHitCountCollector();
            _searcher.Search(both, count);
            if (count.TotalHits > 0) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether a code holds the stemmed word <paramref name="stemmed"/> with any of <paramref name="others"/> (stemmed),
    /// each in its title or its index terms ("acne roscea": rosacea and acne stand together in index terms only).
    /// </summary>
    public bool AnyNear(string stemmed, IReadOnlyList<string> others)
    {
        foreach (var other in others)
        {
            var both = new BooleanQuery { { Either(stemmed), Occur.MUST }, { Either(other), Occur.MUST } };
            var count = new TotalHitCountCollector();
            _searcher.Search(both, count);
            if (count.TotalHits > 0) return true;
        }
        return false;
    }

    private static BooleanQuery Either(string stemmed) => new()
    {
        { new TermQuery(new Term(Description, stemmed)), Occur.SHOULD },
        { new TermQuery(new Term(Synonyms, stemmed)), Occur.SHOULD },
    };
}
