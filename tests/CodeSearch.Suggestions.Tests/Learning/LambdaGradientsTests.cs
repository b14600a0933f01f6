using CodeSearch.Suggestions.Learning;

namespace CodeSearch.Suggestions.Tests.Learning;

public class LambdaGradientsTests
{
    [Fact]
    public void Compute_RightRankedBelowWrong_PullsRightUpAndWrongDown()
    {
        List<(double[] X, bool Y)> rows = [([0.0], false), ([0.0], true), ([0.0], false)];
        double[] margins = [2, 1, 0];
        var (g, h) = (new double[3], new double[3]);

        LambdaGradients.Compute(rows, [[0, 1, 2]], margins, g, h);

        Assert.True(g[1] > 0, "the right candidate moves up");
        Assert.True(g[0] < 0 && g[2] < 0, "the wrong candidates move down");
        Assert.True(g[0] < g[2], "the wrong candidate ranked above the right one is pushed harder");
        Assert.Equal(0, g.Sum(), 9);
        Assert.All(h, v => Assert.True(v > 0));
    }

    [Fact]
    public void Compute_NoteWithoutBothKinds_NoGradient()
    {
        List<(double[] X, bool Y)> rows = [([0.0], true), ([0.0], true), ([0.0], false), ([0.0], false)];
        var (g, h) = (new double[4], new double[4]);

        LambdaGradients.Compute(rows, [[0, 1], [2, 3]], [0, 1, 2, 3], g, h);

        Assert.All(g, v => Assert.Equal(0, v));
    }

    [Fact]
    public void Compute_NotesAreIndependent()
    {
        // A right row of another note with a higher margin changes nothing: only pairs inside one note count.
        List<(double[] X, bool Y)> rows = [([0.0], true), ([0.0], false), ([0.0], true), ([0.0], false)];
        var (alone, h1) = (new double[2], new double[2]);
        var (both, h2) = (new double[4], new double[4]);

        LambdaGradients.Compute(rows[..2], [[0, 1]], [0, 1], alone, h1);
        LambdaGradients.Compute(rows, [[0, 1], [2, 3]], [0, 1, 9, -9], both, h2);

        Assert.Equal(alone[0], both[0], 12);
        Assert.Equal(alone[1], both[1], 12);
    }
}
