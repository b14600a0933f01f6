using CodeSearch.Core;
using CodeSearch.Evaluation.Data;

namespace CodeSearch.Evaluation.Matching;

/// <summary>When a predicted code counts as a gold code (both in <see cref="CodeKey"/> form).</summary>
public enum MatchRule
{
    /// <summary>Same code (CodiEsp-D).</summary>
    Exact = 1,
    /// <summary>The prediction starts with the gold code: ICD-10-PCS gold truncated to 4 characters, category gold of phrase sets.</summary>
    Prefix = 2,
}

/// <summary>Which rule applies to a dataset's rows.</summary>
public static class MatchRules
{
    /// <summary>Phrase sets always use prefix (a code under a category gold is a hit); notes use prefix for ICD-10-PCS only.</summary>
    public static MatchRule For(DatasetKind kind, CodeSystemId system) =>
        kind == DatasetKind.Phrases || system == CodeSystemId.Icd10Pcs ? MatchRule.Prefix : MatchRule.Exact;

    public static bool Matches(this MatchRule rule, string gold, string predicted) => rule == MatchRule.Exact
        ? string.Equals(gold, predicted, StringComparison.Ordinal)
        : predicted.StartsWith(gold, StringComparison.Ordinal);
}
