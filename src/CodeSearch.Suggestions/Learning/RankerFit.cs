using CodeSearch.Core;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Learning;

/// <summary>
/// Fits a <see cref="RankerModel"/> to labelled candidate rows: logistic weights (<see cref="LogisticFit"/>), trees on
/// their log-loss residual, then optionally trees on the ranking loss within each note followed by Platt scaling of
/// the final log-odds, so the order is the ranking trees' and the score is again a calibrated probability; with the
/// rows' code systems, a second Platt scaling per system (<see cref="RankerModel.Systems"/>).
/// </summary>
public static class RankerFit
{
    /// <summary>Fewest suggested rows (not excluded) of a system, with both labels, for it to get its own scaling.</summary>
    public const int MinSystemRows = 200;

    private static readonly int Excluded = FeatureTable.IndexOf("excluded");

    /// <summary>The ranker of <paramref name="rows"/>; <paramref name="groups"/> lists each note's row numbers;
    /// <paramref name="systems"/> (each row's code system), when given, adds one calibration per system.</summary>
    public static RankerModel Fit(IReadOnlyList<(double[] X, bool Y)> rows, IReadOnlyList<int[]> groups,
        TreeBooster.Options? boosting, TreeBooster.Options? ranking, IReadOnlyList<CodeSystemId>? systems = null)
    {
        var features = FeatureVector.Names.Length;
        var w = LogisticFit.Fit(rows, features);
        var linear = new RankerModel(FeatureVector.Names, w[..^1], w[^1]);
        var trees = boosting is null ? [] : TreeBooster.Fit(rows, rows.Select(r => linear.Margin(r.X)).ToArray(), features, boosting);
        var ranker = new RankerModel(linear.Features, linear.Weights, linear.Bias, trees);
        if (ranking is not null)
        {
            var rankTrees = TreeBooster.Fit(rows, rows.Select(r => ranker.Margin(r.X)).ToArray(), features, ranking, groups);
            ranker = new RankerModel(linear.Features, linear.Weights, linear.Bias, [.. trees, .. rankTrees]);
            var margins = rows.Select(r => (new[] { ranker.Margin(r.X) }, r.Y)).ToList();
            var platt = LogisticFit.Fit(margins, 1, l2: 0);
            ranker = ranker.Calibrated(platt[0], platt[1]);
        }
        return systems is null ? ranker : ranker with { Systems = PerSystem(ranker, rows, systems) };
    }

    // Each system's Platt scaling of the shared log-odds, fitted on its suggested rows (the scores a client sees).
    private static Dictionary<CodeSystemId, (double Scale, double Offset)> PerSystem(RankerModel ranker,
        IReadOnlyList<(double[] X, bool Y)> rows, IReadOnlyList<CodeSystemId> systems)
    {
        var result = new Dictionary<CodeSystemId, (double Scale, double Offset)>();
        foreach (var system in systems.Distinct().Order())
        {
            var margins = Enumerable.Range(0, rows.Count).Where(i => systems[i] == system && rows[i].X[Excluded] < 0.5)
                .Select(i => (new[] { ranker.Margin(rows[i].X) }, rows[i].Y)).ToList();
            if (margins.Count < MinSystemRows || margins.All(m => m.Y) || margins.All(m => !m.Y)) continue;
            var platt = LogisticFit.Fit(margins, 1, l2: 0);
            result[system] = (platt[0], platt[1]);
        }
        return result;
    }
}
