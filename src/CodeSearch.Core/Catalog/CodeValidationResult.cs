namespace CodeSearch.Core.Catalog;

/// <summary>The outcome of checking one code for a claim.</summary>
public enum CodeValidationStatus
{
    Valid = 1,
    NotFound = 2,
    HeaderNotBillable = 3,
    NotEffective = 4,
    Terminated = 5,
    Malformed = 6,
}

/// <summary>One checked code: the status, the code when found, billable descendants of a header, and why.</summary>
public sealed record CodeValidationResult(
    string Input,
    CodeValidationStatus Status,
    CodeDetails? Details,
    IReadOnlyList<MedicalCode> BillableDescendants,
    string Message);
