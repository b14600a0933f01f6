using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// The twelfth everyday set's families on the full index (docs/search.md, "The twelfth set's families"): operations named
/// by what is done to the body part, supplies and drugs named as people ask for them, and lay wordings of conditions.
/// Each query found another code first, or nothing, before its rows.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataLayWordsTests(FullDataIndex data)
{
    private SearchPage Search(CodeSystemId system, string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == system).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("tonsils out", "0CTP")]
    [InlineData("adenoids removed", "0CTQ")]
    [InlineData("gallbladder out", "0FT4")]
    [InlineData("tooth pulled", "0CD")]
    [InlineData("knee scope", "0SJ")]
    [InlineData("tubes tied", "0UL")]
    [InlineData("kidney stone blasting", "0TF")]
    [InlineData("pacemaker put in", "0JH6")]
    public void Search_OperationNamedByWhatIsDone_RootOperationOfTheTables(string query, string expected)
    {
        // "out", "removed" → Resection, "pulled" → Extraction, "scope" → Inspection endoscopic, "tied" → Occlusion,
        // "blasting" → Fragmentation external, "put in" → Insertion: before, the body part's other operations came first.
        Assert.StartsWith(expected, Search(CodeSystemId.Icd10Pcs, query).Hits[0].Code.DisplayCode);
    }

    [Fact]
    public void Search_RemovedBesideADevice_KeepsTheDeviceRemoval()
    {
        // The "unless" words: a named device is taken out by the PCS operation Removal, not resected.
        Assert.DoesNotContain("resection", Search(CodeSystemId.Icd10Pcs, "stent removed").UnderstoodAs ?? "");
    }

    [Theory]
    [InlineData("zofran pills", "S0119,Q0162")]
    [InlineData("external catheter for men", "A4349,A4326")]
    [InlineData("bariatric hospital bed", "E0301,E0302,E0303,E0304")]
    [InlineData("cpap filters", "A7038,A7039")]
    [InlineData("urostomy bag", "A4379,A4380,A4381,A4382,A4383,A4391,A4392,A4393,A4428,A4429,A4430,A4431,A4432,A4433,A4434,A5071,A5072,A5073")]
    [InlineData("ice machine", "E0218")]
    public void Search_SupplyAsPeopleAskForIt_TheDescriptionsItem(string query, string accepted)
    {
        // "pills" → oral, "for men" → male, "bariatric" → heavy duty, "cpap filters" → … used with positive airway
        // pressure device, "urostomy bag" → ostomy pouch urinary, "ice machine" → cold pad with pump.
        Assert.Contains(Search(CodeSystemId.Hcpcs, query).Hits[0].Code.DisplayCode, accepted.Split(','));
    }

    [Fact]
    public void Search_CpapAlone_StillTheDevice()
    {
        // Only the accessory phrases read "positive airway pressure device"; the bare word keeps E0601 first.
        Assert.Equal("E0601", Search(CodeSystemId.Hcpcs, "cpap").Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("muscle aches", "M79.1")]
    [InlineData("asthma attack", "J45.901")]
    [InlineData("heart attack", "I21")]
    [InlineData("liver damage from drinking", "K70.9")]
    [InlineData("takes insulin", "Z79.4")]
    [InlineData("allergic to codeine", "Z88.5")]
    [InlineData("my ears keep ringing", "H93.1")]
    [InlineData("pain during sex", "N94.1")]
    public void Search_LayWording_TheConditionsCode(string query, string expected)
    {
        // "aches" was respelled "arches" (flat foot), "keep ringing" "keel running"; "attack" beside an airway disease
        // is an exacerbation while "heart attack" keeps its own row.
        Assert.StartsWith(expected, Search(CodeSystemId.Icd10Cm, query).Hits[0].Code.DisplayCode);
    }
}
