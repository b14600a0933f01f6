using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Builds the Lucene query for a word query from analysed tokens (never from query syntax). Every word is required.
/// A complete word scores the better of its BM25 match in the long description and half that in the short one.
/// The last word, while it is being typed (the text does not end in a space or punctuation), scores a fixed
/// completion score for any description word it starts, itself included, so that all completions tie and the
/// tie-breaks pick the shortest billable entries. Complete words next to each other in order add a phrase bonus. Ties are broken by
/// the caller's sort (billable first, then shorter description). docs/search.md documents these weights.
/// </summary>
internal static class TextQueryBuilder
{
    public const float ShortDescriptionWeight = 0.5f;
    /// <summary>Score of a completion of the word being typed: about a full-word match of a moderately common word.</summary>
    public const float CompletionScore = 4f;
    public const float ShortCompletionScore = 2f;
    public const float PhraseWeight = 0.5f;

    public static Query? Build(string text)
    {
        var tokens = QueryTokens.Analyze(text);
        if (tokens.Count == 0) return null;
        var lastIsPrefix = char.IsLetterOrDigit(text[^1]);
        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < tokens.Count; i++)
        {
            query.Add(Word(tokens[i], completion: lastIsPrefix && i == tokens.Count - 1), Occur.MUST);
        }
        if (tokens.Count >= 2)
        {
            var phrase = new PhraseQuery { Slop = 1, Boost = PhraseWeight };
            var phraseLength = lastIsPrefix ? tokens.Count - 1 : tokens.Count;
            for (var i = 0; i < phraseLength; i++) phrase.Add(new Term(Description, tokens[i].Stemmed));
            if (phraseLength >= 2) query.Add(phrase, Occur.SHOULD);
        }
        return query;
    }

    private static DisjunctionMaxQuery Word(QueryToken token, bool completion) => completion
        ? new DisjunctionMaxQuery(0f)
        {
            Completion(DescriptionRaw, token.Raw, CompletionScore),
            Completion(ShortDescriptionRaw, token.Raw, ShortCompletionScore),
        }
        : new DisjunctionMaxQuery(0f)
        {
            new TermQuery(new Term(Description, token.Stemmed)),
            new TermQuery(new Term(ShortDescription, token.Stemmed)) { Boost = ShortDescriptionWeight },
        };

    // A filter rewrite gives every completion the same score (the default rewrite would add one score per
    // matching term, favouring long descriptions that happen to hold several completions).
    private static Query Completion(string field, string prefix, float score) =>
        new ConstantScoreQuery(new PrefixQuery(new Term(field, prefix)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE })
        {
            Boost = score,
        };
}
