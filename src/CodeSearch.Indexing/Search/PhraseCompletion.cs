using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Completes the word being typed by the word before it (docs/search.md, "Reading the query"): of the long-description
/// words the typed letters start, the one most codes hold together with the preceding word. `otitis ext` → *externa*,
/// `acute bronch` → *bronchitis*, `chest pa` → *pain*, where the most common completion alone (*extremity*, *bronchus*,
/// *part*) names another condition. Null when no code holds the preceding word with any completion: the caller then
/// takes the most common completion.
/// </summary>
internal static class PhraseCompletion
{
    /// <summary>Most indexed words looked at for one completion, as for the completion without context.</summary>
    public const int MaxScanned = QueryReader.MaxCompletionsScanned;

    /// <summary>The completion of <paramref name="prefix"/> most codes hold beside <paramref name="previous"/>, or null.</summary>
    public static string? After(IndexReader reader, string previous, string prefix)
    {
        if (MultiFields.GetTerms(reader, DescriptionRaw) is not { } terms) return null;
        var live = MultiFields.GetLiveDocs(reader);
        if (MultiFields.GetTermDocsEnum(reader, live, DescriptionRaw, new BytesRef(previous)) is not { } previousDocs) return null;
        var held = new FixedBitSet(reader.MaxDoc);
        while (previousDocs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS) held.Set(previousDocs.DocID);
        return MostHeldAmong(terms, live, held, prefix);
    }

    /// <summary>
    /// Of the words <paramref name="prefix"/> starts (at most <see cref="MaxScanned"/>), the one most codes in
    /// <paramref name="held"/> hold, the word more codes hold on a tie; null when none of them is held there.
    /// </summary>
    internal static string? MostHeldAmong(Terms terms, IBits? live, FixedBitSet held, string prefix)
    {
        var words = terms.GetEnumerator();
        var start = new BytesRef(prefix);
        if (words.SeekCeil(start) == TermsEnum.SeekStatus.END) return null;
        string? best = null;
        int bestTogether = 0, bestCodes = 0, scanned = 0;
        DocsEnum? docs = null;
        do
        {
            if (!StringHelper.StartsWith(words.Term, start)) break;
            docs = words.Docs(live, docs, DocsFlags.NONE);
            var together = 0;
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
            {
                if (held.Get(docs.DocID)) together++;
            }
            if (together > bestTogether || (together == bestTogether && together > 0 && words.DocFreq > bestCodes))
            {
                bestTogether = together;
                bestCodes = words.DocFreq;
                best = words.Term.Utf8ToString();
            }
        }
        while (++scanned < MaxScanned && words.MoveNext());
        return best;
    }
}
