using CodeSearch.Core.Reference;

namespace CodeSearch.Core.Catalog;

/// <summary>What ValidateCodes found: each code's status, and the notes the codes break together.</summary>
public sealed record ValidationReport(
    IReadOnlyList<CodeValidationResult> Results,
    IReadOnlyList<CodeConflict> Conflicts,
    IReadOnlyList<UnmetRequirement> Unmet);

/// <summary>An Excludes1 note of <paramref name="Code"/> naming <paramref name="Excluded"/>, also in the list.</summary>
public sealed record CodeConflict(MedicalCode Code, MedicalCode Excluded, AppliedNote Note);

/// <summary>A "code first" or "use additional code" note of <paramref name="Code"/> that no other code in the list satisfies.</summary>
public sealed record UnmetRequirement(MedicalCode Code, AppliedNote Note);
