// Firely's model is nullable throughout; the tests assert on the values they read.
#nullable disable warnings
using System.Net;
using CodeSearch.Server.Tests.Support;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using static CodeSearch.Server.Tests.Fhir.FhirClients;
using Task = System.Threading.Tasks.Task;

namespace CodeSearch.Server.Tests.Fhir;

/// <summary>Every terminology operation through the Firely FHIR client, by GET (query parameters) and POST (Parameters).</summary>
[Collection(HttpServerCollection.Name)]
public class FhirOperationTests(HttpServer server)
{
    private FhirClient Client => For(server.Factory);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Lookup_E119_DisplayParentAndDesignation(bool useGet)
    {
        var result = (Parameters)(await Client.TypeOperationAsync<CodeSystem>("lookup", With(("system", new FhirUri(Icd10Cm)), ("code", new Code("E11.9"))), useGet))!;

        Assert.Equal("Type 2 diabetes mellitus without complications", Single<FhirString>(result, "display").Value);
        Assert.Equal("FY2026", Single<FhirString>(result, "version").Value);
        Assert.Equal("E11", ((Code)Assert.Single(Properties(result, "parent"))).Value);
        Assert.True(((FhirBoolean)Assert.Single(Properties(result, "billable"))).Value);
        Assert.Contains(result.Parameter, p => p.Name == "designation");
    }

    [Fact]
    public async Task Lookup_Header_ChildrenAndNotSelectable()
    {
        var result = (Parameters)(await Client.TypeOperationAsync<CodeSystem>("lookup", With(("system", new FhirUri(Icd10Cm)), ("code", new Code("E11"))), useGet: true))!;

        Assert.Contains(Properties(result, "child"), c => ((Code)c).Value == "E11.9");
        Assert.True(((FhirBoolean)Assert.Single(Properties(result, "notSelectable"))).Value);
    }

    [Fact]
    public async Task Lookup_PropertyParameter_OnlyThoseProperties()
    {
        var parameters = With(("system", new FhirUri(Icd10Cm)), ("code", new Code("E11.9")), ("property", new Code("parent")));
        var result = (Parameters)(await Client.TypeOperationAsync<CodeSystem>("lookup", parameters, useGet: false))!;

        var codes = result.Parameter.Where(p => p.Name == "property").Select(p => ((Code)p.Part[0].Value).Value).Distinct();
        Assert.Equal(["parent"], codes);
    }

    [Fact]
    public async Task Lookup_SeventhCharacterCode_ChoicesAsProperties()
    {
        var result = (Parameters)(await Client.TypeOperationAsync<CodeSystem>("lookup", With(("system", new FhirUri(Icd10Cm)), ("code", new Code("S72.001"))), useGet: true))!;

        Assert.NotEmpty(Properties(result, "seventhCharacter"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Lookup_UnknownCode_404NotFoundOutcome(bool useGet)
    {
        var ex = await Assert.ThrowsAsync<FhirOperationException>(() =>
            Client.TypeOperationAsync<CodeSystem>("lookup", With(("system", new FhirUri(Icd10Cm)), ("code", new Code("E11.99"))), useGet));

        Assert.Equal(HttpStatusCode.NotFound, ex.Status);
        Assert.Equal(OperationOutcome.IssueType.NotFound, Assert.Single(ex.Outcome!.Issue).Code);
    }

    [Fact]
    public async Task Lookup_MalformedCode_400InvalidOutcome()
    {
        var ex = await Assert.ThrowsAsync<FhirOperationException>(() =>
            Client.TypeOperationAsync<CodeSystem>("lookup", With(("system", new FhirUri(Icd10Cm)), ("code", new Code("!!"))), useGet: true));

        Assert.Equal(HttpStatusCode.BadRequest, ex.Status);
        Assert.Equal(OperationOutcome.IssueType.Invalid, Assert.Single(ex.Outcome!.Issue).Code);
        Assert.DoesNotContain("   at ", ex.Outcome.Issue[0].Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lookup_UnloadedVersion_404()
    {
        var parameters = With(("system", new FhirUri(Icd10Cm)), ("code", new Code("E11.9")), ("version", new FhirString("FY1999")));
        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => Client.TypeOperationAsync<CodeSystem>("lookup", parameters, useGet: true));

        Assert.Equal(HttpStatusCode.NotFound, ex.Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CodeSystemValidateCode_Header_FalseNotBillableWithReason(bool useGet)
    {
        var result = (Parameters)(await Client.TypeOperationAsync<CodeSystem>("validate-code", With(("url", new FhirUri(Icd10Cm)), ("code", new Code("E11"))), useGet))!;

        Assert.False(Single<FhirBoolean>(result, "result").Value);
        Assert.Contains("not billable", Single<FhirString>(result, "message").Value, StringComparison.Ordinal);
        Assert.Equal("Type 2 diabetes mellitus", Single<FhirString>(result, "display").Value);
    }

    [Fact]
    public async Task CodeSystemValidateCode_WrongDisplay_False()
    {
        var parameters = With(("url", new FhirUri(Icd10Cm)), ("code", new Code("E11.9")), ("display", new FhirString("Essential hypertension")));
        var result = (Parameters)(await Client.TypeOperationAsync<CodeSystem>("validate-code", parameters, useGet: true))!;

        Assert.False(Single<FhirBoolean>(result, "result").Value);
    }

    [Theory]
    [InlineData(true, "E11.9", true)]
    [InlineData(false, "E11.9", true)]
    [InlineData(true, "I10", false)]
    public async Task ValueSetValidateCode_IsaValueSet_MembershipDecides(bool useGet, string code, bool expected)
    {
        var parameters = With(("url", new FhirUri(Icd10Cm + "?fhir_vs=isa/E11")), ("system", new FhirUri(Icd10Cm)), ("code", new Code(code)));
        var result = (Parameters)(await Client.TypeOperationAsync<ValueSet>("validate-code", parameters, useGet))!;

        Assert.Equal(expected, Single<FhirBoolean>(result, "result").Value);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Expand_Filter_SameOrderAsSearchCodes(bool useGet)
    {
        var parameters = With(("url", new FhirUri(Icd10Cm + "?fhir_vs")), ("filter", new FhirString("diabetes")), ("count", new Integer(3)));
        var valueSet = (ValueSet)(await Client.TypeOperationAsync<ValueSet>("expand", parameters, useGet))!;
        var search = await server.Factory.Client.SearchCodesAsync(
            new V1.SearchCodesRequest { Query = "diabetes", Systems = { V1.CodeSystem.Icd10Cm }, PageSize = 3 }, Callers.ApiKey(Callers.AliceKey));

        Assert.Equal(search.Results.Select(r => r.Code.Code_), valueSet.Expansion.Contains.Select(c => c.Code));
    }

    [Fact]
    public async Task Expand_OffsetPagesOnFromCount()
    {
        var first = (ValueSet)(await Client.TypeOperationAsync<ValueSet>("expand", With(("url", new FhirUri(Icd10Cm + "?fhir_vs")), ("filter", new FhirString("diabetes")), ("count", new Integer(4))), useGet: true))!;
        var second = (ValueSet)(await Client.TypeOperationAsync<ValueSet>("expand", With(("url", new FhirUri(Icd10Cm + "?fhir_vs")), ("filter", new FhirString("diabetes")), ("count", new Integer(2)), ("offset", new Integer(2))), useGet: true))!;

        Assert.Equal(first.Expansion.Contains.Skip(2).Select(c => c.Code), second.Expansion.Contains.Select(c => c.Code));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Expand_IsaWithoutFilter_CodeAndDescendantsWithTotal(bool useGet)
    {
        var parameters = With(("url", new FhirUri(Icd10Cm + "?fhir_vs=isa/E11")), ("count", new Integer(100)));
        var valueSet = (ValueSet)(await Client.TypeOperationAsync<ValueSet>("expand", parameters, useGet))!;

        Assert.Equal("E11", valueSet.Expansion.Contains[0].Code);
        Assert.True(valueSet.Expansion.Contains[0].Abstract);
        Assert.All(valueSet.Expansion.Contains, c => Assert.StartsWith("E11", c.Code, StringComparison.Ordinal));
        Assert.Equal(valueSet.Expansion.Contains.Count, valueSet.Expansion.Total);
    }

    [Fact]
    public async Task Expand_TooDeep_422TooCostly()
    {
        var parameters = With(("url", new FhirUri(Icd10Cm + "?fhir_vs")), ("filter", new FhirString("diabetes")), ("count", new Integer(20)), ("offset", new Integer(995)));
        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => Client.TypeOperationAsync<ValueSet>("expand", parameters, useGet: true));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
        Assert.Equal(OperationOutcome.IssueType.TooCostly, Assert.Single(ex.Outcome!.Issue).Code);
    }

    [Fact]
    public async Task Expand_UnknownValueSet_404()
    {
        var ex = await Assert.ThrowsAsync<FhirOperationException>(() =>
            Client.TypeOperationAsync<ValueSet>("expand", With(("url", new FhirUri("http://example.org/ValueSet/diabetes"))), useGet: true));

        Assert.Equal(HttpStatusCode.NotFound, ex.Status);
    }

    [Theory]
    [InlineData(true, "E11", "E11.9", "subsumes")]
    [InlineData(false, "E11.9", "E11", "subsumed-by")]
    [InlineData(true, "E11.9", "e119", "equivalent")]
    [InlineData(true, "E11.9", "I10", "not-subsumed")]
    public async Task Subsumes_Hierarchy(bool useGet, string a, string b, string outcome)
    {
        var parameters = With(("system", new FhirUri(Icd10Cm)), ("codeA", new Code(a)), ("codeB", new Code(b)));
        var result = (Parameters)(await Client.TypeOperationAsync<CodeSystem>("subsumes", parameters, useGet))!;

        Assert.Equal(outcome, Single<Code>(result, "outcome").Value);
    }

    [Fact]
    public async Task Metadata_CapabilityStatementListsOperations()
    {
        var capabilities = await Client.CapabilityStatementAsync();

        var resources = capabilities!.Rest.Single().Resource;
        Assert.Contains(resources.Single(r => r.Type == "CodeSystem").Operation, o => o.Name == "CodeSystem-lookup");
        Assert.Contains(resources.Single(r => r.Type == "ValueSet").Operation, o => o.Name == "ValueSet-expand");
    }

    [Fact]
    public async Task Metadata_TerminologyMode_ListsLoadedSystemsAndVersions()
    {
        var capabilities = (TerminologyCapabilities)(await Client.GetAsync("metadata?mode=terminology"))!;

        var icd = capabilities.CodeSystem.Single(c => c.Uri == Icd10Cm);
        Assert.Contains(icd.Version, v => v.Code == "FY2026");
    }

    [Fact]
    public async Task CodeSystem_SearchByUrlAndRead()
    {
        var bundle = await Client.SearchAsync<CodeSystem>(["url=" + Icd10Cm]);
        var summary = (CodeSystem)Assert.Single(bundle!.Entry).Resource;
        var read = await Client.ReadAsync<CodeSystem>("CodeSystem/" + summary.Id);

        Assert.Equal(("FY2026", CodeSystemContentMode.NotPresent), (read!.Version, read.Content));
        Assert.True(read.Count > 0);
    }

    [Fact]
    public async Task CodeSystem_ReadUnknown_404()
    {
        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => Client.ReadAsync<CodeSystem>("CodeSystem/nope-FY1999"));

        Assert.Equal(HttpStatusCode.NotFound, ex.Status);
    }
}
