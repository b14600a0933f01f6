using CodeSearch.Suggestions.Learning;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Tests.Learning;

public class TreeBoosterTests
{
    // Label is the XOR of two binary features (a = 1 twice as often, so a greedy first split has something to gain):
    // a linear model cannot separate it, trees can.
    private static List<(double[] X, bool Y)> Xor(int copies)
    {
        var rows = new List<(double[] X, bool Y)>();
        for (var i = 0; i < copies; i++)
        {
            foreach (var (a, b) in new[] { (0, 0), (0, 1), (1, 0), (1, 0), (1, 1) }) rows.Add(([a, b, i % 3], (a ^ b) == 1));
        }
        return rows;
    }

    private static double LogLoss(IEnumerable<(double[] X, bool Y)> rows, Func<double[], double> margin) =>
        rows.Average(r => Math.Log(1 + Math.Exp(-(r.Y ? 1 : -1) * margin(r.X))));

    [Fact]
    public void Fit_Xor_LearnsTheInteractionALinearModelCannot()
    {
        var rows = Xor(50);

        var trees = TreeBooster.Fit(rows, new double[rows.Count], 3, new TreeBooster.Options(Rounds: 50, Depth: 2, L2: 1));
        double Margin(double[] x) => trees.Sum(t => t.Evaluate(x));

        Assert.True(Margin([0, 1, 0]) > 1 && Margin([1, 0, 0]) > 1, "XOR-true rows scored high");
        Assert.True(Margin([0, 0, 0]) < -1 && Margin([1, 1, 0]) < -1, "XOR-false rows scored low");
        Assert.True(LogLoss(rows, Margin) < 0.3 * Math.Log(2));
    }

    [Fact]
    public void Fit_StartsFromBaseMargins_AndLowersTheirLoss()
    {
        var rows = Xor(20);
        var start = rows.Select(r => r.X[0] - 0.5).ToArray();

        var trees = TreeBooster.Fit(rows, start, 3, new TreeBooster.Options(Rounds: 20, Depth: 2, L2: 1));

        var before = LogLoss(rows.Select((r, i) => (new[] { (double)i }, r.Y)), x => start[(int)x[0]]);
        var after = LogLoss(rows.Select((r, i) => (new[] { (double)i }, r.Y)), x => start[(int)x[0]] + trees.Sum(t => t.Evaluate(rows[(int)x[0]].X)));
        Assert.True(after < before);
    }

    [Fact]
    public void Fit_SameRows_SameTrees()
    {
        var rows = Xor(10);

        var a = TreeBooster.Fit(rows, new double[rows.Count], 3, new TreeBooster.Options(Rounds: 5));
        var b = TreeBooster.Fit(rows, new double[rows.Count], 3, new TreeBooster.Options(Rounds: 5));

        Assert.Equal(a.Select(t => t.Value), b.Select(t => t.Value));
    }

    [Fact]
    public void Fit_DepthLimit_AtMostTwoToTheDepthLeaves()
    {
        var trees = TreeBooster.Fit(Xor(30), new double[150], 3, new TreeBooster.Options(Rounds: 3, Depth: 1));

        Assert.All(trees, t => Assert.True(t.Feature.Count(f => f < 0) <= 2));
        Assert.All(trees, t => t.Validate(3));
    }

    [Fact]
    public void Fit_ConstantFeatures_OnlyLeaves()
    {
        var rows = Enumerable.Range(0, 40).Select(i => (new double[] { 1, 1 }, i % 4 == 0)).ToList();

        var trees = TreeBooster.Fit(rows, new double[rows.Count], 2, new TreeBooster.Options(Rounds: 3));

        Assert.All(trees, t => Assert.Equal([-1], t.Feature));
        // Each leaf moves the margin toward the 25 % base rate (log-odds < 0).
        Assert.True(trees.Sum(t => t.Evaluate([1, 1])) < 0);
    }
}

public class TreeBoosterRankingTests
{
    // Each note has one right candidate, the one with feature 0 = 1; feature 1 is a note-level level that makes the
    // right candidates of some notes score below the wrong ones of others, which a ranking loss ignores.
    private static (List<(double[] X, bool Y)> Rows, List<int[]> Groups) Notes(int count)
    {
        var rows = new List<(double[] X, bool Y)>();
        var groups = new List<int[]>();
        for (var n = 0; n < count; n++)
        {
            var start = rows.Count;
            for (var c = 0; c < 4; c++) rows.Add(([c == 0 ? 1 : 0, n % 5], c == 0));
            groups.Add(Enumerable.Range(start, 4).ToArray());
        }
        return (rows, groups);
    }

    [Fact]
    public void Fit_LambdaRank_PutsTheRightCandidateFirstInEveryNote()
    {
        var (rows, groups) = Notes(40);
        // Start from the wrong order: the right candidate last in every note.
        var start = rows.Select(r => -r.X[0]).ToArray();

        var trees = TreeBooster.Fit(rows, start, 2, new TreeBooster.Options(Rounds: 30, Depth: 2, L2: 1, MinLeafWeight: 0.1,
            Objective: TreeBooster.Loss.LambdaRank), groups);

        double Margin(int i) => start[i] + trees.Sum(t => t.Evaluate(rows[i].X));
        Assert.All(groups, g => Assert.Equal(g[0], g.MaxBy(Margin)));
    }

    [Fact]
    public void Fit_LambdaRankWithoutNotes_Throws()
    {
        var (rows, _) = Notes(2);

        Assert.Throws<ArgumentException>(() => TreeBooster.Fit(rows, new double[rows.Count], 2,
            new TreeBooster.Options(Rounds: 1, Objective: TreeBooster.Loss.LambdaRank)));
    }
}
