using CodeSearch.Suggestions.Ranking;

namespace CodeSearch.Suggestions.Learning;

/// <summary>
/// The learner's out-of-fold candidate rows grouped by note, for choosing ranker settings by cross-validation on the
/// train notes: each fold's notes are ranked by a ranker fitted on the other folds' rows and scored with the CodiEsp
/// average precision (gold codes never proposed count in the denominator; excluded candidates are not suggested).
/// </summary>
/// <param name="Rows">Feature vectors and labels.</param>
/// <param name="Groups">Row numbers of each note.</param>
/// <param name="Gold">Distinct gold codes of each note.</param>
/// <param name="Folds">Fold of each note.</param>
public sealed record NoteRows(IReadOnlyList<(double[] X, bool Y)> Rows, IReadOnlyList<int[]> Groups, IReadOnlyList<int> Gold,
    IReadOnlyList<int> Folds)
{
    private static readonly int Excluded = FeatureTable.IndexOf("excluded");

    /// <summary>Mean average precision over all notes, each ranked by a ranker fitted without its fold.</summary>
    public double CrossValidatedMap(int folds, TreeBooster.Options? boosting, TreeBooster.Options? ranking)
    {
        var sum = 0.0;
        for (var fold = 0; fold < folds; fold++)
        {
            var rows = new List<(double[] X, bool Y)>();
            var groups = new List<int[]>();
            for (var g = 0; g < Groups.Count; g++)
            {
                if (Folds[g] == fold) continue;
                groups.Add(Enumerable.Range(rows.Count, Groups[g].Length).ToArray());
                rows.AddRange(Groups[g].Select(i => Rows[i]));
            }
            var ranker = RankerFit.Fit(rows, groups, boosting, ranking);
            for (var g = 0; g < Groups.Count; g++)
            {
                if (Folds[g] == fold) sum += AveragePrecision(ranker, Groups[g], Gold[g]);
            }
        }
        return Groups.Count == 0 ? 0 : sum / Groups.Count;
    }

    private double AveragePrecision(RankerModel ranker, int[] group, int gold)
    {
        if (gold == 0) return 0;
        var ranked = group.Where(i => Rows[i].X[Excluded] < 0.5).Select(i => (Score: ranker.Margin(Rows[i].X), Rows[i].Y))
            .OrderByDescending(r => r.Score).ToList();
        double sum = 0;
        var hits = 0;
        for (var k = 0; k < ranked.Count && hits < gold; k++)
        {
            if (!ranked[k].Y) continue;
            hits++;
            sum += (double)hits / (k + 1);
        }
        return sum / gold;
    }
}
