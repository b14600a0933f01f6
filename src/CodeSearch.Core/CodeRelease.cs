namespace CodeSearch.Core;

/// <summary>One release of a code system, with the dates of service it applies to.</summary>
public sealed record CodeRelease
{
    public required CodeSystemId System { get; init; }
    /// <summary>Stable id within the system, e.g. "FY2026" or "2026-01".</summary>
    public required string ReleaseId { get; init; }
    /// <summary>First date of service the release applies to.</summary>
    public required DateOnly EffectiveDate { get; init; }
    /// <summary>Last date of service; null while open-ended (quarterly HCPCS until the next file).</summary>
    public DateOnly? EndDate { get; init; }

    /// <summary>e.g. "ICD-10-CM FY2026".</summary>
    public string DisplayName => $"{System.DisplayName()} {ReleaseId}";

    /// <summary>True when a date of service falls inside the release's window.</summary>
    public bool Covers(DateOnly dateOfService) =>
        dateOfService >= EffectiveDate && (EndDate is null || dateOfService <= EndDate);
}
