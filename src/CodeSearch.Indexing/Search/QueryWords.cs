using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The analysed words of a word query and their roles: the last one is being typed unless the text ends in a space
/// or punctuation; stop words are optional, unless the query has nothing else or the stop word is being typed; weak
/// words (<see cref="WeakWords"/>, typed in full) are not required either, but otherwise count as content words.
/// </summary>
internal sealed class QueryWords
{
    private readonly bool[] _stop;
    private readonly bool[] _weak;
    private readonly bool _noneRequired;

    private QueryWords(IReadOnlyList<QueryToken> tokens, bool lastIsPrefix)
    {
        Tokens = tokens;
        LastIsPrefix = lastIsPrefix;
        _stop = tokens.Select((t, i) => !(lastIsPrefix && i == tokens.Count - 1) && StopWords.Contains(t.Stemmed)).ToArray();
        _weak = tokens.Select(IsWeak).ToArray();
        _noneRequired = Enumerable.Range(0, tokens.Count).All(i => _stop[i] || _weak[i]);
    }

    public IReadOnlyList<QueryToken> Tokens { get; }

    /// <summary>The last word is still being typed (completed as a prefix).</summary>
    public bool LastIsPrefix { get; }

    /// <summary>Indexes of the words that are not stop words (weak words included).</summary>
    public IEnumerable<int> Content => Enumerable.Range(0, Tokens.Count).Where(i => !_stop[i]);

    /// <summary>Indexes of the stop words.</summary>
    public IEnumerable<int> Stop => Enumerable.Range(0, Tokens.Count).Where(i => _stop[i]);

    /// <summary>Whether word <paramref name="i"/> must match: every word but a stop or weak word, unless all are.</summary>
    public bool IsRequired(int i) => (!_stop[i] && !_weak[i]) || _noneRequired;

    /// <summary>Whether word <paramref name="i"/> is a weak word ("disease", "syndrome"), typed in full.</summary>
    public bool IsWeak(int i) => _weak[i];

    public bool IsCompletion(int i) => LastIsPrefix && i == Tokens.Count - 1;

    /// <summary>The words of <paramref name="text"/>, or null when it has none.</summary>
    public static QueryWords? Of(string text)
    {
        var tokens = QueryTokens.Analyze(text);
        return tokens.Count == 0 ? null : new QueryWords(tokens, char.IsLetterOrDigit(text[^1]));
    }

    // "disorder" or "disorders" as typed, not "dis" being typed.
    private static bool IsWeak(QueryToken token) => InheritanceWords.Contains(token.Stemmed) ||
        WeakWords.Contains(token.Stemmed) && WeakWords.Contains(token.Raw.EndsWith('s') ? token.Raw[..^1] : token.Raw);
}
