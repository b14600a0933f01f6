namespace CodeSearch.Suggestions.Guidelines;

/// <summary>One row of Data/derived-codes.tsv.</summary>
/// <param name="Kind">What the rule reads.</param>
/// <param name="When">Groups of undotted code prefixes: family and history rules have one group (any prefix);
/// a combination needs a counted code in every group.</param>
/// <param name="Code">The undotted code derived.</param>
/// <param name="Notes">Why (shown in the rationale).</param>
public sealed record DerivedRule(DerivedRuleKind Kind, IReadOnlyList<string[]> When, string Code, string Notes)
{
    /// <summary>True when <paramref name="code"/> is under one of the prefixes of group <paramref name="group"/>.</summary>
    public bool Covers(int group, string code) => When[group].Any(p => code.StartsWith(p, StringComparison.Ordinal));
}
