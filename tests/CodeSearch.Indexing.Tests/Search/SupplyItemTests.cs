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
}
