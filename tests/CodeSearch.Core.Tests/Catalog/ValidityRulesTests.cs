using CodeSearch.Core.Catalog;
using static CodeSearch.Core.Tests.Support.Codes;

namespace CodeSearch.Core.Tests.Catalog;

public class ValidityRulesTests
{
    private static readonly MedicalCode Terminated2021 = Hcpcs("A4397", "Irrigation supply; sleeve, each", Date(1990, 1, 1), Date(2021, 12, 31));
    private static readonly MedicalCode Added2026 = Hcpcs("G9871", "Behavioral counseling", Date(2026, 1, 1));

    [Fact]
    public void Terminated_OnTerminationDate_StillValid()
    {
        Assert.False(ValidityRules.Terminated(Terminated2021, Date(2021, 12, 31)));
        Assert.True(ValidityRules.IsEffective(Terminated2021, Date(2021, 12, 31)));
    }

    [Fact]
    public void Terminated_DayAfterTerminationDate_True()
    {
        Assert.True(ValidityRules.Terminated(Terminated2021, Date(2022, 1, 1)));
        Assert.False(ValidityRules.IsEffective(Terminated2021, Date(2022, 1, 1)));
    }

    [Fact]
    public void NotYetAdded_OnAddDate_False()
    {
        Assert.False(ValidityRules.NotYetAdded(Added2026, Date(2026, 1, 1)));
        Assert.True(ValidityRules.IsEffective(Added2026, Date(2026, 1, 1)));
    }

    [Fact]
    public void NotYetAdded_DayBeforeAddDate_True()
    {
        Assert.True(ValidityRules.NotYetAdded(Added2026, Date(2025, 12, 31)));
        Assert.False(ValidityRules.IsEffective(Added2026, Date(2025, 12, 31)));
    }

    [Fact]
    public void IsEffective_CodeWithoutDates_AlwaysTrue()
    {
        var e119 = Icd("E119", "Type 2 diabetes mellitus without complications", billable: true, parent: "E11");

        Assert.True(ValidityRules.IsEffective(e119, DateOnly.MinValue));
        Assert.True(ValidityRules.IsEffective(e119, DateOnly.MaxValue));
    }
}
