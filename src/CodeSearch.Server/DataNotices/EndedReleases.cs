using System.Collections.Concurrent;
using CodeSearch.Core;
using CodeSearch.Core.Catalog;

namespace CodeSearch.Server.DataNotices;

/// <summary>
/// Which served releases have ended: a call without a date of service is answered from the newest loaded release of
/// each system, so when that release's end date is before today the answer may not hold for today's claims.
/// The answer only changes with the served generation and the date, so it is worked out once per generation, day and
/// set of systems (this runs on every undated call).
/// </summary>
internal sealed class EndedReleases(IIndexProvider provider, TimeProvider time)
{
    private Answers? _answers;

    /// <summary>"ICD-10-CM FY2026 ended 2026-09-30" for each newest release (of the systems in <paramref name="systemMask"/>
    /// (<see cref="UndatedRequests.SystemMask"/> bits), or of all systems when 0) whose end date is before today, joined
    /// with "; "; empty when none or while no index is served.</summary>
    public string Describe(int systemMask)
    {
        if (!provider.IsReady) return "";
        var index = provider.Current;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var answers = Volatile.Read(ref _answers);
        if (answers is null || !string.Equals(answers.Generation, index.Generation, StringComparison.Ordinal) || answers.Today != today)
        {
            answers = new Answers(index.Generation, today);
            Volatile.Write(ref _answers, answers);
        }
        return answers.BySystems.GetOrAdd(systemMask, static (mask, state) => string.Join("; ", Compute(state.index, state.today, mask)), (index, today));
    }

    private static IReadOnlyList<string> Compute(ICodeIndex index, DateOnly today, int systemMask) => index.Releases
        .GroupBy(r => r.Release.System)
        .Where(g => systemMask == 0 || (systemMask & UndatedRequests.Bit(g.Key)) != 0)
        .Select(g => g.MaxBy(r => r.Release.EffectiveDate)!.Release)
        .Where(r => r.EndDate is { } end && end < today)
        .Select(r => $"{r.DisplayName} ended {r.EndDate:yyyy-MM-dd}")
        .ToList();

    private sealed record Answers(string Generation, DateOnly Today)
    {
        public ConcurrentDictionary<int, string> BySystems { get; } = new();
    }
}
