using CodeSearch.Indexing.Analysis;

namespace CodeSearch.Indexing.Search;

/// <summary>
/// The analysed words of a word query and their roles: the last one is being typed unless the text ends in a space
/// or punctuation; stop words are optional, unless the query has nothing else or the stop word is being typed.
/// </summary>
internal sealed class QueryWords
{
    private readonly bool[] _stop;
    private readonly bool _onlyStopWords;

    private QueryWords(IReadOnlyList<QueryToken> tokens, bool lastIsPrefix)
    {
        Tokens = tokens;
        LastIsPrefix = lastIsPrefix;
        _stop = tokens.Select((t, i) => !(lastIsPrefix && i == tokens.Count - 1) && StopWords.Contains(t.Stemmed)).ToArray();
        _onlyStopWords = _stop.All(s => s);
    }

    public IReadOnlyList<QueryToken> Tokens { get; }

    /// <summary>The last word is still being typed (completed as a prefix).</summary>
    public bool LastIsPrefix { get; }

    /// <summary>Indexes of the words that are not stop words.</summary>
    public IEnumerable<int> Content => Enumerable.Range(0, Tokens.Count).Where(i => !_stop[i]);

    /// <summary>Indexes of the stop words.</summary>
    public IEnumerable<int> Stop => Enumerable.Range(0, Tokens.Count).Where(i => _stop[i]);

    /// <summary>Whether word <paramref name="i"/> must match: every word but a stop word, unless all are.</summary>
    public bool IsRequired(int i) => !_stop[i] || _onlyStopWords;

    public bool IsCompletion(int i) => LastIsPrefix && i == Tokens.Count - 1;

    /// <summary>The words of <paramref name="text"/>, or null when it has none.</summary>
    public static QueryWords? Of(string text)
    {
        var tokens = QueryTokens.Analyze(text);
        return tokens.Count == 0 ? null : new QueryWords(tokens, char.IsLetterOrDigit(text[^1]));
    }
}
