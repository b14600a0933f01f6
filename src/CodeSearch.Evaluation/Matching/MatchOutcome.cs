namespace CodeSearch.Evaluation.Matching;

/// <summary>One kept prediction: its position in the original ranked list and whether it took a gold code.</summary>
public readonly record struct KeptPrediction(int Index, string Code, bool Correct);

/// <summary>How one document's ranked predictions line up with its gold codes.</summary>
/// <param name="Kept">Predictions left after dropping invalid and repeated ones, in rank order.</param>
/// <param name="GoldCount">Distinct gold codes.</param>
/// <param name="Dropped">Predictions dropped as invalid or repeated.</param>
/// <param name="Unmatched">Gold codes (normalised) no prediction took; empty when not tracked.</param>
public sealed record MatchOutcome(IReadOnlyList<KeptPrediction> Kept, int GoldCount, int Dropped, IReadOnlyList<string>? Unmatched = null)
{
    /// <summary>Predictions that took a gold code (each gold code is taken at most once).</summary>
    public int Hits => Kept.Count(p => p.Correct);
}
