using CodeSearch.Core.Errors;
using CodeSearch.Core.Search;
using CodeSearch.Core.Tests.Support;
using static CodeSearch.Core.Tests.Support.Codes;

namespace CodeSearch.Core.Tests.Search;

/// <summary>Which releases and filters a search runs over (the ranking itself is tested in CodeSearch.Indexing.Tests).</summary>
public class CodeSearchServiceTests
{
    private static readonly FakeCodeIndex Index = new FakeCodeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, "FY2025", Date(2024, 10, 1), Date(2025, 9, 30))
        .WithRelease(CodeSystemId.Icd10Cm, "FY2026", Date(2025, 10, 1), Date(2026, 9, 30))
        .WithRelease(CodeSystemId.Icd10Pcs, "FY2026", Date(2025, 10, 1), Date(2026, 9, 30))
        .WithRelease(CodeSystemId.Hcpcs, "2026-01", Date(2026, 1, 1), null);

    private static readonly CodeSearchService Service = new(Index, new FixedTimeProvider(new DateTimeOffset(2026, 3, 15, 23, 30, 0, TimeSpan.Zero)));

    private static CodeSearchQuery Query(DateOnly? dateOfService, params CodeSystemId[] systems) =>
        new("diabetes", systems, BillableOnly: true, Offset: 0, Limit: 20, dateOfService);

    [Fact]
    public void ResolveScope_NoSystemsNoDate_NewestReleaseOfEachSystemAsOfToday()
    {
        var scope = Service.ResolveScope(Index, Query(null));

        Assert.Equal(
            ["ICD-10-CM FY2026", "ICD-10-PCS FY2026", "HCPCS 2026-01"],
            scope.Releases.Select(r => r.DisplayName));
        Assert.Equal(Date(2026, 3, 15), scope.AsOf);
        Assert.True(scope.BillableOnly);
    }

    [Fact]
    public void ResolveScope_DateOfService_ReleasesInForceThenAndAsOfThatDate()
    {
        var scope = Service.ResolveScope(Index, Query(Date(2025, 3, 1)));

        // PCS has no release for the date and is skipped; HCPCS falls back to its oldest file.
        Assert.Equal(["ICD-10-CM FY2025", "HCPCS 2026-01"], scope.Releases.Select(r => r.DisplayName));
        Assert.Equal(Date(2025, 3, 1), scope.AsOf);
    }

    [Fact]
    public void ResolveScope_ExplicitSystems_OnlyThoseOnceEach()
    {
        var scope = Service.ResolveScope(Index, Query(null, CodeSystemId.Hcpcs, CodeSystemId.Hcpcs));

        Assert.Equal(["HCPCS 2026-01"], scope.Releases.Select(r => r.DisplayName));
    }

    [Fact]
    public void ResolveScope_ExplicitSystemsInAnyOrder_SameCanonicalOrder()
    {
        // Result order follows scope order, while cache keys and page tokens ignore the order of the systems.
        var reversed = Service.ResolveScope(Index, Query(null, CodeSystemId.Hcpcs, CodeSystemId.Icd10Cm));
        var all = Service.ResolveScope(Index, Query(null));

        Assert.Equal(["ICD-10-CM FY2026", "HCPCS 2026-01"], reversed.Releases.Select(r => r.DisplayName));
        Assert.Equal(all.Releases.Where(r => r.System != CodeSystemId.Icd10Pcs), reversed.Releases);
    }

    [Fact]
    public void ResolveScope_ExplicitSystemWithoutReleaseForDate_ReleaseNotLoaded()
    {
        Assert.Throws<ReleaseNotLoadedException>(() => Service.ResolveScope(Index, Query(Date(2025, 3, 1), CodeSystemId.Icd10Pcs)));
    }

    [Fact]
    public void ResolveScope_ExplicitSystemNotLoaded_ReleaseNotLoaded()
    {
        var ex = Assert.Throws<ReleaseNotLoadedException>(() => Service.ResolveScope(Index, Query(null, CodeSystemId.Cpt)));

        Assert.Contains("CPT", ex.Message);
    }

    [Fact]
    public void ResolveScope_NoSystemHasAReleaseForDate_ReleaseNotLoaded()
    {
        var icdOnly = new FakeCodeIndex().WithRelease(CodeSystemId.Icd10Cm, "FY2026", Date(2025, 10, 1), Date(2026, 9, 30));

        var ex = Assert.Throws<ReleaseNotLoadedException>(() => Service.ResolveScope(icdOnly, Query(Date(2020, 1, 1))));

        Assert.Contains("2020-01-01", ex.Message);
    }
}
