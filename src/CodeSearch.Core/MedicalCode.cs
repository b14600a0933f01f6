namespace CodeSearch.Core;

/// <summary>One entry of one release of a code system, as imported from the official files.</summary>
public sealed record MedicalCode
{
    public required CodeSystemId System { get; init; }
    /// <summary>Undotted, upper-case form (E119).</summary>
    public required string Code { get; init; }
    public required string Description { get; init; }
    public string ShortDescription { get; init; } = "";
    public required CodeKind Kind { get; init; }
    /// <summary>True when the code may be reported on a claim.</summary>
    public required bool Billable { get; init; }
    /// <summary>Undotted code of the nearest ancestor present in the same release, if any.</summary>
    public string? ParentCode { get; init; }
    /// <summary>Position in the official order file (1-based); 0 when the source has no order.</summary>
    public int Order { get; init; }
    /// <summary>The release id this entry belongs to, e.g. "FY2026".</summary>
    public required string ReleaseId { get; init; }
    public ReleaseChange Change { get; init; }
    /// <summary>HCPCS: date the code was added.</summary>
    public DateOnly? AddDate { get; init; }
    /// <summary>HCPCS: action effective date.</summary>
    public DateOnly? ActionEffectiveDate { get; init; }
    /// <summary>HCPCS: last date of service the code is valid for.</summary>
    public DateOnly? TerminationDate { get; init; }
    /// <summary>HCPCS: action code (N, C, A, D, P, S).</summary>
    public string ActionCode { get; init; } = "";

    /// <summary>Display form: dotted for ICD-10-CM.</summary>
    public string DisplayCode => CodeFormat.ToDisplay(System, Code);
}
