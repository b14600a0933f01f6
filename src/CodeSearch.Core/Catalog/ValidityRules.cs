namespace CodeSearch.Core.Catalog;

/// <summary>Whether a code of a release may be reported on a date of service.</summary>
public static class ValidityRules
{
    /// <summary>The code was added after the date of service (HCPCS add date).</summary>
    public static bool NotYetAdded(MedicalCode code, DateOnly dateOfService) =>
        code.AddDate is { } added && dateOfService < added;

    /// <summary>The code's termination date (its last valid date of service) is before the date of service.</summary>
    public static bool Terminated(MedicalCode code, DateOnly dateOfService) =>
        code.TerminationDate is { } last && dateOfService > last;

    /// <summary>True when neither rule excludes the code on that date.</summary>
    public static bool IsEffective(MedicalCode code, DateOnly dateOfService) =>
        !NotYetAdded(code, dateOfService) && !Terminated(code, dateOfService);
}
