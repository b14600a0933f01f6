using CodeSearch.Suggestions.Learning;
using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Tests.Learning;

public class RankerFitTests
{
    // Notes of 6 candidates, 1-2 right ones; "coverage" separates them with noise, so neither fit is perfect.
    private static (List<(double[] X, bool Y)> Rows, List<int[]> Groups) Notes()
    {
        var random = new Random(7);
        var rows = new List<(double[] X, bool Y)>();
        var groups = new List<int[]>();
        var coverage = FeatureTable.IndexOf("coverage");
        var mentions = FeatureTable.IndexOf("mentions");
        for (var n = 0; n < 60; n++)
        {
            var start = rows.Count;
            for (var c = 0; c < 6; c++)
            {
                var right = c < 1 + n % 2;
                var x = new double[FeatureVector.Names.Length];
                x[coverage] = (right ? 0.7 : 0.4) + 0.4 * random.NextDouble();
                x[mentions] = random.NextDouble();
                rows.Add((x, right));
            }
            groups.Add(Enumerable.Range(start, 6).ToArray());
        }
        return (rows, groups);
    }

    [Fact]
    public void Fit_WithRankingTrees_ScoresStayCalibrated()
    {
        var (rows, groups) = Notes();

        var ranker = RankerFit.Fit(rows, groups, null, ModelLearner.DefaultRanking with { Rounds = 20 });

        // Platt scaling with an unpenalised bias makes the mean score equal the share of right rows.
        Assert.Equal(rows.Count(r => r.Y) / (double)rows.Count, rows.Average(r => ranker.Score(r.X)), 3);
        Assert.Equal(20, ranker.Trees.Count);
    }

    [Fact]
    public void Fit_SameRows_SameRanker()
    {
        var (rows, groups) = Notes();

        var a = RankerFit.Fit(rows, groups, new TreeBooster.Options(Rounds: 5), ModelLearner.DefaultRanking with { Rounds = 5 });
        var b = RankerFit.Fit(rows, groups, new TreeBooster.Options(Rounds: 5), ModelLearner.DefaultRanking with { Rounds = 5 });

        Assert.Equal(a.Weights, b.Weights);
        Assert.Equal(a.Trees.SelectMany(t => t.Value), b.Trees.SelectMany(t => t.Value));
    }

    [Fact]
    public void CrossValidatedMap_RankingByTheSeparatingFeature_BeatsNothingLearned()
    {
        var (rows, groups) = Notes();
        var notes = new NoteRows(rows, groups, groups.Select(g => g.Count(i => rows[i].Y)).ToList(), groups.Select((_, i) => i % 3).ToList());

        var map = notes.CrossValidatedMap(3, null, null);

        Assert.InRange(map, 0.6, 1.0);
    }
}
