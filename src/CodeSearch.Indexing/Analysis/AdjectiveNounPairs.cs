namespace CodeSearch.Indexing.Analysis;

/// <summary>
/// Pairs of an adjective and its noun looked up in either direction, in analysed (plural-free) form, so "testis" is
/// keyed as the analyser leaves it. The word lists themselves are <see cref="OrganWords"/> and
/// <see cref="ConditionWords"/>.
/// </summary>
internal sealed class AdjectiveNounPairs
{
    private readonly Dictionary<string, string> _other = new(StringComparer.Ordinal);

    /// <summary>Both directions of <paramref name="pairs"/>, each word analysed as a query word is.</summary>
    public AdjectiveNounPairs(IEnumerable<(string Adjective, string Noun)> pairs)
    {
        foreach (var (adjective, noun) in pairs)
        {
            var a = Stem(adjective);
            var n = Stem(noun);
            _other[a] = n;
            _other[n] = a;
        }
    }

    /// <summary>The other form of an analysed word (adjective ↔ noun), or null.</summary>
    public string? Of(string stemmed) => _other.GetValueOrDefault(stemmed);

    private static string Stem(string word) => QueryTokens.Analyze(word)[0].Stemmed;
}
