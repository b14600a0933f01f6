using System.Collections.Concurrent;
using CodeSearch.Core;
using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Words a search in one procedure or supply system reads as nothing because no code of that system holds them
/// (docs/search.md, "Words of one code system"): "closed reduction distal radius fracture" searched in ICD-10-PCS
/// reads <i>reposition external radius</i> (the tables never write "fracture"), "mechanical thrombectomy stroke" drops
/// "stroke", "lumbar fusion l4-l5" drops the levels. Such a word cannot match in that system, yet every word is required and the
/// fallback tier takes its candidates from the uncommon words, so it left the search empty. A word is dropped only when
/// another content word of the query is held by the system; a word that starts a word of the system (being typed, or
/// short for it) is kept.
/// ICD-10-CM searches are left alone: their unmatched words go to spelling correction.
/// </summary>
internal sealed class SystemHeldWords(IndexReader reader)
{
    private readonly ConcurrentDictionary<CodeSystemId, FixedBitSet> _systems = new();

    /// <summary>
    /// <paramref name="text"/> without the complete words no code of <paramref name="system"/> holds, or the same
    /// instance when none is dropped (or every content word would be).
    /// </summary>
    public string Drop(CodeSystemId system, string text)
    {
        if (system is not (CodeSystemId.Icd10Pcs or CodeSystemId.Hcpcs)) return text;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2) return text;
        var typing = text.Length > 0 && char.IsLetterOrDigit(text[^1]);
        var docs = _systems.GetOrAdd(system, Documents);
        var held = new bool?[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            var tokens = QueryTokens.Analyze(words[i]).Where(t => !StopWords.Contains(t.Stemmed)).ToList();
            if (tokens.Count == 0) continue;
            // A word that starts a word of the system is kept too: being typed, or short for it ("cipro" of ciprofloxacin).
            held[i] = tokens.Any(t => Holds(docs, t) || Starts(docs, t.Raw));
        }
        if (!held.Contains(false) || !held.Contains(true)) return text;
        var kept = words.Where((_, i) => held[i] != false);
        // A last word dropped leaves the word before it complete.
        return string.Join(' ', kept) + (text.EndsWith(' ') || held[^1] == false ? " " : "");
    }

    /// <summary>Whether a code of <paramref name="system"/> holds <paramref name="word"/> as written in its long description.</summary>
    public bool HoldsWord(CodeSystemId system, string word) =>
        word.Length > 0 && Any(_systems.GetOrAdd(system, Documents), DescriptionRaw, word);

    /// <summary>Whether a code of <paramref name="system"/> holds a word starting with <paramref name="text"/>.</summary>
    public bool StartsWord(CodeSystemId system, string text) =>
        text.Length > 0 && Starts(_systems.GetOrAdd(system, Documents), text);

    // Whether a code of the system holds a word starting with the text (as far as word prefixes are indexed).
    private bool Starts(FixedBitSet docs, string text)
    {
        var key = text.Length > DescriptionAnalyzer.MaxPrefixLength ? text[..DescriptionAnalyzer.MaxPrefixLength] : text;
        return Any(docs, Prefixes, key);
    }

    private bool Any(FixedBitSet docs, string field, string term) => TermSeekers.Of(reader).AnyIn(docs, field, term);

    // Whether a code of the system holds a form of the word in its long or short description or an index term.
    private bool Holds(FixedBitSet docs, QueryToken token)
    {
        foreach (var form in WordForms.Of(token.Stemmed))
        {
            // A form of several words ("malignant neoplasm" for "cancer") is left to the word tiers.
            if (form.Length > 1) return true;
            if (Any(docs, Description, form[0]) || Any(docs, ShortDescription, form[0]) || Any(docs, Synonyms, form[0])) return true;
        }
        return false;
    }

    // The documents of every release of the system.
    private FixedBitSet Documents(CodeSystemId system)
    {
        var bits = new FixedBitSet(Math.Max(1, reader.MaxDoc));
        var terms = MultiFields.GetTerms(reader, ReleaseKey);
        if (terms is null) return bits;
        var live = MultiFields.GetLiveDocs(reader);
        var prefix = new BytesRef(system.Key() + "|");
        var all = terms.GetEnumerator();
        if (all.SeekCeil(prefix) == TermsEnum.SeekStatus.END) return bits;
        DocsEnum? postings = null;
        do
        {
            if (!StringHelper.StartsWith(all.Term, prefix)) break;
            postings = all.Docs(live, postings, DocsFlags.NONE);
            for (var doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc()) bits.Set(doc);
        }
        while (all.MoveNext());
        return bits;
    }
}
