using CodeSearch.Core;

namespace CodeSearch.Core.Tests.Support;

/// <summary>Builders for hand-made codes, named like the official entries they imitate.</summary>
internal static class Codes
{
    public static MedicalCode Icd(string code, string description, bool billable, string? parent, string release = "FY2026") => new()
    {
        System = CodeSystemId.Icd10Cm, Code = code, Description = description, Billable = billable,
        Kind = billable ? CodeKind.Code : CodeKind.Header, ParentCode = parent, ReleaseId = release,
    };

    public static MedicalCode Hcpcs(string code, string description, DateOnly? added = null, DateOnly? terminated = null, string release = "2026-01") => new()
    {
        System = CodeSystemId.Hcpcs, Code = code, Description = description, Billable = true, Kind = CodeKind.Code,
        ReleaseId = release, AddDate = added, TerminationDate = terminated,
    };

    public static DateOnly Date(int year, int month, int day) => new(year, month, day);
}
