using CodeSearch.Core.Catalog;
using CodeSearch.Core.Errors;
using CodeSearch.Core.Tests.Support;
using static CodeSearch.Core.Tests.Support.Codes;

namespace CodeSearch.Core.Tests.Catalog;

public class ReleaseSelectorTests
{
    private static FakeCodeIndex TwoIcdYears() => new FakeCodeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, "FY2025", Date(2024, 10, 1), Date(2025, 9, 30))
        .WithRelease(CodeSystemId.Icd10Cm, "FY2026", Date(2025, 10, 1), Date(2026, 9, 30))
        .WithRelease(CodeSystemId.Icd10Pcs, "FY2026", Date(2025, 10, 1), Date(2026, 9, 30));

    // Quarterly HCPCS files with a gap: July-December 2025 was never loaded.
    private static FakeCodeIndex HcpcsQuarters() => new FakeCodeIndex()
        .WithRelease(CodeSystemId.Hcpcs, "2025-04", Date(2025, 4, 1), Date(2025, 6, 30))
        .WithRelease(CodeSystemId.Hcpcs, "2026-01", Date(2026, 1, 1), null);

    [Fact]
    public void Select_NoDate_NewestReleaseOfTheSystem()
    {
        var release = ReleaseSelector.Select(TwoIcdYears(), CodeSystemId.Icd10Cm, null);

        Assert.Equal("FY2026", release.Release.ReleaseId);
        Assert.Equal(CodeSystemId.Icd10Cm, release.Release.System);
    }

    [Theory]
    [InlineData(2024, 10, 1, "FY2025")]
    [InlineData(2025, 9, 30, "FY2025")]
    [InlineData(2025, 10, 1, "FY2026")]
    [InlineData(2026, 9, 30, "FY2026")]
    public void Select_DateInsideAWindow_TheCoveringRelease(int year, int month, int day, string expected)
    {
        var release = ReleaseSelector.Select(TwoIcdYears(), CodeSystemId.Icd10Cm, Date(year, month, day));

        Assert.Equal(expected, release.Release.ReleaseId);
    }

    [Theory]
    [InlineData(2026, 10, 1)]
    [InlineData(2020, 1, 1)]
    public void Select_IcdDateOutsideEveryWindow_ReleaseNotLoadedNamingDateAndWindows(int year, int month, int day)
    {
        var date = Date(year, month, day);

        var ex = Assert.Throws<ReleaseNotLoadedException>(() => ReleaseSelector.Select(TwoIcdYears(), CodeSystemId.Icd10Cm, date));

        Assert.Contains(date.ToString("yyyy-MM-dd"), ex.Message);
        Assert.Contains("ICD-10-CM FY2025 (2024-10-01 to 2025-09-30)", ex.Message);
        Assert.Contains("ICD-10-CM FY2026 (2025-10-01 to 2026-09-30)", ex.Message);
    }

    [Fact]
    public void Select_SystemNotLoaded_ReleaseNotLoaded()
    {
        var ex = Assert.Throws<ReleaseNotLoadedException>(() => ReleaseSelector.Select(TwoIcdYears(), CodeSystemId.Hcpcs, null));

        Assert.Contains("HCPCS", ex.Message);
    }

    [Fact]
    public void Select_CptNotLoaded_SaysNoLicenseeFile()
    {
        var ex = Assert.Throws<ReleaseNotLoadedException>(() => ReleaseSelector.Select(TwoIcdYears(), CodeSystemId.Cpt, Date(2026, 1, 1)));

        Assert.Contains("licensee CPT file", ex.Message);
    }

    [Fact]
    public void Select_HcpcsOpenEndedFile_CoversLaterDates()
    {
        Assert.Equal("2026-01", ReleaseSelector.Select(HcpcsQuarters(), CodeSystemId.Hcpcs, Date(2030, 5, 1)).Release.ReleaseId);
        Assert.Equal("2026-01", ReleaseSelector.Select(HcpcsQuarters(), CodeSystemId.Hcpcs, null).Release.ReleaseId);
    }

    [Fact]
    public void Select_HcpcsDateInAGap_NewestFileInForceBeforeIt()
    {
        var release = ReleaseSelector.Select(HcpcsQuarters(), CodeSystemId.Hcpcs, Date(2025, 8, 15));

        Assert.Equal("2025-04", release.Release.ReleaseId);
    }

    [Fact]
    public void Select_HcpcsDateBeforeEveryFile_OldestFileRatherThanAnError()
    {
        var release = ReleaseSelector.Select(HcpcsQuarters(), CodeSystemId.Hcpcs, Date(2019, 3, 1));

        Assert.Equal("2025-04", release.Release.ReleaseId);
    }

    [Fact]
    public void Window_ClosedAndOpenEnded_Formatted()
    {
        var releases = HcpcsQuarters().Releases;

        Assert.Equal("2025-04-01 to 2025-06-30", ReleaseSelector.Window(releases[0].Release));
        Assert.Equal("from 2026-01-01", ReleaseSelector.Window(releases[1].Release));
    }
}
