using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Learning;

/// <summary>
/// Gradient boosting of small regression trees on log loss (or, with <see cref="Loss.LambdaRank"/>, on the pairwise
/// ranking loss within each note, <see cref="LambdaGradients"/>), starting from given log-odds (the logistic ranker's):
/// each round fits one tree of depth <see cref="Options.Depth"/> to the Newton step of the current loss, with
/// split search over at most <see cref="Options.Bins"/> quantile cut points per feature, and adds it shrunk by
/// <see cref="Options.LearningRate"/>. Deterministic: the same rows give the same trees.
/// </summary>
public static class TreeBooster
{
    /// <summary>What the trees lower.</summary>
    public enum Loss
    {
        /// <summary>Log loss of each candidate on its own: calibrated probabilities.</summary>
        Logistic,

        /// <summary>Pairwise logistic loss between right and wrong candidates of one note, weighted by NDCG change.</summary>
        LambdaRank,
    }

    /// <summary>Boosting settings.</summary>
    /// <param name="Rounds">Trees fitted.</param>
    /// <param name="Depth">Splits from root to leaf.</param>
    /// <param name="LearningRate">Shrinkage of each tree's values.</param>
    /// <param name="MinLeafWeight">Least summed hessian (about p(1-p) per row) a leaf must hold.</param>
    /// <param name="L2">Regularisation of leaf values.</param>
    /// <param name="Bins">Cut points per feature.</param>
    /// <param name="Objective">The loss lowered.</param>
    public sealed record Options(int Rounds = 150, int Depth = 3, double LearningRate = 0.1, double MinLeafWeight = 5,
        double L2 = 10, int Bins = 32, Loss Objective = Loss.Logistic);

    /// <summary>Trees that, added to <paramref name="baseMargins"/>, lower the loss of <paramref name="rows"/>;
    /// <paramref name="groups"/> (each note's row numbers) is required by <see cref="Loss.LambdaRank"/>.</summary>
    public static List<RegressionTree> Fit(IReadOnlyList<(double[] X, bool Y)> rows, double[] baseMargins, int features,
        Options? options = null, IReadOnlyList<int[]>? groups = null)
    {
        var o = options ?? new Options();
        if (o.Objective == Loss.LambdaRank && groups is null) throw new ArgumentException("LambdaRank needs the rows' notes", nameof(groups));
        var n = rows.Count;
        var cuts = new double[features][];
        var bins = new byte[features][];
        for (var f = 0; f < features; f++) (cuts[f], bins[f]) = Bin(rows, f, o.Bins);
        var thresholds = cuts.Select((c, f) => Thresholds(rows, f, c, bins[f])).ToArray();
        var margins = (double[])baseMargins.Clone();
        var g = new double[n];
        var h = new double[n];
        var trees = new List<RegressionTree>();
        var all = Enumerable.Range(0, n).ToArray();
        for (var round = 0; round < o.Rounds; round++)
        {
            if (o.Objective == Loss.LambdaRank) LambdaGradients.Compute(rows, groups!, margins, g, h);
            else
            {
                for (var i = 0; i < n; i++)
                {
                    var p = 1 / (1 + Math.Exp(-margins[i]));
                    g[i] = (rows[i].Y ? 1 : 0) - p;
                    h[i] = Math.Max(p * (1 - p), 1e-6);
                }
            }
            var builder = new Builder(thresholds, bins, g, h, o);
            builder.Grow(all, 0);
            var tree = builder.ToTree();
            trees.Add(tree);
            for (var i = 0; i < n; i++) margins[i] += tree.Evaluate(rows[i].X);
        }
        return trees;
    }

    // Quantile cut points of one feature and each row's bin (bin b holds values <= cuts[b], above cuts[b-1]).
    private static (double[] Cuts, byte[] Bins) Bin(IReadOnlyList<(double[] X, bool Y)> rows, int f, int maxBins)
    {
        var values = rows.Select(r => r.X[f]).ToArray();
        var sorted = values.Distinct().Order().ToArray();
        double[] cuts;
        if (sorted.Length <= maxBins) cuts = sorted;
        else
        {
            var all = values.Order().ToArray();
            cuts = Enumerable.Range(1, maxBins).Select(b => all[Math.Min(all.Length - 1, (int)((long)b * all.Length / maxBins) - 1)])
                .Distinct().ToArray();
            if (cuts[^1] < sorted[^1]) cuts = [.. cuts, sorted[^1]];
        }
        var bins = new byte[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var b = Array.BinarySearch(cuts, values[i]);
            bins[i] = (byte)(b >= 0 ? b : ~b);
        }
        return (cuts, bins);
    }

    // The split value after each bin: halfway between the bin's largest value and the next bin's smallest, so a value
    // written to the model file with a few digits less still falls on the side it was trained on.
    private static double[] Thresholds(IReadOnlyList<(double[] X, bool Y)> rows, int f, double[] cuts, byte[] bins)
    {
        var smallest = Enumerable.Repeat(double.PositiveInfinity, cuts.Length).ToArray();
        for (var i = 0; i < rows.Count; i++) smallest[bins[i]] = Math.Min(smallest[bins[i]], rows[i].X[f]);
        var thresholds = new double[cuts.Length];
        for (var b = 0; b < cuts.Length; b++)
        {
            var next = b + 1 < cuts.Length && !double.IsPositiveInfinity(smallest[b + 1]) ? smallest[b + 1] : cuts[b];
            thresholds[b] = (cuts[b] + next) / 2;
        }
        return thresholds;
    }

    private sealed class Builder(double[][] cuts, byte[][] bins, double[] g, double[] h, Options o)
    {
        private readonly List<(int Feature, double Threshold, int Left, int Right, double Value)> _nodes = [];

        public int Grow(int[] rows, int depth)
        {
            var id = _nodes.Count;
            _nodes.Add((-1, 0, 0, 0, 0));
            double sg = 0, sh = 0;
            foreach (var i in rows) { sg += g[i]; sh += h[i]; }
            var split = depth < o.Depth ? BestSplit(rows, sg, sh) : null;
            if (split is not { } s)
            {
                _nodes[id] = (-1, 0, 0, 0, o.LearningRate * sg / (sh + o.L2));
                return id;
            }
            var left = rows.Where(i => bins[s.Feature][i] <= s.Bin).ToArray();
            var right = rows.Where(i => bins[s.Feature][i] > s.Bin).ToArray();
            var l = Grow(left, depth + 1);
            var r = Grow(right, depth + 1);
            _nodes[id] = (s.Feature, cuts[s.Feature][s.Bin], l, r, 0);
            return id;
        }

        private (int Feature, int Bin)? BestSplit(int[] rows, double sg, double sh)
        {
            var parent = sg * sg / (sh + o.L2);
            var bestGain = 1e-6;
            (int, int)? best = null;
            for (var f = 0; f < cuts.Length; f++)
            {
                var k = cuts[f].Length;
                if (k < 2) continue;
                var hg = new double[k];
                var hh = new double[k];
                var fb = bins[f];
                foreach (var i in rows) { hg[fb[i]] += g[i]; hh[fb[i]] += h[i]; }
                double lg = 0, lh = 0;
                for (var b = 0; b < k - 1; b++)
                {
                    lg += hg[b];
                    lh += hh[b];
                    var rh = sh - lh;
                    if (lh < o.MinLeafWeight || rh < o.MinLeafWeight) continue;
                    var rg = sg - lg;
                    var gain = lg * lg / (lh + o.L2) + rg * rg / (rh + o.L2) - parent;
                    if (gain > bestGain) { bestGain = gain; best = (f, b); }
                }
            }
            return best;
        }

        public RegressionTree ToTree() => new(
            _nodes.Select(x => x.Feature).ToArray(), _nodes.Select(x => x.Threshold).ToArray(),
            _nodes.Select(x => x.Left).ToArray(), _nodes.Select(x => x.Right).ToArray(), _nodes.Select(x => x.Value).ToArray());
    }
}
