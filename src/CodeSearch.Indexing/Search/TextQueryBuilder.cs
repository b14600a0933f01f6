using CodeSearch.Indexing.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Spans;
using static CodeSearch.Indexing.LuceneSchema;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// Builds the Lucene query for a word query from analysed tokens (never from query syntax). Every word is required,
/// except stop words (<see cref="StopWords"/>), which only score.
/// A complete word scores the best of its BM25 match in the long description, half that in the short one, and 0.3 of
/// that in the code's index and inclusion terms (synonyms), plus a fixed bonus
/// of 2 per word when the words stand together (any order) in the description or in one such term.
/// The last word, while it is being typed (the text does not end in a space or punctuation), scores a fixed
/// completion score for any description word it starts, itself included, or whose stem it shares (a typed plural),
/// so that all completions tie (alone, it scores more where a code's long description holds it whole). Complete
/// words next to each other in order add a phrase bonus. Ties are broken by document id, which follows the rank order
/// the index is written in (billable first, then shorter description). A word also matches its other forms
/// (<see cref="WordForms"/>: American spelling, "malignant neoplasm" for "cancer"). <see cref="Tiers"/> lists the
/// queries run in turn. docs/search.md documents these weights.
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
    /// <summary>Score of a single word being typed that a code's long description holds as a whole word: above its completions.</summary>
    public const float WholeWordScore = 5f;
    public const float PhraseWeight = 0.5f;
    /// <summary>Weight of a description word sharing the query word's root (relaxed tier only).</summary>
    public const float RootWeight = 0.8f;

    /// <summary>
    /// The queries run in turn until enough codes are found, each listing only codes the ones before it did not:
    /// for a single word being typed, codes whose long description holds it whole, then every completion; otherwise
    /// the query requiring every word. <see cref="RelaxedQueryBuilder"/> builds the tier that follows them.
    /// </summary>
    public static IEnumerable<TextQuery> Tiers(QueryWords words, TermStates? terms = null)
    {
        if (words.Tokens.Count == 1 && words.LastIsPrefix)
        {
            // One word being typed: codes whose long description holds it as a whole word (short descriptions are
            // abbreviated: "diab"), then every completion, in either description or in an index or inclusion term.
            // Within each, all score the same.
            var token = words.Tokens[0];
            var whole = AnyOf(WordForms.Of(token.Stemmed).Select(form => Form(terms, Description, form, 1f)).OfType<Query>());
            yield return new TextQuery(Fixed(whole, WholeWordScore), WholeWordScore);
            yield return new TextQuery(Fixed(AnyOf(CompletionClauses(terms, token)), CompletionScore), CompletionScore);
            yield break;
        }
        yield return Strict(words, terms);
    }

    /// <summary>The query requiring every word (stop words aside) of a query of several words, or of one complete word.</summary>
    private static TextQuery Strict(QueryWords words, TermStates? terms)
    {
        var query = new BooleanQuery(disableCoord: true);
        for (var i = 0; i < words.Tokens.Count; i++)
        {
            query.Add(Word(words, i, terms), words.IsRequired(i) ? Occur.MUST : Occur.SHOULD);
        }
        AddBonuses(query, words, terms);
        return new TextQuery(query, ConstantScore: null);
    }

    /// <summary>
    /// The phrase and together bonuses over the words that are not stop words (the word being typed as typed so
    /// far). The phrase keeps the words' places in the query, so "fracture of the femur" still earns it on
    /// "Fracture of femur" (one position off, within the slop).
    /// </summary>
    private static void AddBonuses(BooleanQuery query, QueryWords words, TermStates? terms)
    {
        var content = Enumerable.Range(0, words.Tokens.Count).Where(i => words.IsRequired(i) || words.IsWeak(i)).ToList();
        if (content.Count < 2) return;
        if (Phrase(words, content, terms) is { } phrase) query.Add(phrase, Occur.SHOULD);
        // Words found together, in any order, in the description or in one index or inclusion term (terms are
        // separate values: a word of one term and a word of another do not earn it). A fixed bonus per word:
        // how many terms repeat the words must not matter. A field some word is never in cannot earn it and is left out.
        var tokens = content.Select(i => words.Tokens[i]).ToList();
        var bonus = SynonymTogetherScore * tokens.Count;
        var together = new DisjunctionMaxQuery(0f);
        foreach (var field in new[] { Description, Synonyms })
        {
            if (Together(field, tokens, terms) is not { } near) continue;
            // Given the search's term lookups, the spans are matched with them (KeptSpansFilter): same codes, same score.
            together.Add(terms is null ? Fixed(near, bonus) : new ConstantScoreQuery(new KeptSpansFilter(near, terms.Contexts(near))) { Boost = bonus });
        }
        if (together.Disjuncts.Count > 0) query.Add(together, Occur.SHOULD);
    }

    /// <summary>
    /// The clause of word <paramref name="i"/>: a completion when it is the word being typed. For the
    /// <paramref name="relaxed"/> tier the word being typed also scores as a complete word, and any word also matches
    /// description words sharing its root.
    /// </summary>
    internal static DisjunctionMaxQuery Word(QueryWords words, int i, TermStates? terms, bool relaxed = false)
    {
        var token = words.Tokens[i];
        var word = new DisjunctionMaxQuery(0f);
        // Only clauses on terms some code holds: a disjunction scores the best clause that matches, so one that never
        // matches changes no score (the word keeps its place, even with no clause left, for the relaxed tier's count).
        if (words.IsCompletion(i))
        {
            foreach (var clause in CompletionClauses(terms, token)) word.Add(Fixed(clause, CompletionScore));
            if (!relaxed) return word;
        }
        var forms = WordForms.Of(token.Stemmed);
        foreach (var form in forms)
        {
            var weight = WordForms.Weight(token.Stemmed, form);
            AddIfAny(word, Form(terms, Description, form, weight));
            AddIfAny(word, Form(terms, ShortDescription, form, ShortDescriptionWeight * weight));
            // A region phrase is the titles' word: the index terms already write the everyday one ("Cellulitis, leg").
            if (!RegionForms.IsRegionOf(token.Stemmed, form)) AddIfAny(word, Form(terms, Synonyms, form, SynonymWeight * weight));
        }
        if (!relaxed) return word;
        var roots = forms.Where(f => f.Length == 1).Select(f => WordRoot.Of(f[0])).OfType<string>().Distinct(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            if (!TermStates.MayHold(terms, new Term(Prefixes, root))) continue;
            // A root reaches derived words, not the "-itis" word built on it ("pancreatic" ↛ pancreatitis).
            var query = new BooleanQuery(disableCoord: true)
            {
                { TermStates.Query(terms, new Term(Prefixes, root)), Occur.MUST },
                { TermStates.Query(terms, new Term(Description, WordRoot.Inflammation(root))), Occur.MUST_NOT },
            };
            query.Boost = RootWeight;
            word.Add(query);
        }
        return word;
    }

    // The completions of a word being typed: words of the descriptions or index terms it starts, found as one indexed
    // word prefix (or, past the longest indexed prefix, by a prefix query on the long description), and words sharing
    // its stem, since a word typed in another form ("fractures" for "fracture") is no prefix of the indexed one.
    private static IEnumerable<Query> CompletionClauses(TermStates? terms, QueryToken token)
    {
        foreach (var raw in new[] { token.Raw, SpellingVariants.American(token.Raw, prefix: true) })
        {
            if (raw is null) continue;
            if (raw.Length > DescriptionAnalyzer.MaxPrefixLength)
            {
                yield return new PrefixQuery(new Term(DescriptionRaw, raw)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE };
            }
            else if (TermStates.MayHold(terms, new Term(Prefixes, raw)))
            {
                yield return TermStates.Query(terms, new Term(Prefixes, raw));
            }
        }
        foreach (var form in WordForms.Of(token.Stemmed))
        {
            foreach (var field in new[] { Description, ShortDescription, Synonyms })
            {
                if (Form(terms, field, form, 1f) is { } clause) yield return clause;
            }
        }
    }

    private static void AddIfAny(DisjunctionMaxQuery word, Query? clause)
    {
        if (clause is not null) word.Add(clause);
    }

    private static BooleanQuery AnyOf(IEnumerable<Query> clauses)
    {
        var any = new BooleanQuery(disableCoord: true);
        foreach (var clause in clauses) any.Add(clause, Occur.SHOULD);
        return any;
    }

    /// <summary>
    /// A form of a word in a field: a term, or a phrase for a form of several words; null when no code holds it (a
    /// phrase: one of its words) in the field, so that it cannot match.
    /// </summary>
    private static Query? Form(TermStates? terms, string field, string[] form, float boost)
    {
        if (!form.All(word => TermStates.MayHold(terms, new Term(field, word)))) return null;
        if (form.Length == 1)
        {
            var query = TermStates.Query(terms, new Term(field, form[0]));
            query.Boost = boost;
            return query;
        }
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in form) phrase.Add(new Term(field, word));
        return phrase;
    }

    // The bonus phrase is matched with the one-word forms only; null when some position has no form any code holds
    // (it cannot match). The terms are kept as they are otherwise: every term of a phrase counts towards its weight.
    private static Query? Phrase(QueryWords words, List<int> positions, TermStates? states)
    {
        var terms = positions.Select(i => WordForms.Of(words.Tokens[i].Stemmed).Where(f => f.Length == 1).Select(f => new Term(Description, f[0])).ToArray()).ToList();
        if (!terms.All(position => position.Any(term => TermStates.MayHold(states, term)))) return null;
        if (terms.All(t => t.Length == 1))
        {
            var phrase = new PhraseQuery { Slop = 1, Boost = PhraseWeight };
            for (var k = 0; k < terms.Count; k++) phrase.Add(terms[k][0], positions[k]);
            return phrase;
        }
        var multi = new MultiPhraseQuery { Slop = 1, Boost = PhraseWeight };
        for (var k = 0; k < terms.Count; k++) multi.Add(terms[k], positions[k]);
        return multi;
    }

    // Null when some word has no form any code holds in the field. The bonus is a fixed score, so forms that cannot
    // match are left out without changing it.
    private static SpanNearQuery? Together(string field, IReadOnlyList<QueryToken> tokens, TermStates? terms)
    {
        var spans = new SpanQuery[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            if (Spans(field, tokens[k], terms) is not { } word) return null;
            spans[k] = word;
        }
        return new SpanNearQuery(spans, SynonymSlop, inOrder: false);
    }

    private static SpanQuery? Spans(string field, QueryToken token, TermStates? terms)
    {
        var forms = WordForms.Of(token.Stemmed).Where(form => form.All(w => TermStates.MayHold(terms, new Term(field, w)))
                && (field != Synonyms || !RegionForms.IsRegionOf(token.Stemmed, form)))
            .Select(form => form.Length == 1
                ? (SpanQuery)new SpanTermQuery(new Term(field, form[0]))
                : new SpanNearQuery(form.Select(w => (SpanQuery)new SpanTermQuery(new Term(field, w))).ToArray(), 0, inOrder: true)).ToArray();
        return forms.Length switch { 0 => null, 1 => forms[0], _ => new SpanOrQuery(forms) };
    }

    internal static ConstantScoreQuery Fixed(Query query, float score) => new(query) { Boost = score };
}
