using CodeSearch.Core;
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
    public void Fit_WithSystems_EachSystemsScoresCalibratedOnItsOwn()
    {
        var (half, halfGroups) = Notes();
        // The notes twice, the second time of another system whose right rows score lower on the shared scale.
        var rows = half.Concat(half).ToList();
        var groups = halfGroups.Concat(halfGroups.Select(g => g.Select(i => i + half.Count).ToArray())).ToList();
        var coverage = FeatureTable.IndexOf("coverage");
        var systems = rows.Select((_, i) => i < half.Count ? CodeSystemId.Icd10Cm : CodeSystemId.Icd10Pcs).ToList();
        rows = rows.Select((r, i) => systems[i] == CodeSystemId.Icd10Pcs && r.Y ? (r.X.Select((v, f) => f == coverage ? v - 0.2 : v).ToArray(), r.Y) : r).ToList();

        var ranker = RankerFit.Fit(rows, groups, null, ModelLearner.DefaultRanking with { Rounds = 20 }, systems);

        foreach (var system in new[] { CodeSystemId.Icd10Cm, CodeSystemId.Icd10Pcs })
        {
            var own = Enumerable.Range(0, rows.Count).Where(i => systems[i] == system).ToList();
            Assert.Equal(own.Count(i => rows[i].Y) / (double)own.Count, own.Average(i => ranker.Score(rows[i].X, system)), 3);
        }
    }

    [Fact]
    public void Ece_PerfectlyCalibratedBins_Zero_OverconfidentBins_TheGap()
    {
        var calibrated = Enumerable.Range(0, 10).Select(i => (0.3, i < 3)).ToList();
        var overconfident = Enumerable.Range(0, 10).Select(i => (0.9, i < 5)).ToList();

        Assert.Equal(0, NoteRows.Ece(calibrated), 9);
        Assert.Equal(0.4, NoteRows.Ece(overconfident), 9);
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
