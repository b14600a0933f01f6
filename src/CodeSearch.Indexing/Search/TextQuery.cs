using Lucene.Net.Search;

namespace CodeSearch.Indexing.Search;

/// <summary>A built word query; <paramref name="ConstantScore"/> is set when every match scores the same.</summary>
internal sealed record TextQuery(Query Query, float? ConstantScore)
{
    /// <summary>For the relaxed tier: the parts <see cref="Query"/> is made of, so that it can be run word by word
    /// (<see cref="RelaxedSearch"/>).</summary>
    public RelaxedParts? Parts { get; init; }
}

/// <summary>
/// The relaxed tier's query (<see cref="RelaxedQueryBuilder"/>) in parts: one clause per word that is not a stop word
/// (the codes must match one of them; their sum is multiplied by the coordination factor of how many matched), the
/// candidate codes (an unscored clause every code must match, or null), and the stop words' clauses (they only add).
/// </summary>
internal sealed record RelaxedParts(IReadOnlyList<Query> Words, Query? Candidates, IReadOnlyList<Query> Stops);
