using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Learning;

/// <summary>
/// Fits a <see cref="RankerModel"/> to labelled candidate rows: logistic weights (<see cref="LogisticFit"/>), trees on
/// their log-loss residual, then optionally trees on the ranking loss within each note followed by Platt scaling of
/// the final log-odds, so the order is the ranking trees' and the score is again a calibrated probability.
/// </summary>
public static class RankerFit
{
    /// <summary>The ranker of <paramref name="rows"/>; <paramref name="groups"/> lists each note's row numbers.</summary>
    public static RankerModel Fit(IReadOnlyList<(double[] X, bool Y)> rows, IReadOnlyList<int[]> groups,
        TreeBooster.Options? boosting, TreeBooster.Options? ranking)
    {
        var features = FeatureVector.Names.Length;
        var w = LogisticFit.Fit(rows, features);
        var linear = new RankerModel(FeatureVector.Names, w[..^1], w[^1]);
        var trees = boosting is null ? [] : TreeBooster.Fit(rows, rows.Select(r => linear.Margin(r.X)).ToArray(), features, boosting);
        var ranker = new RankerModel(linear.Features, linear.Weights, linear.Bias, trees);
        if (ranking is null) return ranker;
        var rankTrees = TreeBooster.Fit(rows, rows.Select(r => ranker.Margin(r.X)).ToArray(), features, ranking, groups);
        ranker = new RankerModel(linear.Features, linear.Weights, linear.Bias, [.. trees, .. rankTrees]);
        var margins = rows.Select(r => (new[] { ranker.Margin(r.X) }, r.Y)).ToList();
        var platt = LogisticFit.Fit(margins, 1, l2: 0);
        return ranker.Calibrated(platt[0], platt[1]);
    }
}
