using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Completes a word written short before the last one (docs/search.md, "Reading the query", 5): of the long-description
/// words the letters start, the one most codes hold together with every other word of the query, each taken whole or as
/// the start of a word. `irrit bow syn` → *irritable* (beside *bowel* and *syndrome*), `gastroesoph refl` →
/// *gastroesophageal*. Clinicians and coders shorten every word of a phrase, not only the one being typed. Null when no
/// code holds a completion with all the other words: the caller then takes the most common completion alone.
/// </summary>
internal static class ShortWordCompletion
{
    /// <summary>Most indexed words looked at for one prefix, as for the completion of the word being typed.</summary>
    public const int MaxScanned = QueryReader.MaxCompletionsScanned;

    /// <summary>Fewest letters of another word for it to take part (shorter ones are joining words: "w", "of").</summary>
    public const int MinOtherLength = 3;

    /// <summary>The completion of <paramref name="prefix"/> most codes hold beside all of <paramref name="others"/>, or null.</summary>
    public static string? Among(IndexReader reader, string prefix, IReadOnlyList<string> others)
    {
        if (MultiFields.GetTerms(reader, DescriptionRaw) is not { } terms) return null;
        var live = MultiFields.GetLiveDocs(reader);
        FixedBitSet? held = null;
        foreach (var other in others)
        {
            if (other.Length < MinOtherLength || !other.All(char.IsAsciiLetterLower)) continue;
            var docs = Starting(terms, live, other, reader.MaxDoc);
            if (held is null) held = docs;
            else held.And(docs);
        }
        if (held is null || held.Cardinality == 0) return null;
        return PhraseCompletion.MostHeldAmong(terms, live, held, prefix);
    }

    // The codes whose long description holds a word starting with the letters (the word itself among them).
    private static FixedBitSet Starting(Terms terms, IBits? live, string letters, int maxDoc)
    {
        var docs = new FixedBitSet(maxDoc);
        var words = terms.GetEnumerator();
        var start = new BytesRef(letters);
        if (words.SeekCeil(start) == TermsEnum.SeekStatus.END) return docs;
        var scanned = 0;
        DocsEnum? postings = null;
        do
        {
            if (!StringHelper.StartsWith(words.Term, start)) break;
            postings = words.Docs(live, postings, DocsFlags.NONE);
            while (postings.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) docs.Set(postings.DocID);
        }
        while (++scanned < MaxScanned && words.MoveNext());
        return docs;
    }
}
