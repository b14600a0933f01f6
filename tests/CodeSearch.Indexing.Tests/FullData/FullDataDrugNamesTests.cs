using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// Drug names, doses and spinal levels on the full index (docs/search.md, "Drug names", "A dose in an HCPCS search",
/// "Spinal levels"): a brand name read as its generic name in ICD-10-CM (the Table of Drugs and Chemicals) as in HCPCS,
/// the ways people say a drug was taken in excess, a dose ordering the HCPCS codes, an HCPCS route word read as
/// injection, a PCS duration above a number read as "greater than", and a pair of spinal levels read as the ICD-10-PCS
/// joint. Each query found another code, or nothing, first before the rule.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataDrugNamesTests(FullDataIndex data)
{
    private SearchPage Search(CodeSystemId system, string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == system).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("valium overdose", "T42.4X1A")]
    [InlineData("took too much motrin", "T39.311A")]
    [InlineData("suicide attempt with xanax", "T42.4X2A")]
    [InlineData("child swallowed tylenol", "T39.1X1A")]
    [InlineData("suboxone overdose", "T40.491A")]
    public void Search_BrandNameAndPoisoning_TheGenericsTableOfDrugsCellFirst(string query, string expected)
    {
        // Before: "valium" respelled volume (Y63.2 first), "motrin" unknown (W27 first), "suicide attempt" T14.91XA,
        // "swallowed" neonatal swallowed blood (P78.2), the product of two drugs named by no entry (T50.901A).
        Assert.Equal(expected, Search(CodeSystemId.Icd10Cm, query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("sublocade 100 mg", "Q9991")]
    [InlineData("sublocade 300 mg", "Q9992")]
    [InlineData("normal saline 250 ml", "J7050")]
    [InlineData("rocephin 1 gram", "J0696")]
    public void Search_HcpcsDose_ReadAsNothingAndOrderingByTheCodesBounds(string query, string expected)
    {
        Assert.Equal(expected, Search(CodeSystemId.Hcpcs, query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("zofran iv", "J2405")]
    [InlineData("toradol im", "J1885")]
    [InlineData("iv pole", "E0776")]
    public void Search_HcpcsRouteWord_ReadAsInjectionUnlessBesideIvEquipment(string query, string expected)
    {
        // Before: "zofran iv" listed S0119 (ondansetron oral) first; "iv pole" keeps its word.
        Assert.Equal(expected, Search(CodeSystemId.Hcpcs, query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("mechanical ventilation over 96 hours", "5A1955Z")]
    [InlineData("ventilation longer than 96 hours", "5A1955Z")]
    public void Search_PcsDurationAboveANumber_ReadAsGreaterThan(string query, string expected)
    {
        // Before: 5A1945Z (24-96 consecutive hours) came first; no PCS title holds "over".
        Assert.Equal(expected, Search(CodeSystemId.Icd10Pcs, query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("c5-c6 anterior fusion", "0RG1")]
    [InlineData("lumbar fusion l2-l4", "0SG1")]
    public void Search_PairOfSpinalLevels_TheJointTheTablesName(string query, string expectedPrefix)
    {
        Assert.StartsWith(expectedPrefix, Search(CodeSystemId.Icd10Pcs, query).Hits[0].Code.DisplayCode);
    }
}
