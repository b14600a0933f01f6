namespace CodeSearch.Suggestions.Learning;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares): exact,
/// deterministic and fast for a few dozen features.
/// </summary>
public static class LogisticFit
{
    /// <summary>Weights (last element: bias) minimising log loss + <paramref name="l2"/>/2·|w|² (bias not penalised).</summary>
    public static double[] Fit(IReadOnlyList<(double[] X, bool Y)> rows, int features, double l2 = 1.0, int iterations = 25)
    {
        var d = features + 1;
        var w = new double[d];
        for (var iteration = 0; iteration < iterations; iteration++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            foreach (var (x, y) in rows)
            {
                var z = w[features];
                for (var i = 0; i < features; i++) z += w[i] * x[i];
                var p = 1 / (1 + Math.Exp(-z));
                var r = p - (y ? 1 : 0);
                var h = Math.Max(p * (1 - p), 1e-9);
                for (var i = 0; i < d; i++)
                {
                    var xi = i == features ? 1 : x[i];
                    gradient[i] += r * xi;
                    for (var j = 0; j <= i; j++) hessian[i, j] += h * xi * (j == features ? 1 : x[j]);
                }
            }
            for (var i = 0; i < d; i++)
            {
                for (var j = 0; j < i; j++) hessian[j, i] = hessian[i, j];
                if (i < features)
                {
                    gradient[i] += l2 * w[i];
                    hessian[i, i] += l2;
                }
                else
                {
                    hessian[i, i] += 1e-6;
                }
            }
            var step = Solve(hessian, gradient);
            var change = 0.0;
            for (var i = 0; i < d; i++)
            {
                w[i] -= step[i];
                change = Math.Max(change, Math.Abs(step[i]));
            }
            if (change < 1e-7) break;
        }
        return w;
    }

    // Gaussian elimination with partial pivoting.
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = c;
            for (var r = c + 1; r < n; r++) if (Math.Abs(m[r, c]) > Math.Abs(m[pivot, c])) pivot = r;
            if (pivot != c)
            {
                for (var k = 0; k < n; k++) (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
                (v[c], v[pivot]) = (v[pivot], v[c]);
            }
            if (Math.Abs(m[c, c]) < 1e-12) continue;
            for (var r = c + 1; r < n; r++)
            {
                var f = m[r, c] / m[c, c];
                if (f == 0) continue;
                for (var k = c; k < n; k++) m[r, k] -= f * m[c, k];
                v[r] -= f * v[c];
            }
        }
        var x = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var s = v[r];
            for (var k = r + 1; k < n; k++) s -= m[r, k] * x[k];
            x[r] = Math.Abs(m[r, r]) < 1e-12 ? 0 : s / m[r, r];
        }
        return x;
    }
}
