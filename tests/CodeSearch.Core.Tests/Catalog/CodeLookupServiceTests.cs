using CodeSearch.Core.Catalog;
using CodeSearch.Core.Errors;
using CodeSearch.Core.Tests.Support;
using static CodeSearch.Core.Tests.Support.Codes;

namespace CodeSearch.Core.Tests.Catalog;

/// <summary>Lookups and claim checks over a small hand-made ICD-10-CM and HCPCS catalog.</summary>
public class CodeLookupServiceTests
{
    private static readonly FakeCodeIndex Index = new FakeCodeIndex()
        .WithRelease(CodeSystemId.Icd10Cm, "FY2025", Date(2024, 10, 1), Date(2025, 9, 30))
        .WithRelease(CodeSystemId.Icd10Cm, "FY2026", Date(2025, 10, 1), Date(2026, 9, 30))
        .WithRelease(CodeSystemId.Hcpcs, "2026-01", Date(2026, 1, 1), null)
        .WithCode(Icd("E11", "Type 2 diabetes mellitus", false, null))
        .WithCode(Icd("E116", "Type 2 diabetes mellitus with other specified complications", false, "E11"))
        .WithCode(Icd("E1164", "Type 2 diabetes mellitus with hypoglycemia", false, "E116"))
        .WithCode(Icd("E11641", "Type 2 diabetes mellitus with hypoglycemia with coma", true, "E1164"))
        .WithCode(Icd("E11649", "Type 2 diabetes mellitus with hypoglycemia without coma", true, "E1164"))
        .WithCode(Icd("E1165", "Type 2 diabetes mellitus with hyperglycemia", true, "E116"))
        .WithCode(Icd("E119", "Type 2 diabetes mellitus without complications", true, "E11"))
        .WithCode(Icd("E11A", "Type 2 diabetes mellitus without complications in remission", true, "E11"))
        .WithCode(Icd("S301XXA", "Contusion of abdominal wall, initial encounter", true, null, "FY2025"))
        .WithDeleted(new DeletedCode(CodeSystemId.Icd10Cm, "S301XXA", "Contusion of abdominal wall, initial encounter", "FY2026"))
        .WithCode(Icd("U099", "Post COVID-19 condition, unspecified", true, null, "FY2025"))
        .WithCode(Hcpcs("A4397", "Irrigation supply; sleeve, each", Date(1990, 1, 1), Date(2021, 12, 31)))
        .WithCode(Hcpcs("G9871", "Behavioral counseling for diabetes prevention, online, 60 minutes", Date(2026, 1, 1)))
        .WithCode(Hcpcs("J0696", "Injection, ceftriaxone sodium, per 250 mg", Date(1994, 1, 1)));

    /// <summary>"Today" for checks without a date of service: inside FY2026 and the 2026-01 HCPCS file.</summary>
    private static readonly FixedTimeProvider Today = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    private readonly CodeLookupService _service = new(Index, Today);

    [Theory]
    [InlineData("E11.9")]
    [InlineData("E119")]
    [InlineData("e11.9")]
    public void Get_BillableCode_WithAncestorsAndNewestRelease(string input)
    {
        var details = _service.Get(CodeSystemId.Icd10Cm, input, null);

        Assert.Equal("E119", details.Code.Code);
        Assert.Equal("E11.9", details.Code.DisplayCode);
        Assert.True(details.Code.Billable);
        Assert.Equal(["E11"], details.Ancestors.Select(a => a.Code));
        Assert.Empty(details.Children);
        Assert.Equal("FY2026", details.Release.Release.ReleaseId);
    }

    [Fact]
    public void Get_DeepCode_AncestorsNearestFirst()
    {
        var details = _service.Get(CodeSystemId.Icd10Cm, "E11.641", null);

        Assert.Equal(["E1164", "E116", "E11"], details.Ancestors.Select(a => a.Code));
    }

    [Fact]
    public void Get_Header_NotBillableWithChildrenInOrder()
    {
        var details = _service.Get(CodeSystemId.Icd10Cm, "E11", null);

        Assert.False(details.Code.Billable);
        Assert.Equal(CodeKind.Header, details.Code.Kind);
        Assert.Equal(["E116", "E119", "E11A"], details.Children.Select(c => c.Code));
        Assert.Empty(details.Ancestors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Get_EmptyCode_InvalidRequestOnTheField(string? input)
    {
        var ex = Assert.Throws<InvalidRequestException>(() => _service.Get(CodeSystemId.Icd10Cm, input, null, "requests[2].code"));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal("requests[2].code", violation.Field);
        Assert.Contains("empty", violation.Description);
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("E11..9")]
    [InlineData("0DTJ0ZZ")]
    public void Get_MalformedCode_InvalidRequestNamingTheSystem(string input)
    {
        var ex = Assert.Throws<InvalidRequestException>(() => _service.Get(CodeSystemId.Icd10Cm, input, null));

        var violation = Assert.Single(ex.Violations);
        Assert.Equal("code", violation.Field);
        Assert.Contains("well-formed ICD-10-CM code", violation.Description);
    }

    [Fact]
    public void Get_DeletedCode_NotFoundSayingItWasDeleted()
    {
        var ex = Assert.Throws<CodeNotFoundException>(() => _service.Get(CodeSystemId.Icd10Cm, "S30.1XXA", null));

        Assert.Contains("S30.1XXA was deleted in ICD-10-CM FY2026", ex.Message);
        Assert.Contains("Contusion of abdominal wall", ex.Message);
    }

    [Fact]
    public void Get_CodeOnlyInAnOlderRelease_NotFoundNamingThatRelease()
    {
        var ex = Assert.Throws<CodeNotFoundException>(() => _service.Get(CodeSystemId.Icd10Cm, "U09.9", null));

        Assert.Equal("U09.9 is not in ICD-10-CM FY2026; it exists in ICD-10-CM FY2025.", ex.Message);
    }

    [Fact]
    public void Get_CodeOfAnOlderReleaseWithItsDate_Found()
    {
        var details = _service.Get(CodeSystemId.Icd10Cm, "U09.9", Date(2025, 3, 1));

        Assert.Equal("FY2025", details.Release.Release.ReleaseId);
    }

    [Fact]
    public void Get_UnknownWellFormedCode_NotFound()
    {
        var ex = Assert.Throws<CodeNotFoundException>(() => _service.Get(CodeSystemId.Icd10Cm, "Z99.99", null));

        Assert.Equal("Z99.99 is not a code of ICD-10-CM FY2026.", ex.Message);
    }

    [Fact]
    public void Get_IcdDateOutsideEveryRelease_ReleaseNotLoaded()
    {
        Assert.Throws<ReleaseNotLoadedException>(() => _service.Get(CodeSystemId.Icd10Cm, "E11.9", Date(2027, 1, 1)));
    }

    [Fact]
    public void Get_HcpcsTerminatedBeforeDateOfService_NotFoundWithLastValidDate()
    {
        var ex = Assert.Throws<CodeNotFoundException>(() => _service.Get(CodeSystemId.Hcpcs, "A4397", Date(2026, 2, 1)));

        Assert.Contains("terminated", ex.Message);
        Assert.Contains("2021-12-31", ex.Message);
    }

    [Fact]
    public void Get_HcpcsTerminatedWithoutDate_ReturnedWithItsTerminationDate()
    {
        var details = _service.Get(CodeSystemId.Hcpcs, "a4397", null);

        Assert.Equal(Date(2021, 12, 31), details.Code.TerminationDate);
    }

    [Fact]
    public void Get_HcpcsBeforeItsAddDate_NotFoundSayingWhenItWasAdded()
    {
        var ex = Assert.Throws<CodeNotFoundException>(() => _service.Get(CodeSystemId.Hcpcs, "G9871", Date(2025, 12, 31)));

        Assert.Contains("added 2026-01-01", ex.Message);
    }

    [Fact]
    public void Validate_MixedInputs_OneResultEachInOrder()
    {
        var results = _service.Validate(CodeSystemId.Icd10Cm, ["E11.9", "E11", "Z99.99", "%%%", "S301XXA"], null).Results;

        Assert.Equal(
            [CodeValidationStatus.Valid, CodeValidationStatus.HeaderNotBillable, CodeValidationStatus.NotFound,
             CodeValidationStatus.Malformed, CodeValidationStatus.NotFound],
            results.Select(r => r.Status));
        Assert.Equal(["E11.9", "E11", "Z99.99", "%%%", "S301XXA"], results.Select(r => r.Input));
        Assert.Equal("E119", results[0].Details!.Code.Code);
        Assert.Null(results[2].Details);
        Assert.Null(results[3].Details);
        Assert.Contains("deleted", results[4].Message);
    }

    [Fact]
    public void Validate_Header_ListsBillableDescendantsDepthFirstInOrder()
    {
        var result = Assert.Single(_service.Validate(CodeSystemId.Icd10Cm, ["E11"], null).Results);

        Assert.Equal(CodeValidationStatus.HeaderNotBillable, result.Status);
        Assert.Equal(["E11641", "E11649", "E1165", "E119", "E11A"], result.BillableDescendants.Select(c => c.Code));
        Assert.Contains("5 billable descendants", result.Message);
    }

    [Fact]
    public void Validate_HeaderWithManyDescendants_CappedAtFifty()
    {
        var index = new FakeCodeIndex()
            .WithRelease(CodeSystemId.Icd10Cm, "FY2026", Date(2025, 10, 1), Date(2026, 9, 30))
            .WithCode(Icd("T36", "Poisoning by systemic antibiotics", false, null));
        for (var i = 0; i < 60; i++) index.WithCode(Icd($"T36{i:D2}", $"Child {i}", true, "T36"));

        var result = Assert.Single(new CodeLookupService(index, Today).Validate(CodeSystemId.Icd10Cm, ["T36"], null).Results);

        Assert.Equal(CodeLookupService.MaxBillableDescendants, result.BillableDescendants.Count);
        Assert.Equal("T3600", result.BillableDescendants[0].Code);
        Assert.Contains("50+ billable descendants", result.Message);
    }

    [Fact]
    public void Validate_HcpcsTerminatedBeforeDateOfService_Terminated()
    {
        var results = _service.Validate(CodeSystemId.Hcpcs, ["A4397", "J0696", "G9871"], Date(2026, 2, 1)).Results;

        Assert.Equal([CodeValidationStatus.Terminated, CodeValidationStatus.Valid, CodeValidationStatus.Valid], results.Select(r => r.Status));
        Assert.Contains("2021-12-31", results[0].Message);
        Assert.NotNull(results[0].Details);
    }

    [Fact]
    public void Validate_HcpcsOnTerminationDate_Valid()
    {
        var result = Assert.Single(_service.Validate(CodeSystemId.Hcpcs, ["A4397"], Date(2021, 12, 31)).Results);

        Assert.Equal(CodeValidationStatus.Valid, result.Status);
    }

    [Fact]
    public void Validate_HcpcsBeforeAddDate_NotEffective()
    {
        var result = Assert.Single(_service.Validate(CodeSystemId.Hcpcs, ["G9871"], Date(2025, 6, 1)).Results);

        Assert.Equal(CodeValidationStatus.NotEffective, result.Status);
        Assert.Contains("added 2026-01-01", result.Message);
    }

    [Fact]
    public void Validate_DateNoReleaseCovers_WholeCallFails()
    {
        Assert.Throws<ReleaseNotLoadedException>(() => _service.Validate(CodeSystemId.Icd10Cm, ["E11.9"], Date(2023, 1, 1)).Results);
    }

    [Fact]
    public void Validate_TerminatedHcpcsWithoutDate_TerminatedAsOfToday()
    {
        var result = Assert.Single(_service.Validate(CodeSystemId.Hcpcs, ["A4397"], null).Results);

        Assert.Equal(CodeValidationStatus.Terminated, result.Status);
        Assert.Contains("2021-12-31", result.Message);
    }

    [Fact]
    public void Get_MalformedCodeWithUncoveredDate_InvalidArgumentBeforeReleaseCheck()
    {
        var ex = Assert.Throws<InvalidRequestException>(() => _service.Get(CodeSystemId.Icd10Cm, "E11..9", Date(2030, 1, 1)));

        Assert.Equal("code", Assert.Single(ex.Violations).Field);
    }
}
