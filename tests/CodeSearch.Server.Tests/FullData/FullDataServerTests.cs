using CodeSearch.Importer.Manifest;
using CodeSearch.Tests;
using CodeSearch.V1;
using Xunit.Abstractions;

namespace CodeSearch.Server.Tests.FullData;

/// <summary>The server over the official FY2026 / January 2026 files, as Production serves them.</summary>
[Trait("Category", "FullData")]
public class FullDataServerTests(FullDataServer server, ITestOutputHelper output) : IClassFixture<FullDataServer>
{
    [Fact]
    public async Task GetCode_E119_Type2DiabetesWithoutComplicationsBillable()
    {
        var code = await server.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });

        Assert.Equal("Type 2 diabetes mellitus without complications", code.Description);
        Assert.True(code.Billable);
        Assert.Equal("E11", code.Parents.First().Code);
    }

    [Fact]
    public async Task GetCode_E11_HeaderNotBillable()
    {
        var code = await server.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11" });

        Assert.False(code.Billable);
        Assert.Equal(CodeKind.Header, code.Kind);
        Assert.Contains(code.Children, c => c.Code == "E11.9");
    }

    [Fact]
    public async Task SearchCodes_Type2Diabetes_AnE11CodeFirst()
    {
        var response = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "type 2 diabetes" });

        Assert.StartsWith("E11", response.Results[0].Code.CodeUndotted);
        Assert.Equal(CodeSystem.Icd10Cm, response.Results[0].Code.System);
    }

    [Fact]
    public async Task SearchCodes_J0696_HcpcsJ0696First()
    {
        var response = await server.Client.SearchCodesAsync(new SearchCodesRequest { Query = "J0696" });

        var first = response.Results[0];
        Assert.Equal((CodeSystem.Hcpcs, "J0696", "EXACT_CODE"), (first.Code.System, first.Code.Code_, first.MatchType));
    }

    [Fact]
    public async Task ListCodeSystems_OfficialFiles_CountsAndChecksumsOfTheManifest()
    {
        var manifest = SourceManifest.Load(TestPaths.Manifest);

        var response = await server.Client.ListCodeSystemsAsync(new ListCodeSystemsRequest());

        Assert.False(response.SampleData);
        var cm = response.Releases.Single(r => r.Release.System == CodeSystem.Icd10Cm);
        var pcs = response.Releases.Single(r => r.Release.System == CodeSystem.Icd10Pcs);
        var hcpcs = response.Releases.Single(r => r.Release.System == CodeSystem.Hcpcs);
        output.WriteLine($"HCPCS terminated_count {hcpcs.TerminatedCount}");
        Assert.Equal((98_186, 74_719), (cm.CodeCount, cm.BillableCount));
        Assert.Equal((80_029, 79_115), (pcs.CodeCount, pcs.BillableCount));
        Assert.Equal((9_006, 383, 8_623), (hcpcs.CodeCount, hcpcs.ModifierCount, hcpcs.CodeCount - hcpcs.ModifierCount));
        Assert.True(hcpcs.TerminatedCount >= 8_623 - 7_323, $"terminated {hcpcs.TerminatedCount}"); // codes; terminated modifiers count too
        foreach (var release in manifest.Releases)
        {
            var loaded = response.Releases.Single(r => r.Release.ReleaseId == release.ReleaseId && (int)r.Release.System == (int)release.System);
            var source = Assert.Single(loaded.SourceFiles);
            Assert.Equal(Path.GetFileName(release.File.Path), source.FileName);
            Assert.Equal(release.File.Sha256, source.Sha256);
            Assert.Equal(release.File.SizeBytes, source.SizeBytes);
        }
    }
}
