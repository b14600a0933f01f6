using CodeSearch.Core;
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
/// <param name="Systems">Code system of each note; null: one system (no per-system calibration).</param>
public sealed record NoteRows(IReadOnlyList<(double[] X, bool Y)> Rows, IReadOnlyList<int[]> Groups, IReadOnlyList<int> Gold,
    IReadOnlyList<int> Folds, IReadOnlyList<CodeSystemId>? Systems = null)
{
    private static readonly int Excluded = FeatureTable.IndexOf("excluded");

    /// <summary>Mean average precision over all notes, each ranked by a ranker fitted without its fold.</summary>
    public double CrossValidatedMap(int folds, TreeBooster.Options? boosting, TreeBooster.Options? ranking) =>
        CrossValidate(folds, boosting, ranking).Map;

    /// <summary>As <see cref="CrossValidatedMap"/>, with the expected calibration error (10 equal-width bins) of each
    /// system's suggested (not excluded) out-of-fold scores, under the shared calibration and under the system's own.</summary>
    public CrossValidation CrossValidate(int folds, TreeBooster.Options? boosting, TreeBooster.Options? ranking)
    {
        var sum = 0.0;
        var shared = new Dictionary<CodeSystemId, List<(double, bool)>>();
        var own = new Dictionary<CodeSystemId, List<(double, bool)>>();
        for (var fold = 0; fold < folds; fold++)
        {
            var rows = new List<(double[] X, bool Y)>();
            var groups = new List<int[]>();
            var systems = new List<CodeSystemId>();
            for (var g = 0; g < Groups.Count; g++)
            {
                if (Folds[g] == fold) continue;
                groups.Add(Enumerable.Range(rows.Count, Groups[g].Length).ToArray());
                rows.AddRange(Groups[g].Select(i => Rows[i]));
                systems.AddRange(Enumerable.Repeat(SystemOf(g), Groups[g].Length));
            }
            var ranker = RankerFit.Fit(rows, groups, boosting, ranking, Systems is null ? null : systems);
            for (var g = 0; g < Groups.Count; g++)
            {
                if (Folds[g] != fold) continue;
                sum += AveragePrecision(ranker, Groups[g], Gold[g]);
                var system = SystemOf(g);
                foreach (var i in Groups[g].Where(i => Rows[i].X[Excluded] < 0.5))
                {
                    (shared.TryGetValue(system, out var a) ? a : shared[system] = []).Add((ranker.Score(Rows[i].X), Rows[i].Y));
                    (own.TryGetValue(system, out var b) ? b : own[system] = []).Add((ranker.Score(Rows[i].X, system), Rows[i].Y));
                }
            }
        }
        return new CrossValidation(Groups.Count == 0 ? 0 : sum / Groups.Count,
            shared.ToDictionary(p => p.Key, p => Ece(p.Value)), own.ToDictionary(p => p.Key, p => Ece(p.Value)));
    }

    private CodeSystemId SystemOf(int group) => Systems?[group] ?? CodeSystemId.Icd10Cm;

    /// <summary>Expected calibration error over 10 equal-width score bins.</summary>
    public static double Ece(IReadOnlyList<(double Score, bool Y)> points)
    {
        var count = new int[10];
        var scores = new double[10];
        var right = new int[10];
        foreach (var (score, y) in points)
        {
            var bin = Math.Min((int)(Math.Clamp(score, 0, 1) * 10), 9);
            count[bin]++;
            scores[bin] += score;
            if (y) right[bin]++;
        }
        var ece = 0.0;
        for (var b = 0; b < 10; b++)
        {
            if (count[b] > 0) ece += Math.Abs(right[b] - scores[b]) / points.Count;
        }
        return ece;
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

/// <summary>Cross-validated figures of one ranker setting on the train notes.</summary>
/// <param name="Map">Mean average precision over the notes.</param>
/// <param name="SharedEce">Per system, ECE of out-of-fold scores under the shared calibration.</param>
/// <param name="OwnEce">Per system, ECE under the system's own calibration.</param>
public sealed record CrossValidation(double Map, IReadOnlyDictionary<CodeSystemId, double> SharedEce,
    IReadOnlyDictionary<CodeSystemId, double> OwnEce);
