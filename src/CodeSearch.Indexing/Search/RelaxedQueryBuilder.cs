using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The fallback word query, run only once every code holding all the words is listed: codes holding some of the
/// words that are not stop words. Each word scores as in the strict query (<see cref="TextQueryBuilder"/>), so rare
/// words weigh most; the word being typed also scores as a complete word, and a word also matches an indexed word
/// sharing its root (<see cref="WordRoot"/>) at <see cref="TextQueryBuilder.RootWeight"/>. The sum is multiplied by
/// the square root of the share of the words matched (<see cref="CoordSimilarity"/>). Stop words only score.
/// Which codes are candidates: those holding at least one uncommon word; common words (held by more than
/// <see cref="CommonDocuments"/> codes, e.g. "unspecified", "type", "left") only add to their score. So the tier
/// scores at most <see cref="CommonDocuments"/> codes per uncommon word, and there is none when every word is common.
/// </summary>
internal static class RelaxedQueryBuilder
{
    /// <summary>Most codes the relaxed tier adds: past them, codes holding only some words are noise.</summary>
    public const int MaxResults = 100;

    /// <summary>The first relaxed code scores at most this share of the last code listed before it.</summary>
    public const float FirstScoreShare = 0.5f;

    /// <summary>A word held by more codes than this is common (about 0.5% of the full index).</summary>
    public const int CommonDocuments = 1000;

    /// <summary>
    /// The relaxed query, or null when there is nothing to relax. <paramref name="documentsStarting"/> counts the
    /// codes holding a word that starts with the given text (at most <see cref="DescriptionAnalyzer.MaxPrefixLength"/>
    /// characters).
    /// </summary>
    public static TextQuery? Build(QueryWords words, Func<string, int> documentsStarting, TermStates? terms = null)
    {
        var content = words.Content.DistinctBy(i => words.Tokens[i].Stemmed).ToList();
        if (content.Count < 2) return null;
        var keys = content.ToDictionary(i => i, i => Keys(words, i));
        // A number ("45" of "retinitis pigmentosa 45") or a weak word ("syndrome") never makes a code a candidate:
        // "Karyotype 45, X" is no answer.
        var rare = content.Where(i => !char.IsAsciiDigit(words.Tokens[i].Stemmed[0]) && !words.IsWeak(i)
            && keys[i].Max(documentsStarting) <= CommonDocuments).ToList();
        if (rare.Count == 0) return null;
        var some = new BooleanQuery(disableCoord: false) { MinimumNumberShouldMatch = 1 };
        foreach (var i in content) some.Add(TextQueryBuilder.Word(words, i, terms, relaxed: true), Occur.SHOULD);
        var query = new BooleanQuery(disableCoord: true) { { some, Occur.MUST } };
        if (rare.Count < content.Count)
        {
            // Candidates: codes holding a word that starts with the root of an uncommon word (cheap, unscored).
            var anyRare = new BooleanQuery(disableCoord: true);
            foreach (var key in rare.SelectMany(i => keys[i]).Distinct(StringComparer.Ordinal))
            {
                anyRare.Add(TermStates.Query(terms, new Term(LuceneSchema.Prefixes, key)), Occur.SHOULD);
            }
            query.Add(TextQueryBuilder.Fixed(anyRare, 0f), Occur.MUST);
        }
        foreach (var i in words.Stop) query.Add(TextQueryBuilder.Word(words, i, terms), Occur.SHOULD);
        return new TextQuery(query, ConstantScore: null);
    }

    // Indexed word prefixes that every code the word's clause matches holds: the root (or the word itself) of each of
    // its forms, and what is typed of the word being typed. Their document counts bound the clause's.
    private static List<string> Keys(QueryWords words, int i)
    {
        var token = words.Tokens[i];
        var keys = WordForms.Of(token.Stemmed).Select(form => WordRoot.Of(form[0]) ?? form[0]).ToList();
        if (words.IsCompletion(i)) keys.Add(token.Raw);
        return keys.Select(k => k.Length > DescriptionAnalyzer.MaxPrefixLength ? k[..DescriptionAnalyzer.MaxPrefixLength] : k)
            .Distinct(StringComparer.Ordinal).ToList();
    }
}
