using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Builds the Lucene query for a word query from analysed tokens (never from query syntax). Every word is required.
/// A complete word scores the best of its BM25 match in the long description, half that in the short one, and 0.3 of
/// that in the code's index and inclusion terms (synonyms), plus a fixed bonus
/// of 2 per word when the words stand together (any order) in the description or in one such term.
/// The last word, while it is being typed (the text does not end in a space or punctuation), scores a fixed
/// completion score for any description word it starts, itself included, or whose stem it shares (a typed plural),
/// so that all completions tie. Complete words next to each other in order add a phrase bonus. Ties are broken by
/// document id, which follows the rank order the index is written in (billable first, then shorter description).
/// docs/search.md documents these weights.
/// </summary>
internal static class TextQueryBuilder
{
    public const float ShortDescriptionWeight = 0.5f;
    /// <summary>Index and inclusion terms count word by word, but below the code's own description.</summary>
    public const float SynonymWeight = 0.3f;
    /// <summary>Bonus per query word when the words stand together in the description or in one index or inclusion term.</summary>
    public const float SynonymTogetherScore = 2f;
    /// <summary>Words of one term may be this far apart (any order); terms are 100 positions apart.</summary>
    public const int SynonymSlop = 8;
    /// <summary>Score of a completion of the word being typed: about a full-word match of a moderately common word.</summary>
    public const float CompletionScore = 4f;
    public const float PhraseWeight = 0.5f;

    public static TextQuery? Build(string text)
    {
        var tokens = QueryTokens.Analyze(text);
        if (tokens.Count == 0) return null;
        var lastIsPrefix = char.IsLetterOrDigit(text[^1]);
        if (tokens.Count == 1 && lastIsPrefix)
        {
            // One word being typed: every completion, in either description, scores the same.
            var any = new BooleanQuery(disableCoord: true);
            foreach (var clause in CompletionClauses(tokens[0])) any.Add(clause, Occur.SHOULD);
            return new TextQuery(Fixed(any, CompletionScore), CompletionScore);
        }
        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < tokens.Count; i++)
        {
            query.Add(Word(tokens[i], completion: lastIsPrefix && i == tokens.Count - 1), Occur.MUST);
        }
        // The word being typed takes part too, as typed so far: once it is complete the bonuses apply.
        var phraseLength = tokens.Count;
        if (phraseLength >= 2)
        {
            var phrase = new PhraseQuery { Slop = 1, Boost = PhraseWeight };
            for (var i = 0; i < phraseLength; i++) phrase.Add(new Term(Description, tokens[i].Stemmed));
            query.Add(phrase, Occur.SHOULD);
            // Words found together, in any order, in the description or in one index or inclusion term (terms are
            // separate values: a word of one term and a word of another do not earn it). A fixed bonus per word:
            // how many terms repeat the words must not matter.
            var bonus = SynonymTogetherScore * phraseLength;
            query.Add(new DisjunctionMaxQuery(0f)
            {
                Fixed(Together(Description, tokens), bonus),
                Fixed(Together(Synonyms, tokens), bonus),
            }, Occur.SHOULD);
        }
        return new TextQuery(query, ConstantScore: null);
    }

    private static DisjunctionMaxQuery Word(QueryToken token, bool completion)
    {
        var word = new DisjunctionMaxQuery(0f);
        if (completion)
        {
            foreach (var clause in CompletionClauses(token)) word.Add(Fixed(clause, CompletionScore));
        }
        else
        {
            word.Add(new TermQuery(new Term(Description, token.Stemmed)));
            word.Add(new TermQuery(new Term(ShortDescription, token.Stemmed)) { Boost = ShortDescriptionWeight });
            word.Add(new TermQuery(new Term(Synonyms, token.Stemmed)) { Boost = SynonymWeight });
        }
        return word;
    }

    // The completions of a word being typed: description words (long or short) it starts, found as one indexed
    // word prefix (or, past the longest indexed prefix, by a prefix query), and words sharing its stem, since a
    // word typed in another form ("fractures" for "fracture") is no prefix of the indexed one.
    private static Query[] CompletionClauses(QueryToken token) =>
    [
        token.Raw.Length <= DescriptionAnalyzer.MaxPrefixLength
            ? new TermQuery(new Term(Prefixes, token.Raw))
            : new PrefixQuery(new Term(DescriptionRaw, token.Raw)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE },
        new TermQuery(new Term(Description, token.Stemmed)),
        new TermQuery(new Term(ShortDescription, token.Stemmed)),
        new TermQuery(new Term(Synonyms, token.Stemmed)),
    ];

    private static SpanNearQuery Together(string field, IReadOnlyList<QueryToken> tokens) => new(
        tokens.Select(t => (SpanQuery)new SpanTermQuery(new Term(field, t.Stemmed))).ToArray(), SynonymSlop, inOrder: false);

    private static ConstantScoreQuery Fixed(Query query, float score) => new(query) { Boost = score };
}
