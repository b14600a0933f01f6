using CodeSearch.Core.Vocabulary;

namespace CodeSearch.Core.Tests.Vocabulary;

public class DrugDoseTests
{
    [Theory]
    [InlineData("humira 40 mg", 40, DoseUnit.Milligram)]
    [InlineData("ceftriaxone 1 gram", 1000, DoseUnit.Milligram)]
    [InlineData("rhogam 300mcg", 0.3, DoseUnit.Milligram)]
    [InlineData("d5w 1000 cc", 1000, DoseUnit.Millilitre)]
    [InlineData("potassium 20 meq", 20, DoseUnit.Milliequivalent)]
    [InlineData("heparin 5000 units", 5000, DoseUnit.Unit)]
    public void Of_AmountAndUnit_BroughtToOneUnitPerKind(string query, double amount, DoseUnit unit)
    {
        var dose = DrugDose.Of(query);

        Assert.NotNull(dose);
        Assert.Equal(amount, dose.Amount, 6);
        Assert.Equal(unit, dose.Unit);
    }

    [Theory]
    [InlineData("g2211")]
    [InlineData("type 2 diabetes")]
    [InlineData("5% dextrose")]
    public void Of_NoAmountWithAUnit_Null(string query) => Assert.Null(DrugDose.Of(query));

    [Theory]
    [InlineData("Injection, drug, up to 10 mg", "4 mg", 0)]
    [InlineData("Injection, drug, up to 10 mg", "20 mg", 2)]
    [InlineData("Drug, oral, greater than 6 mg, but less than or equal to 10 mg", "8 mg", 0)]
    [InlineData("Drug, oral, greater than 6 mg, but less than or equal to 10 mg", "6 mg", 2)]
    [InlineData("Injection, drug, 1 mg", "40 mg", 1)]
    [InlineData("Injection, drug, 40 mg", "40 mg", 0)]
    [InlineData("Infusion, fluid, 1000 cc", "1 liter", 0)]
    public void Fit_StatedOrBoundingOrNeither(string description, string query, int fit)
    {
        Assert.Equal(fit, DrugDose.Fit(description, DrugDose.Of(query)!));
    }

    [Theory]
    [InlineData("humira 40 mg", "humira ")]
    [InlineData("tylenol 1000mg iv", "tylenol iv")]
    [InlineData("normal saline 250 ml bag", "normal saline bag")]
    public void Without_DoseLeftOut_LastWordCompleteWhenTheDoseEndsTheText(string query, string expected)
    {
        Assert.Equal(expected, DrugDose.Without(query));
    }

    [Theory]
    [InlineData("40 mg")]
    [InlineData("walker")]
    public void Without_DoseOnlyOrNone_Null(string query) => Assert.Null(DrugDose.Without(query));
}
