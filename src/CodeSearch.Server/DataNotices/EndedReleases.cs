using CodeSearch.Core;
using CodeSearch.Core.Catalog;

namespace CodeSearch.Server.DataNotices;

/// <summary>
/// Which served releases have ended: a call without a date of service is answered from the newest loaded release of
/// each system, so when that release's end date is before today the answer may not hold for today's claims.
/// </summary>
internal sealed class EndedReleases(IIndexProvider provider, TimeProvider time)
{
    /// <summary>"ICD-10-CM FY2026 ended 2026-09-30" for each newest release (of <paramref name="systems"/>, or of all
    /// systems when empty) whose end date is before today; empty when none or while no index is served.</summary>
    public IReadOnlyList<string> Describe(IReadOnlyCollection<CodeSystemId> systems)
    {
        if (!provider.IsReady) return [];
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return provider.Current.Releases
            .GroupBy(r => r.Release.System)
            .Where(g => systems.Count == 0 || systems.Contains(g.Key))
            .Select(g => g.MaxBy(r => r.Release.EffectiveDate)!.Release)
            .Where(r => r.EndDate is { } end && end < today)
            .Select(r => $"{r.DisplayName} ended {r.EndDate:yyyy-MM-dd}")
            .ToList();
    }
}
