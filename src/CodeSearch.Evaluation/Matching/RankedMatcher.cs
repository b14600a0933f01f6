using CodeSearch.Core;

namespace CodeSearch.Evaluation.Matching;

/// <summary>
/// Lines a ranked prediction list up with gold codes the way the CodiEsp evaluation counts: invalid and repeated
/// predictions are dropped; then, in rank order, each prediction takes at most one gold code not yet taken (the
/// longest one it matches, so a full PCS code leaves a truncated gold code for a later prediction).
/// </summary>
public static class RankedMatcher
{
    /// <param name="predictions">Codes best first, in any accepted spelling.</param>
    /// <param name="gold">Gold codes; duplicates count once.</param>
    /// <param name="system">System both lists are in.</param>
    /// <param name="rule">Exact or prefix matching.</param>
    /// <param name="isValid">Valid-code test on the normalised form; null accepts everything.</param>
    public static MatchOutcome Match(IReadOnlyList<string> predictions, IEnumerable<string> gold, CodeSystemId system,
        MatchRule rule, Func<string, bool>? isValid = null)
    {
        var open = gold.Select(g => CodeKey.Normalize(system, g)).Distinct().OrderByDescending(g => g.Length).ToList();
        var goldCount = open.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<KeptPrediction>(predictions.Count);
        for (var i = 0; i < predictions.Count; i++)
        {
            var code = CodeKey.Normalize(system, predictions[i]);
            if ((isValid is not null && !isValid(code)) || !seen.Add(code)) continue;
            var taken = open.FindIndex(g => rule.Matches(g, code));
            if (taken >= 0) open.RemoveAt(taken);
            kept.Add(new KeptPrediction(i, code, taken >= 0));
        }
        return new MatchOutcome(kept, goldCount, predictions.Count - kept.Count, open);
    }
}
