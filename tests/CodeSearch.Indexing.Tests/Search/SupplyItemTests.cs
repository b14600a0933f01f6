using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

public class SupplyItemTests
{
    private static SearchHit Hit(string code, string description, float score) => HcpcsPageRule.Hit(code, description, score);

    private static List<string> Order(string query, params SearchHit[] hits) => HcpcsPageRule.Apply(SupplyItem.Order, query, hits);

    [Fact]
    public void Order_MakersProductFirst_DrugsOwnCodeBeforeIt()
    {
        var codes = Order("naloxone injection",
            Hit("J2313", "Injection, naloxone hydrochloride (zimhi), 0.01 mg", 3f),
            Hit("J2312", "Injection, naloxone hydrochloride, not otherwise specified, 0.01 mg", 2f),
            Hit("J3490", "Unclassified drugs", 1f));

        Assert.Equal(["J2312", "J2313", "J3490"], codes);
    }

    [Fact]
    public void Order_NotTherapeuticallyEquivalent_AfterTheDrugsOwnCode()
    {
        var codes = Order("cefazolin injection",
            Hit("J0687", "Injection, cefazolin sodium (wg critical care), not therapeutically equivalent to j0690, 500 mg", 3f),
            Hit("J0690", "Injection, cefazolin sodium, 500 mg", 2f));

        Assert.Equal(["J0690", "J0687"], codes);
    }

    [Fact]
    public void Order_Biosimilars_AfterTheReferenceProduct()
    {
        var codes = Order("filgrastim",
            Hit("J1447", "Injection, tbo-filgrastim, 1 microgram", 4f),
            Hit("Q5101", "Injection, filgrastim-sndz, biosimilar, (zarxio), 1 microgram", 3f),
            Hit("Q5148", "Injection, filgrastim-txid (nypozi), biosimilar, 1 microgram", 3f),
            Hit("J1442", "Injection, filgrastim (g-csf), excludes biosimilars, 1 microgram", 2f));

        Assert.Equal(["J1447", "J1442", "Q5101", "Q5148"], codes);
    }

    [Fact]
    public void Order_BiosimilarNamed_NothingMoves()
    {
        var codes = Order("filgrastim biosimilar",
            Hit("Q5101", "Injection, filgrastim-sndz, biosimilar, (zarxio), 1 microgram", 3f),
            Hit("J1442", "Injection, filgrastim (g-csf), excludes biosimilars, 1 microgram", 2f));

        Assert.Equal(["Q5101", "J1442"], codes);
    }

    [Fact]
    public void Order_ItemAfterAQualifier_AfterTheItemAndBeforeAccessories()
    {
        var codes = Order("suction pump",
            Hit("A7002", "Tubing, used with suction pump, each", 5f),
            Hit("A7047", "Oral interface used with respiratory suction pump, each", 4f),
            Hit("E0600", "Respiratory suction pump, home model, portable or stationary, electric", 4f),
            Hit("K0743", "Suction pump, home model, portable, for use on wounds", 3f));

        Assert.Equal(["K0743", "E0600", "A7002", "A7047"], codes);
    }

    [Fact]
    public void Order_ItemWordWithoutItsIngForm_NamedAfterAQualifier()
    {
        var codes = Order("heating pad",
            Hit("E0221", "Infrared heating pad system", 5f),
            Hit("A4639", "Replacement pad for infrared heating pad system, each", 4f),
            Hit("E0210", "Electric heat pad, standard", 3f));

        Assert.Equal(["E0210", "E0221", "A4639"], codes);
    }
}
