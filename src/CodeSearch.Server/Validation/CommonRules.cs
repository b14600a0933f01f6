using CodeSearch.Core;
using CodeSearch.Server.Mapping;
using Proto = CodeSearch.V1;

namespace CodeSearch.Server.Validation;

/// <summary>Field rules shared by several requests.</summary>
internal static class CommonRules
{
    public static CodeSystemId System(Proto.CodeSystem system, string field, Violations violations)
    {
        if (EnumMapper.TryFromProto(system, out var result)) return result;
        violations.Add(field, system == Proto.CodeSystem.Unspecified
            ? "is required: ICD10CM, ICD10PCS, HCPCS or CPT"
            : $"unknown code system {(int)system}");
        return default;
    }

    public static DateOnly? DateOfService(Google.Type.Date? date, string field, Violations violations)
    {
        if (DateMapper.TryFromProto(date, out var result)) return result;
        violations.Add(field, "must be a full calendar date between 1900-01-01 and 9999-12-31");
        return null;
    }

    public static string Code(string? code, string field, Violations violations)
    {
        if (string.IsNullOrWhiteSpace(code)) violations.Add(field, "must not be empty");
        else if (code.Length > CodeFormat.MaxInputLength) violations.Add(field, $"must be at most {CodeFormat.MaxInputLength} characters");
        return code ?? "";
    }
}
