using CodeSearch.Core.Catalog;

namespace CodeSearch.Core.Tests;

public class MedicalCodeTests
{
    private static readonly MedicalCode FromStrings = new()
    {
        System = CodeSystemId.Hcpcs, Code = "A4397", Description = "Irrigation supply; sleeve, each — ü", ShortDescription = "Irrigation sleeve",
        Kind = CodeKind.Code, Billable = true, ParentCode = "A43", Order = 7, ReleaseId = "2026-01", Change = ReleaseChange.Revised,
        AddDate = new DateOnly(1990, 1, 1), ActionEffectiveDate = new DateOnly(2022, 1, 1), TerminationDate = new DateOnly(2021, 12, 31), ActionCode = "D",
    };

    private static MedicalCode FromText(string description, string shortDescription)
    {
        var builder = new CatalogTextBuilder();
        var slot = builder.Add(description, shortDescription);
        return new MedicalCode(builder.Build(), slot)
        {
            System = FromStrings.System, Code = FromStrings.Code, Kind = FromStrings.Kind, Billable = FromStrings.Billable,
            ParentCode = FromStrings.ParentCode, Order = FromStrings.Order, ReleaseId = FromStrings.ReleaseId, Change = FromStrings.Change,
            AddDate = FromStrings.AddDate, ActionEffectiveDate = FromStrings.ActionEffectiveDate, TerminationDate = FromStrings.TerminationDate,
            ActionCode = FromStrings.ActionCode,
        };
    }

    [Fact]
    public void FromCatalogText_SameValues_EqualToStringCodeWithSameHash()
    {
        var read = FromText(FromStrings.Description, FromStrings.ShortDescription);

        Assert.Equal(FromStrings.Description, read.Description);
        Assert.Equal(FromStrings.ShortDescription, read.ShortDescription);
        Assert.Equal(FromStrings, read);
        Assert.Equal(read, FromStrings);
        Assert.Equal(FromStrings.GetHashCode(), read.GetHashCode());
        Assert.Equal(read, FromText(FromStrings.Description, FromStrings.ShortDescription));
    }

    [Fact]
    public void FromCatalogText_OtherDescription_NotEqual()
    {
        Assert.NotEqual(FromStrings, FromText(FromStrings.Description + ".", FromStrings.ShortDescription));
        Assert.NotEqual(FromText(FromStrings.Description, "other"), FromText(FromStrings.Description, FromStrings.ShortDescription));
    }

    [Fact]
    public void With_Description_ReplacesOnlyThatText()
    {
        var read = FromText(FromStrings.Description, FromStrings.ShortDescription);

        var changed = read with { Description = "New title" };

        Assert.Equal("New title", changed.Description);
        Assert.Equal(FromStrings.ShortDescription, changed.ShortDescription);
        Assert.Equal(FromStrings.Description, read.Description);
    }

    // The HCPCS-only fields share one holder between a code and its `with` copies: a copy's change must not reach
    // the original.
    [Fact]
    public void With_HcpcsField_OriginalKeepsItsValues()
    {
        var changed = FromStrings with { TerminationDate = null, ActionCode = "N" };

        Assert.Null(changed.TerminationDate);
        Assert.Equal("N", changed.ActionCode);
        Assert.Equal(FromStrings.AddDate, changed.AddDate);
        Assert.Equal(new DateOnly(2021, 12, 31), FromStrings.TerminationDate);
        Assert.Equal("D", FromStrings.ActionCode);
    }

    [Fact]
    public void Defaults_NoHcpcsFieldsOrDescriptions_ReadAsEmpty()
    {
        var code = new MedicalCode { System = CodeSystemId.Icd10Cm, Code = "E119", Description = "Diabetes", Kind = CodeKind.Code, Billable = true, ReleaseId = "FY2026" };

        Assert.Equal("", code.ShortDescription);
        Assert.Equal("", code.ActionCode);
        Assert.Null(code.AddDate);
        Assert.Equal(CodeSystemId.Icd10Cm, code.System);
        Assert.Equal(ReleaseChange.None, code.Change);
        Assert.Equal("Diabetes", (code with { ShortDescription = "DM" }).Description);
    }

    // Equality is written out by hand: every property must take part in it.
    [Fact]
    public void Equals_EachPropertyChanged_NotEqual()
    {
        MedicalCode[] changed =
        [
            FromStrings with { System = CodeSystemId.Icd10Cm }, FromStrings with { Code = "A4398" },
            FromStrings with { Description = "x" }, FromStrings with { ShortDescription = "x" },
            FromStrings with { Kind = CodeKind.Modifier }, FromStrings with { Billable = false },
            FromStrings with { ParentCode = null }, FromStrings with { Order = 8 }, FromStrings with { ReleaseId = "2026-04" },
            FromStrings with { Change = ReleaseChange.Added }, FromStrings with { AddDate = null },
            FromStrings with { ActionEffectiveDate = null }, FromStrings with { TerminationDate = null },
            FromStrings with { ActionCode = "N" },
        ];
        var properties = typeof(MedicalCode).GetProperties().Count(p => p.CanWrite);

        Assert.Equal(properties, changed.Length);
        Assert.All(changed, c => Assert.NotEqual(FromStrings, c));
    }
}
