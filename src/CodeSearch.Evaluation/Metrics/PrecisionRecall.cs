using CodeSearch.Evaluation.Matching;

namespace CodeSearch.Evaluation.Metrics;

/// <summary>Micro-averaged counts over documents: every kept prediction and every distinct gold code counts once.</summary>
public sealed record PrecisionRecall(int TruePositives, int Predicted, int Gold)
{
    public int FalsePositives => Predicted - TruePositives;
    public int FalseNegatives => Gold - TruePositives;
    public double Precision => Predicted == 0 ? 0 : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrecisionRecall Of(IEnumerable<MatchOutcome> outcomes)
    {
        int tp = 0, predicted = 0, gold = 0;
        foreach (var outcome in outcomes)
        {
            tp += outcome.Hits;
            predicted += outcome.Kept.Count;
            gold += outcome.GoldCount;
        }
        return new PrecisionRecall(tp, predicted, gold);
    }
}
