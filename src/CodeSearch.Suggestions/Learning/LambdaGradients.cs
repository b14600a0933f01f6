namespace CodeSearch.Suggestions.Learning;

/// <summary>
/// LambdaRank gradients (Burges 2010) for the boosted trees: within each note, every pair of a right and a wrong
/// candidate pulls the right one up and the wrong one down, by the logistic loss of their margin difference weighted
/// by how much swapping the two would change the note's NDCG (binary relevance). The ranking inside a note is what
/// the CodiEsp MAP measures; a pointwise log loss also spends effort on the level of scores across notes.
/// </summary>
public static class LambdaGradients
{
    /// <summary>Fills <paramref name="g"/> (the direction that raises the objective) and <paramref name="h"/> (its
    /// curvature) from the current <paramref name="margins"/>; <paramref name="groups"/> lists each note's rows.</summary>
    public static void Compute(IReadOnlyList<(double[] X, bool Y)> rows, IReadOnlyList<int[]> groups, double[] margins,
        double[] g, double[] h)
    {
        Array.Clear(g);
        Array.Clear(h);
        foreach (var group in groups)
        {
            var right = 0;
            foreach (var i in group) if (rows[i].Y) right++;
            if (right == 0 || right == group.Length) continue;
            var order = (int[])group.Clone();
            // Ties broken by row number so the gradients do not depend on the sort's stability.
            Array.Sort(order, (a, b) => margins[b].CompareTo(margins[a]) is var c && c != 0 ? c : a.CompareTo(b));
            var discount = new double[order.Length];
            for (var r = 0; r < order.Length; r++) discount[r] = 1 / Math.Log2(r + 2);
            var ideal = 0.0;
            for (var r = 0; r < right; r++) ideal += discount[r];
            for (var a = 0; a < order.Length; a++)
            {
                var i = order[a];
                if (!rows[i].Y) continue;
                for (var b = 0; b < order.Length; b++)
                {
                    var j = order[b];
                    if (rows[j].Y) continue;
                    var delta = Math.Abs(discount[a] - discount[b]) / ideal;
                    var rho = 1 / (1 + Math.Exp(margins[i] - margins[j]));
                    var lambda = delta * rho;
                    var curvature = Math.Max(delta * rho * (1 - rho), 1e-12);
                    g[i] += lambda;
                    g[j] -= lambda;
                    h[i] += curvature;
                    h[j] += curvature;
                }
            }
        }
        for (var i = 0; i < h.Length; i++) h[i] = Math.Max(h[i], 1e-9);
    }
}
