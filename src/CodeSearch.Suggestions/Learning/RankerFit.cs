using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Learning;

/// <summary>
/// Fits a <see cref="RankerModel"/> to labelled candidate rows: logistic weights (<see cref="LogisticFit"/>), trees on
/// their log-loss residual, then optionally trees on the ranking loss within each note followed by Platt scaling of
/// the final log-odds, so the order is the ranking trees' and the score is again a calibrated probability.
/// </summary>
public static class RankerFit
{
    private static readonly int Excluded = FeatureTable.IndexOf("excluded");

    /// <summary>The ranker of <paramref name="rows"/>; <paramref name="groups"/> lists each note's row numbers and
    /// <paramref name="gold"/> (null: unknown) each note's distinct gold codes, proposed or not.</summary>
    /// <remarks>The ranking trees see each note as MAP does: candidates left out by their assertion are never
    /// suggested, so they are not ranked; a note whose gold codes were mostly never proposed weighs less (its average
    /// precision divides by all its gold codes), by the share of them its candidates hold.</remarks>
    public static RankerModel Fit(IReadOnlyList<(double[] X, bool Y)> rows, IReadOnlyList<int[]> groups,
        TreeBooster.Options? boosting, TreeBooster.Options? ranking, IReadOnlyList<int>? gold = null)
    {
        var features = FeatureVector.Names.Length;
        var w = LogisticFit.Fit(rows, features);
        var linear = new RankerModel(FeatureVector.Names, w[..^1], w[^1]);
        var trees = boosting is null ? [] : TreeBooster.Fit(rows, rows.Select(r => linear.Margin(r.X)).ToArray(), features, boosting);
        var ranker = new RankerModel(linear.Features, linear.Weights, linear.Bias, trees);
        if (ranking is null) return ranker;
        var suggested = groups.Select(g => g.Where(i => rows[i].X[Excluded] < 0.5).ToArray()).ToList();
        var weights = gold is null ? null : suggested.Select((g, k) => gold[k] == 0 ? 0 : Math.Min(1, g.Count(i => rows[i].Y) / (double)gold[k])).ToList();
        var rankTrees = TreeBooster.Fit(rows, rows.Select(r => ranker.Margin(r.X)).ToArray(), features, ranking, suggested, weights);
        ranker = new RankerModel(linear.Features, linear.Weights, linear.Bias, [.. trees, .. rankTrees]);
        var margins = rows.Select(r => (new[] { ranker.Margin(r.X) }, r.Y)).ToList();
        var platt = LogisticFit.Fit(margins, 1, l2: 0);
        return ranker.Calibrated(platt[0], platt[1]);
    }
}
