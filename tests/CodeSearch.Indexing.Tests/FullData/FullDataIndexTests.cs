using System.Diagnostics;
using CodeSearch.Core;
using CodeSearch.Core.Search;
using Xunit.Abstractions;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>The index built from the official FY2026 / January 2026 files of the shared mirror.</summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataIndexTests(FullDataIndex data, ITestOutputHelper output)
{
    private SearchScope Scope(params CodeSystemId[] systems) => new(
        data.Index.Releases.Select(r => r.Release).Where(r => systems.Length == 0 || systems.Contains(r.System)).ToList(),
        BillableOnly: false, new DateOnly(2026, 2, 1));

    private IReadOnlyList<SearchHit> Search(string text, int limit = 20) => data.Index.Search(Scope(), text, 0, limit).Hits;

    [Fact]
    public void Build_Mirror_BuiltOnceWithEveryRelease()
    {
        output.WriteLine($"import and build took {data.BuildTime.TotalSeconds:N1} s");

        Assert.True(data.Rebuilt);
        Assert.False(data.Index.IsSample);
        Assert.Equal(["icd10cm FY2026", "icd10pcs FY2026", "hcpcs 2026-01"],
            data.Index.Releases.Select(r => $"{r.Release.System.Key()} {r.Release.ReleaseId}"));
        Assert.Equal(98_186 + 80_029 + 9_006, data.Index.Info.DocumentCount);
    }

    [Fact]
    public void Releases_Counts_MatchTheManifest()
    {
        var cm = data.Index.Releases.Single(r => r.Release.System == CodeSystemId.Icd10Cm);
        var pcs = data.Index.Releases.Single(r => r.Release.System == CodeSystemId.Icd10Pcs);
        var hcpcs = data.Index.Releases.Single(r => r.Release.System == CodeSystemId.Hcpcs);

        Assert.Equal((98_186, 74_719), (cm.CodeCount, cm.BillableCount));
        Assert.Equal((80_029, 79_115), (pcs.CodeCount, pcs.BillableCount));
        Assert.Equal((9_006, 383), (hcpcs.CodeCount, hcpcs.ModifierCount));
        Assert.Equal(8_623, hcpcs.CodeCount - hcpcs.ModifierCount);
    }

    [Fact]
    public void Reopen_SameSources_ReusedWithoutRebuild()
    {
        var watch = Stopwatch.StartNew();
        var reopened = data.Harness.Open(data.Sources);
        output.WriteLine($"reopen (catalog + checksums) took {watch.ElapsedMilliseconds} ms");

        Assert.False(reopened.Rebuilt);
        Assert.Equal(data.Index.Generation, reopened.Index.Generation);
    }

    [Fact]
    public void Search_Type2Diabetes_AnE11CodeFirst()
    {
        var hits = Search("type 2 diabetes");

        Assert.StartsWith("E11", hits[0].Code.Code);
        Assert.Equal(CodeSystemId.Icd10Cm, hits[0].Code.System);
    }

    [Fact]
    public void Search_J0696_HcpcsJ0696First()
    {
        var hit = Search("J0696")[0];

        Assert.Equal((CodeSystemId.Hcpcs, "J0696", MatchKind.ExactCode), (hit.Code.System, hit.Code.Code, hit.MatchKind));
        Assert.Equal("Injection, ceftriaxone sodium, per 250 mg", hit.Code.Description);
    }

    [Fact]
    public void Search_E11_CategoryThenItsCodesInCodeOrder()
    {
        var hits = Search("E11", 50);

        Assert.Equal(("E11", MatchKind.ExactCode), (hits[0].Code.Code, hits[0].MatchKind));
        var rest = hits.Skip(1).Where(h => h.Code.System == CodeSystemId.Icd10Cm).Select(h => h.Code.Code).ToList();
        Assert.True(rest.Count >= 40);
        Assert.All(rest, c => Assert.StartsWith("E11", c));
        Assert.Equal(rest.Order(StringComparer.Ordinal), rest);
        Assert.Equal("E11.0", hits[1].Code.DisplayCode);
    }

    [Fact]
    public void Search_0DTJ_PcsCodesOfTheAppendix()
    {
        var hits = Search("0DTJ");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(CodeSystemId.Icd10Pcs, h.Code.System));
        Assert.All(hits, h => Assert.StartsWith("0DTJ", h.Code.Code));
        Assert.Contains(hits, h => h.Code.Code == "0DTJ4ZZ");
    }

    [Fact]
    public void Search_PluralAsLastWord_FindsCodes()
    {
        var hits = Search("multiple fractures");

        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("fracture", h.Code.Description, StringComparison.OrdinalIgnoreCase));
    }
}
