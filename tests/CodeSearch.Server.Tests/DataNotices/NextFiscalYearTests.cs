using CodeSearch.Tests;
using CodeSearch.V1;
using Grpc.Core;
using Google.Type;

namespace CodeSearch.Server.Tests.DataNotices;

/// <summary>
/// Two fiscal years loaded side by side (the hand-written FY2026 sample and a tiny made-up FY2027 in which E11.6 and
/// E11.65 are deleted, index-data/fixtures-fy2027): the date of service picks the release in force on it.
/// </summary>
public class NextFiscalYearTests
{
    [Fact]
    public async Task Fy2026AndFy2027Loaded_DateOfServicePicksTheYearInForce()
    {
        var nextYear = Path.Combine(TestPaths.IndexData, "fixtures-fy2027");
        using var factory = new FixedTimeServerFactory(new DateOnly(2026, 12, 1), overrides: new Dictionary<string, string?>
        {
            ["CodeSearch:Data:ManifestPath"] = Path.Combine(nextYear, "sources.json"),
            ["CodeSearch:Data:VerifyChecksums"] = "false",
        });
        var sources = Path.Combine(factory.TempRoot, "sources");
        CopyFolder(Path.Combine(TestPaths.Fixtures, "icd10cm", "2026"), Path.Combine(sources, "icd10cm", "2026"));
        CopyFolder(Path.Combine(nextYear, "icd10cm", "2027"), Path.Combine(sources, "icd10cm", "2027"));
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        var client = factory.Client;
        GetCodeRequest On(string code, int year, int month, int day) =>
            new() { System = CodeSystem.Icd10Cm, Code = code, DateOfService = new Date { Year = year, Month = month, Day = day } };

        var lastDayOf2026 = await client.GetCodeAsync(On("E11.9", 2026, 9, 30));
        var firstDayOf2027 = await client.GetCodeAsync(On("E11.9", 2026, 10, 1));
        var deletedBefore = await client.GetCodeAsync(On("E11.65", 2026, 3, 1));
        var deletedAfter = await Assert.ThrowsAsync<RpcException>(() => client.GetCodeAsync(On("E11.65", 2026, 11, 1)).ResponseAsync);
        using var undated = client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });
        var newest = await undated.ResponseAsync;

        Assert.Equal("FY2026", lastDayOf2026.Release.ReleaseId);
        Assert.Equal("FY2027", firstDayOf2027.Release.ReleaseId);
        Assert.Equal("FY2026", deletedBefore.Release.ReleaseId);
        Assert.Contains("FY2027", deletedAfter.Status.Detail);
        Assert.Equal("FY2027", newest.Release.ReleaseId);
        Assert.Null(undated.GetTrailers().GetValue("codesearch-release-ended")); // FY2027 is in force on 2026-12-01
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
