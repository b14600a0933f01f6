using CodeSearch.Core;
using CodeSearch.Core.Catalog;
using CodeSearch.Server.Security;

namespace CodeSearch.Server.Fhir;

/// <summary>
/// The system, version and date of an operation in domain terms, with the CPT rule applied. A version must be a
/// loaded release id; with a version and no date, that release answers (its first date of service stands in for the
/// date unless it is the newest release); with both, the release in force on the date must be that version.
/// </summary>
internal sealed class FhirReleases(IIndexProvider indexes, CptAccess cpt)
{
    public (CodeSystemId System, DateOnly? Date) Resolve(HttpContext http, string? systemUri, string systemParameter, string? version, DateOnly? date)
    {
        var system = FhirSystems.Parse(systemUri, systemParameter);
        if (cpt.Denies(system, http)) throw new PermissionDeniedException(CptAccess.DeniedMessage);
        if (string.IsNullOrEmpty(version)) return (system, date);

        var index = indexes.Current;
        var releases = index.Releases.Where(r => r.Release.System == system).ToList();
        var release = releases.FirstOrDefault(r => r.Release.ReleaseId == version)
                      ?? throw FhirError.NotFound($"Version '{version}' of {system.DisplayName()} is not loaded; loaded: {string.Join(", ", releases.Select(r => r.Release.ReleaseId))}.");
        if (date is { } dos)
        {
            if (ReleaseSelector.Select(index, system, dos).Release.ReleaseId != version)
            {
                throw FhirError.NotFound($"Version '{version}' of {system.DisplayName()} is not the release in force on {dos:yyyy-MM-dd}.");
            }
            return (system, dos);
        }
        return ReleaseSelector.Select(index, system, null).Release.ReleaseId == version ? (system, null) : (system, release.Release.EffectiveDate);
    }
}
