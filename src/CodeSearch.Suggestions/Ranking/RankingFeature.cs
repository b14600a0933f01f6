namespace CodeSearch.Suggestions.Ranking;

/// <summary>One ranking feature: a row of <see cref="FeatureTable"/>.</summary>
/// <param name="Name">Stable snake_case name, stored in ranker.json next to its weight.</param>
/// <param name="InitialWeight">Hand-set weight of <see cref="RankerModel.Initial"/> (used until a model is learned).</param>
/// <param name="Description">What the value measures (docs/suggestions.md repeats it).</param>
/// <param name="Compute">The value for one candidate.</param>
public sealed record RankingFeature(string Name, double InitialWeight, string Description, Func<FeatureInput, double> Compute);
