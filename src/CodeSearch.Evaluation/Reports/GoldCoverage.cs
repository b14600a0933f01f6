using CodeSearch.Core;
using CodeSearch.Evaluation.Data;
using CodeSearch.Evaluation.Matching;

namespace CodeSearch.Evaluation.Reports;

/// <summary>
/// How many gold codes the served releases still hold. CodiEsp gold follows the 2018 edition; codes gone since
/// stay in every denominator (as the official metric keeps them), so they cap recall and MAP.
/// </summary>
/// <param name="GoldCodes">Distinct gold codes per document, summed over documents.</param>
/// <param name="NotInRelease">Of those, codes the release lacks (PCS and phrase gold: not even as a prefix).</param>
/// <param name="MissingCodes">The distinct missing codes, sorted.</param>
/// <param name="Releases">The releases compared against, e.g. "ICD-10-CM FY2026".</param>
public sealed record GoldCoverage(int GoldCodes, int NotInRelease, IReadOnlyList<string> MissingCodes, IReadOnlyList<string> Releases)
{
    public static GoldCoverage Of(EvalDataset dataset, Func<CodeSystemId, ReleaseCodeSet> releases)
    {
        int total = 0, missing = 0;
        var missingCodes = new SortedSet<string>(StringComparer.Ordinal);
        var used = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var document in dataset.Documents)
        {
            var release = releases(document.System);
            used.Add($"{document.System.DisplayName()} {release.ReleaseId}");
            var rule = MatchRules.For(dataset.Kind, document.System);
            foreach (var gold in document.Gold.Select(g => CodeKey.Normalize(document.System, g)).Distinct())
            {
                total++;
                if (release.ContainsGold(gold, rule)) continue;
                missing++;
                missingCodes.Add(gold);
            }
        }
        return new GoldCoverage(total, missing, missingCodes.ToList(), used.ToList());
    }
}
