using CodeSearch.Core;
using CodeSearch.Evaluation.Matching;

namespace CodeSearch.Evaluation.Metrics;

/// <summary>Share of rows whose first k predictions hold a gold code (under the row's match rule).</summary>
public static class TopKAccuracy
{
    /// <summary>True when one of the first <paramref name="k"/> predictions matches any gold code.</summary>
    public static bool IsHit(IReadOnlyList<string> predictions, IEnumerable<string> gold, CodeSystemId system, MatchRule rule, int k)
    {
        var goldKeys = gold.Select(g => CodeKey.Normalize(system, g)).ToList();
        return predictions.Take(k).Select(p => CodeKey.Normalize(system, p))
            .Any(p => goldKeys.Any(g => rule.Matches(g, p)));
    }

    /// <summary>Hits / rows (0 for no rows).</summary>
    public static double Rate(IReadOnlyCollection<bool> hits) => hits.Count == 0 ? 0 : (double)hits.Count(h => h) / hits.Count;
}
