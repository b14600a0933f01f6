using CodeSearch.Core.Errors;

namespace CodeSearch.Core.Catalog;

/// <summary>
/// Picks the release that answers a request. Without a date of service: the newest loaded release of the system.
/// With one: ICD-10-CM/PCS and CPT use the release whose window covers the date (none is an error, never a guess);
/// HCPCS files carry each code's own add and termination dates, so the newest quarterly file in force on the date
/// is used, or the oldest loaded file for earlier dates, and the code's dates decide validity.
/// </summary>
public static class ReleaseSelector
{
    /// <summary>Returns the release to use, or throws <see cref="ReleaseNotLoadedException"/>.</summary>
    public static LoadedRelease Select(ICodeIndex index, CodeSystemId system, DateOnly? dateOfService)
    {
        var candidates = index.Releases.Where(r => r.Release.System == system)
            .OrderByDescending(r => r.Release.EffectiveDate).ToList();
        if (candidates.Count == 0)
        {
            throw new ReleaseNotLoadedException(system == CodeSystemId.Cpt
                ? "CPT is not loaded: this server has no licensee CPT file configured."
                : $"No {system.DisplayName()} release is loaded on this server.");
        }
        if (dateOfService is not { } dos) return candidates[0];

        var covering = candidates.FirstOrDefault(r => r.Release.Covers(dos));
        if (covering is not null) return covering;
        if (system == CodeSystemId.Hcpcs)
        {
            return candidates.FirstOrDefault(r => r.Release.EffectiveDate <= dos) ?? candidates[^1];
        }
        var loaded = string.Join(", ", candidates.Select(r => $"{r.Release.DisplayName} ({Window(r.Release)})"));
        throw new ReleaseNotLoadedException(
            $"No loaded {system.DisplayName()} release covers date of service {dos:yyyy-MM-dd}; loaded: {loaded}.");
    }

    /// <summary>"2025-10-01 to 2026-09-30", or "from 2026-01-01" when open-ended.</summary>
    public static string Window(CodeRelease release) => release.EndDate is { } end
        ? $"{release.EffectiveDate:yyyy-MM-dd} to {end:yyyy-MM-dd}"
        : $"from {release.EffectiveDate:yyyy-MM-dd}";
}
