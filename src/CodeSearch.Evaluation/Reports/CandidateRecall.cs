namespace CodeSearch.Evaluation.Reports;

/// <summary>
/// Where gold codes are lost on the long list: proposed as suggestions, proposed but excluded by their assertion
/// (negated, historical, family), or never proposed at all; and the MAP a perfect ranking of the suggestions would
/// reach (every proposed gold code first), which caps what ranking alone can gain.
/// </summary>
/// <param name="GoldCodes">Distinct gold codes per note, summed.</param>
/// <param name="Suggested">Gold codes among the suggestions.</param>
/// <param name="Excluded">Gold codes only among the excluded candidates.</param>
/// <param name="PerfectRankingMap">Mean over notes of suggested gold / gold.</param>
public sealed record CandidateRecall(int GoldCodes, int Suggested, int Excluded, double PerfectRankingMap)
{
    /// <summary>Gold codes neither suggested nor excluded.</summary>
    public int NeverProposed => GoldCodes - Suggested - Excluded;

    /// <summary>Sums per-note counts; <paramref name="notes"/> holds (gold, suggested, excluded) per note.</summary>
    public static CandidateRecall Of(IReadOnlyList<(int Gold, int Suggested, int Excluded)> notes) =>
        new(notes.Sum(n => n.Gold), notes.Sum(n => n.Suggested), notes.Sum(n => n.Excluded),
            notes.Count == 0 ? 0 : notes.Average(n => n.Gold == 0 ? 0 : (double)n.Suggested / n.Gold));
}
