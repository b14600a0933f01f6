using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Grpc;

[Collection(SampleServerCollection.Name)]
public class GetCodeTests(SampleServer server)
{
    private Task<Code> Get(CodeSystem system, string code, Google.Type.Date? date = null) =>
        server.Client.GetCodeAsync(new GetCodeRequest { System = system, Code = code, DateOfService = date }).ResponseAsync;

    [Theory]
    [InlineData("E11.9")]
    [InlineData("E119")]
    [InlineData("e11.9")]
    public async Task GetCode_E119AnySpelling_BillableWithParentAndRelease(string input)
    {
        var code = await Get(CodeSystem.Icd10Cm, input);

        Assert.Equal("E11.9", code.Code_);
        Assert.Equal("E119", code.CodeUndotted);
        Assert.Equal("Type 2 diabetes mellitus without complications", code.Description);
        Assert.True(code.Billable);
        Assert.Equal(CodeKind.Code, code.Kind);
        Assert.Equal(CodeSystem.Icd10Cm, code.System);
        var parent = Assert.Single(code.Parents);
        Assert.Equal(("E11", "Type 2 diabetes mellitus", false), (parent.Code, parent.Description, parent.Billable));
        Assert.Empty(code.Children);
        Assert.Equal("FY2026", code.Release.ReleaseId);
        Assert.Equal("ICD-10-CM FY2026", code.Release.DisplayName);
        Assert.Equal(Date(2025, 10, 1), code.Validity.EffectiveDate);
        Assert.Equal(Date(2026, 9, 30), code.Validity.EndDate);
    }

    [Fact]
    public async Task GetCode_E11Header_NotBillableWithChildren()
    {
        var code = await Get(CodeSystem.Icd10Cm, "E11");

        Assert.False(code.Billable);
        Assert.Equal(CodeKind.Header, code.Kind);
        Assert.Empty(code.Parents);
        Assert.Equal(["E11.6", "E11.9", "E11.A"], code.Children.Select(c => c.Code));
        Assert.Equal([false, true, true], code.Children.Select(c => c.Billable));
    }

    [Fact]
    public async Task GetCode_AddedInThisRelease_MarkedAdded()
    {
        var code = await Get(CodeSystem.Icd10Cm, "E11.A");

        Assert.Equal("ADDED", code.Validity.ReleaseChange);
    }

    [Fact]
    public async Task GetCode_Hcpcs_ValidityCarriesItsDates()
    {
        var code = await Get(CodeSystem.Hcpcs, "a4397");

        Assert.Equal("A4397", code.Code_);
        Assert.Equal(Date(2021, 12, 31), code.Validity.TerminationDate);
        Assert.Equal("D", code.Validity.ActionCode);
        Assert.Null(code.Release.EndDate);
    }

    [Fact]
    public async Task GetCode_UnknownCode_NotFoundWithReason()
    {
        var ex = await FailsWith(StatusCode.NotFound, () => Get(CodeSystem.Icd10Cm, "Z99.99"));

        Assert.Equal("Z99.99 is not a code of ICD-10-CM FY2026.", ex.Status.Detail);
    }

    [Fact]
    public async Task GetCode_DeletedCode_NotFoundSayingItWasDeleted()
    {
        var ex = await FailsWith(StatusCode.NotFound, () => Get(CodeSystem.Icd10Cm, "S30.1XXA"));

        Assert.Contains("was deleted in ICD-10-CM FY2026", ex.Status.Detail);
    }

    [Fact]
    public async Task GetCode_HcpcsTerminatedBeforeDateOfService_NotFoundWithLastValidDate()
    {
        var ex = await FailsWith(StatusCode.NotFound, () => Get(CodeSystem.Hcpcs, "A4397", Date(2026, 2, 1)));

        Assert.Contains("2021-12-31", ex.Status.Detail);
    }

    [Fact]
    public async Task GetCode_DateNoReleaseCovers_FailedPrecondition()
    {
        var ex = await FailsWith(StatusCode.FailedPrecondition, () => Get(CodeSystem.Icd10Cm, "E11.9", Date(2024, 1, 1)));

        Assert.Contains("2024-01-01", ex.Status.Detail);
    }

    [Fact]
    public async Task GetCode_CptWithoutLicenseeFile_FailedPrecondition()
    {
        await FailsWith(StatusCode.FailedPrecondition, () => Get(CodeSystem.Cpt, "99213"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task GetCode_EmptyCode_InvalidArgumentOnCode(string input)
    {
        var description = await FailsOnField("code", () => Get(CodeSystem.Icd10Cm, input));

        Assert.Contains("empty", description);
    }

    [Theory]
    [InlineData("%%%")]
    [InlineData("E11..9")]
    [InlineData("0DTJ0ZZ")]
    public async Task GetCode_MalformedCode_InvalidArgumentOnCode(string input)
    {
        var description = await FailsOnField("code", () => Get(CodeSystem.Icd10Cm, input));

        Assert.Contains("well-formed", description);
    }

    [Fact]
    public async Task GetCode_TenThousandCharacters_InvalidArgumentOnCode()
    {
        await FailsOnField("code", () => Get(CodeSystem.Icd10Cm, new string('E', 10_000)));
    }

    [Fact]
    public async Task GetCode_UnspecifiedSystem_InvalidArgumentOnSystem()
    {
        await FailsOnField("system", () => Get(CodeSystem.Unspecified, "E11.9"));
    }

    [Fact]
    public async Task GetCode_UnknownSystemNumber_InvalidArgumentOnSystem()
    {
        await FailsOnField("system", () => Get((CodeSystem)42, "E11.9"));
    }

    [Theory]
    [InlineData(2026, 2, 30)]
    [InlineData(2026, 13, 1)]
    [InlineData(0, 0, 0)]
    [InlineData(1899, 12, 31)]
    public async Task GetCode_BadDate_InvalidArgumentOnDateOfService(int year, int month, int day)
    {
        await FailsOnField("date_of_service", () => Get(CodeSystem.Icd10Cm, "E11.9", Date(year, month, day)));
    }

    [Fact]
    public async Task GetCode_SeveralBadFields_EveryViolationListed()
    {
        var ex = await FailsWith(StatusCode.InvalidArgument, () => Get(CodeSystem.Unspecified, "", Date(2026, 2, 30)));

        var fields = ex.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field);
        Assert.Equal(["system", "code", "date_of_service"], fields);
    }
}
