namespace CodeSearch.Core.Catalog;

/// <summary>Explains, for a NOT_FOUND message, why a well-formed code is not answered.</summary>
internal static class NotFoundReason
{
    public static string Explain(ICodeIndex index, LoadedRelease release, string code)
    {
        var system = release.Release.System;
        var display = CodeFormat.ToDisplay(system, code);
        var name = release.Release.DisplayName;
        if (index.FindDeleted(system, release.Release.ReleaseId, code) is { } deleted)
        {
            return $"{display} was deleted in {name} ({deleted.Description}); it is not a code of this release.";
        }
        var elsewhere = index.Releases
            .Where(r => r.Release.System == system && r != release && index.Find(system, r.Release.ReleaseId, code) is not null)
            .Select(r => r.Release.DisplayName).ToList();
        if (elsewhere.Count > 0)
        {
            return $"{display} is not in {name}; it exists in {string.Join(", ", elsewhere)}.";
        }
        return $"{display} is not a code of {name}.";
    }

    public static string NotEffective(MedicalCode code, DateOnly dos)
    {
        var display = code.DisplayCode;
        if (ValidityRules.Terminated(code, dos))
        {
            return $"{code.System.DisplayName()} {display} was terminated: its last valid date of service was {code.TerminationDate:yyyy-MM-dd}.";
        }
        return $"{code.System.DisplayName()} {display} was added {code.AddDate:yyyy-MM-dd}, after the date of service {dos:yyyy-MM-dd}.";
    }
}
