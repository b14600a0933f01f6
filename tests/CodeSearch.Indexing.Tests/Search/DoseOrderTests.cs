using CodeSearch.Core.Search;
using CodeSearch.Indexing.Search;

namespace CodeSearch.Indexing.Tests.Search;

public class DoseOrderTests
{
    private static SearchHit Hit(string code, string description, float score) => HcpcsPageRule.Hit(code, description, score);

    private static List<string> Order(string query, params SearchHit[] hits) => HcpcsPageRule.Apply(DoseOrder.Order, query, hits);

    [Fact]
    public void Order_VolumeStated_ThatCodeFirst_CcAndMlAlike()
    {
        var codes = Order("saline 250 ml",
            Hit("X0001", "Infusion, saline, 1000 cc", 3f),
            Hit("X0002", "Infusion, saline (500 ml = 1 unit)", 2.9f),
            Hit("X0003", "Infusion, saline, 250 cc", 2.8f));

        Assert.Equal(["X0003", "X0001", "X0002"], codes);
    }

    [Fact]
    public void Order_BoundsHoldingTheDose_First_BoundsExcludingIt_Last()
    {
        var codes = Order("depot 300 mg",
            Hit("X0011", "Injection, drug depot, less than or equal to 100 mg", 3f),
            Hit("X0012", "Injection, drug, 1 mg", 2.9f),
            Hit("X0013", "Injection, drug depot, greater than 100 mg", 2.8f));

        Assert.Equal(["X0013", "X0012", "X0011"], codes);
    }

    [Fact]
    public void Order_GramsReadAsMilligrams_UpToBound()
    {
        var codes = Order("drug 0.5 g",
            Hit("X0021", "Injection, drug, up to 250 mg", 2f),
            Hit("X0022", "Injection, drug, up to 1 gram", 1.9f));

        Assert.Equal(["X0022", "X0021"], codes);
    }

    [Fact]
    public void Order_NoDoseOrBillingUnitsOnly_NothingMoves()
    {
        Assert.Equal(["X0031", "X0032"], Order("drug injection", Hit("X0031", "Injection, drug, 10 mg", 2f), Hit("X0032", "Injection, drug, 40 mg", 1f)));
        Assert.Equal(["X0031", "X0032"], Order("drug 40 units", Hit("X0031", "Injection, drug, 10 mg", 2f), Hit("X0032", "Injection, drug, 40 mg", 1f)));
    }

    [Fact]
    public void Order_WeakMatchWhoseBoundsHoldTheDose_StaysBehind()
    {
        var codes = Order("drug 40 mg",
            Hit("X0041", "Injection, drug, 5 mg", 10f),
            Hit("X0042", "Injection, other drug, up to 1 gm", 3f));

        Assert.Equal(["X0041", "X0042"], codes);
    }
}
