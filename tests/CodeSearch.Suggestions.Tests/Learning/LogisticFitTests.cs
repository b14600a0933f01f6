using CodeSearch.Suggestions.Learning;

namespace CodeSearch.Suggestions.Tests.Learning;

public class LogisticFitTests
{
    private static readonly double[] TrueWeights = [1.5, -2.0, 0.5];
    private const double TrueBias = -0.7;

    // Features ~ N(0, 1) (Box-Muller), labels drawn from the true logistic model; a fixed seed makes it repeatable.
    private static List<(double[] X, bool Y)> Synthetic(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<(double[], bool)>(count);
        for (var n = 0; n < count; n++)
        {
            var x = TrueWeights.Select(_ => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble())).ToArray();
            var z = TrueBias + x.Select((v, i) => v * TrueWeights[i]).Sum();
            rows.Add((x, random.NextDouble() < 1 / (1 + Math.Exp(-z))));
        }
        return rows;
    }

    [Fact]
    public void Fit_SyntheticData_RecoversWeightsAndBias()
    {
        var w = LogisticFit.Fit(Synthetic(20_000, seed: 7), TrueWeights.Length);

        Assert.Equal(TrueWeights.Length + 1, w.Length);
        for (var i = 0; i < TrueWeights.Length; i++) Assert.InRange(w[i], TrueWeights[i] - 0.1, TrueWeights[i] + 0.1);
        Assert.InRange(w[^1], TrueBias - 0.1, TrueBias + 0.1);
    }

    [Fact]
    public void Fit_SameRows_SameWeights()
    {
        var rows = Synthetic(2_000, seed: 11);

        Assert.Equal(LogisticFit.Fit(rows, 3), LogisticFit.Fit(rows, 3));
    }

    [Fact]
    public void Fit_SeparableData_FiniteWeightsWithRightSign()
    {
        // y = x0 > 0 exactly: unregularised weights would run off to infinity.
        var rows = Enumerable.Range(-50, 101).Where(i => i != 0).Select(i => (new[] { i / 10.0 }, i > 0)).ToList();

        var w = LogisticFit.Fit(rows, 1);

        Assert.All(w, v => Assert.True(double.IsFinite(v)));
        Assert.True(w[0] > 1);
    }

    [Fact]
    public void Fit_StrongerL2_SmallerWeights()
    {
        var rows = Synthetic(500, seed: 3);

        var loose = LogisticFit.Fit(rows, 3, l2: 0.01);
        var tight = LogisticFit.Fit(rows, 3, l2: 1000);

        Assert.True(Norm(tight) < Norm(loose) / 2);
    }

    [Fact]
    public void Fit_ConstantFeature_NoCrashAndBiasCarriesTheRate()
    {
        // A feature that is always 0 leaves a singular Hessian row without the L2 term; with l2 = 0 it must still solve.
        var rows = Enumerable.Range(0, 100).Select(i => (new[] { 0.0 }, i % 4 == 0)).ToList();

        var w = LogisticFit.Fit(rows, 1, l2: 0);

        Assert.Equal(0, w[0], 6);
        Assert.Equal(Math.Log(0.25 / 0.75), w[1], 3);
    }

    private static double Norm(double[] w) => Math.Sqrt(w[..^1].Sum(v => v * v));
}
