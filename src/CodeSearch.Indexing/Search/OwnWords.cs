using CodeSearch.Core;
using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Which query words each hit's own descriptions hold, for <see cref="SynonymMatch"/>: a word in any of its forms
/// (<see cref="WordForms"/>; a form of several words needs all of them) is read from the postings of the stemmed long
/// and short description fields, and the word being typed also counts when it starts a word of either description.
/// Reading postings for the page's documents costs a few term lookups per query, where analysing every hit's
/// descriptions again cost most of an uncached search.
/// </summary>
internal static class OwnWords
{
    private static readonly string[] Fields = [LuceneSchema.Description, LuceneSchema.ShortDescription];

    /// <summary>
    /// <c>held[h][i]</c>: the descriptions of hit <c>h</c> (document <paramref name="docs"/>[h]) hold word <c>i</c>.
    /// Given the generation's term lookups (<paramref name="kept"/>), a form no description holds is skipped without a
    /// terms enum, and one that some does is found without walking the terms index again.
    /// </summary>
    public static bool[][] Of(IndexReader reader, QueryWords words, IReadOnlyList<int> docs, IReadOnlyList<MedicalCode> codes, KeptTermStates? kept = null)
    {
        var held = new bool[docs.Count][];
        for (var h = 0; h < held.Length; h++) held[h] = new bool[words.Tokens.Count];
        var byDoc = Enumerable.Range(0, docs.Count).OrderBy(h => docs[h]).ToArray();
        var holding = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        var enums = new Enums(reader.Leaves.Count);
        for (var i = 0; i < words.Tokens.Count; i++)
        {
            if (!words.IsRequired(i)) continue;
            foreach (var form in WordForms.Of(words.Tokens[i].Stemmed))
            {
                for (var h = 0; h < docs.Count; h++)
                {
                    if (held[h][i]) continue;
                    var all = true;
                    foreach (var w in form)
                    {
                        if (!holding.TryGetValue(w, out var part)) holding[w] = part = Holding(reader, w, docs, byDoc, kept, enums);
                        if (!part[h]) { all = false; break; }
                    }
                    held[h][i] = all;
                }
            }
            if (!words.IsCompletion(i)) continue;
            var typed = words.Tokens[i].Raw;
            var american = SpellingVariants.American(typed, prefix: true);
            for (var h = 0; h < docs.Count; h++)
            {
                held[h][i] |= StartsAWord(codes[h], typed) || (american is not null && StartsAWord(codes[h], american));
            }
        }
        return held;
    }

    // The terms and postings enumerators of one call, per leaf and field, reused from term to term (each is a few
    // kilobytes of buffers and a clone of the file input).
    private sealed class Enums(int leaves)
    {
        public readonly TermsEnum?[,] Terms = new TermsEnum?[leaves, Fields.Length];
        public readonly bool[,] Opened = new bool[leaves, Fields.Length];
        public readonly DocsEnum?[,] Postings = new DocsEnum?[leaves, Fields.Length];
    }

    // Whether each hit's long or short description holds the stemmed term, one postings walk per field in document order.
    private static bool[] Holding(IndexReader reader, string term, IReadOnlyList<int> docs, int[] byDoc, KeptTermStates? kept, Enums enums)
    {
        var result = new bool[docs.Count];
        var bytes = new BytesRef(term);
        foreach (var leaf in reader.Leaves)
        {
            var reader1 = leaf.AtomicReader;
            for (var f = 0; f < Fields.Length; f++)
            {
                var field = Fields[f];
                TermState? state = null;
                if (kept is not null && (state = kept.Of(new Term(field, bytes)).Get(leaf.Ord)) is null) continue;
                if (!enums.Opened[leaf.Ord, f])
                {
                    enums.Opened[leaf.Ord, f] = true;
                    enums.Terms[leaf.Ord, f] = reader1.GetTerms(field)?.GetEnumerator();
                }
                var terms = enums.Terms[leaf.Ord, f];
                if (terms is null) continue;
                if (state is not null) terms.SeekExact(bytes, state);
                else if (!terms.SeekExact(bytes)) continue;
                var postings = enums.Postings[leaf.Ord, f] = terms.Docs(null, enums.Postings[leaf.Ord, f], DocsFlags.NONE);
                var current = -1;
                foreach (var h in byDoc)
                {
                    var target = docs[h] - leaf.DocBase;
                    if (target < 0 || target >= reader1.MaxDoc) continue;
                    if (current < target) current = postings.Advance(target);
                    if (current == DocIdSetIterator.NO_MORE_DOCS) break;
                    if (current == target) result[h] = true;
                }
            }
        }
        return result;
    }

    // The typed text (analysed: lower case, folded) at the start of a word of either description.
    private static bool StartsAWord(MedicalCode code, string typed) => StartsAWord(code.Description, typed) || StartsAWord(code.ShortDescription, typed);

    internal static bool StartsAWord(string text, string typed)
    {
        for (var at = text.IndexOf(typed, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(typed, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1])) return true;
        }
        return false;
    }
}
