using CodeSearch.Evaluation.Matching;

namespace CodeSearch.Evaluation.Metrics;

/// <summary>
/// The official CodiEsp measure. AP of one document = (sum of precision@k over the ranks k, counted after dropping
/// invalid and repeated predictions, where prediction k is a gold code) / (number of gold codes). A document with no
/// predictions, or no gold codes, scores 0. MAP = mean AP over all documents.
/// </summary>
public static class AveragePrecision
{
    public static double Of(MatchOutcome outcome)
    {
        if (outcome.GoldCount == 0) return 0;
        double sum = 0;
        var hits = 0;
        for (var k = 1; k <= outcome.Kept.Count; k++)
        {
            if (!outcome.Kept[k - 1].Correct) continue;
            hits++;
            sum += (double)hits / k;
        }
        return sum / outcome.GoldCount;
    }

    /// <summary>Mean AP over every document (0 for an empty set).</summary>
    public static double Mean(IEnumerable<MatchOutcome> outcomes)
    {
        var scores = outcomes.Select(Of).ToList();
        return scores.Count == 0 ? 0 : scores.Average();
    }
}
