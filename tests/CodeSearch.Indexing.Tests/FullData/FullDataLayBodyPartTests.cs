using CodeSearch.Core;
using CodeSearch.Core.Search;

namespace CodeSearch.Indexing.Tests.FullData;

/// <summary>
/// Everyday names of body parts and of equipment on the full index (docs/search.md, "Body parts and equipment by their
/// everyday names"): the rows of the <c>h13-lay12</c> blocks of <c>terms.tsv</c> and <c>system-words.tsv</c>. Each query
/// found another code first, or nothing, before its row.
/// </summary>
[Trait("Category", "FullData")]
[Collection(FullDataCollection.Name)]
public class FullDataLayBodyPartTests(FullDataIndex data)
{
    private SearchPage Search(CodeSystemId system, string text)
    {
        var releases = data.Index.Releases.Select(r => r.Release).Where(r => r.System == system).ToList();
        return data.Index.Search(new SearchScope(releases, false, new DateOnly(2026, 2, 1)), text, 0, 5);
    }

    [Theory]
    [InlineData("pain around belly button", "R10.33")] // before: O69.81X0 *… cord around neck*
    [InlineData("pain below my belly button", "R10.30")] // before: P83.81 *Umbilical granuloma*
    [InlineData("broke my pinky", "S62.6")] // before: "pinky" respelled pink, P80.0
    [InlineData("broken big toe", "S92.4")] // before: D73.1
    [InlineData("broken pinky toe", "S92.5")] // the toe, not the finger pinky alone reads
    [InlineData("fluid around my lung", "J9")] // pleural effusion; before: O08.2
    [InlineData("fluid on the knee", "M25.46")] // before: O88.13
    [InlineData("fluid behind the eardrum", "H65.9")] // before: H72.90 *perforation of tympanic membrane*
    [InlineData("scratched eyeball", "S05.00")] // before: Q11.0
    [InlineData("hernia at my navel", "K42.9")] // before: K41 *Femoral hernia*
    [InlineData("babys belly button sticks out", "K42.9")] // before: P83.81 *Umbilical granuloma*
    [InlineData("drooling", "K11.7")] // before: respelled drilling, W31.0XXA
    [InlineData("wind pipe", "C33")] // trachea; before: Y93.J4 *Activity, winds and brass instrument playing*
    public void Search_EverydayBodyPart_ReadAsTheTitlesAnatomicalWords(string query, string expected)
    {
        Assert.StartsWith(expected, Search(CodeSystemId.Icd10Cm, query).Hits[0].Code.DisplayCode);
    }

    [Theory]
    [InlineData("pee bag", "A4358")] // before: A4458 *Enema bag*
    [InlineData("oxygen machine for home", "E1390")] // before: K0738
    [InlineData("unna boot", "A6456")] // before: E0944
    [InlineData("toilet chair", "E0163")] // before: E0243 *Raised toilet seat*
    [InlineData("shower chair", "E0240")]
    [InlineData("transfer board", "E0705")] // before: E0273 *Bed board*
    [InlineData("neck brace", "L01")] // cervical collars; before: L2108
    [InlineData("oxygen cannula", "A4615")] // before: K0738
    [InlineData("tube feeding pump", "B9002")] // before: nothing of the pump first
    [InlineData("clavicle brace", "L36")] // figure of eight shoulder orthosis; before: L3670
    public void Search_EquipmentByItsEverydayName_ReadAsTheDescriptionsName(string query, string expected)
    {
        Assert.StartsWith(expected, Search(CodeSystemId.Hcpcs, query).Hits[0].Code.DisplayCode);
    }
}
