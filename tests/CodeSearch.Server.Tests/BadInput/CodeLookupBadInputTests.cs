using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using static CodeSearch.Server.Tests.BadInput.ServerChecks;
using static CodeSearch.Server.Tests.Support.Rpc;
using RpcCode = Google.Rpc.Code;

namespace CodeSearch.Server.Tests.BadInput;

/// <summary>
/// GetCode, BatchGetCodes and ValidateCodes under bad input: a malformed code is INVALID_ARGUMENT on its field (GetCode),
/// an INVALID_ARGUMENT item error (BatchGetCodes) or a MALFORMED result (ValidateCodes); the server stays healthy.
/// </summary>
[Collection(SampleServerCollection.Name)]
public class CodeLookupBadInputTests(SampleServer server)
{
    private CodeLookup.CodeLookupClient Client => server.Client;

    private Task Healthy() => AssertHealthyAsync(server.Factory.Channel);

    private static GetCodeRequest Get(string code, CodeSystem system = CodeSystem.Icd10Cm) => new() { System = system, Code = code };

    [Theory]
    [MemberData(nameof(BadStrings.MalformedCodeNames), MemberType = typeof(BadStrings))]
    public async Task GetCode_MalformedCode_InvalidArgumentOnCode(string name)
    {
        await FailsOnField("code", () => Client.GetCodeAsync(Get(BadStrings.MalformedCodes[name]), deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Theory]
    [MemberData(nameof(BadStrings.Names), MemberType = typeof(BadStrings))]
    public async Task GetCode_TextThatBreaksNaiveCode_InvalidArgumentOnCode(string name)
    {
        await FailsOnField("code", () => Client.GetCodeAsync(Get(BadStrings.Cases[name]), deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Theory]
    [MemberData(nameof(BadStrings.BlankNames), MemberType = typeof(BadStrings))]
    public async Task GetCode_EmptyOrWhiteSpaceOnly_InvalidArgumentOnCode(string name)
    {
        await FailsOnField("code", () => Client.GetCodeAsync(Get(BadStrings.Blank[name]), deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Theory]
    [InlineData(CodeSystem.Unspecified)]
    [InlineData((CodeSystem)99)]
    [InlineData((CodeSystem)(-7))]
    public async Task GetCode_UnspecifiedOrUnknownSystem_InvalidArgumentOnSystem(CodeSystem system)
    {
        await FailsOnField("system", () => Client.GetCodeAsync(Get("E11.9", system), deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(10_000, 1, 1)]
    [InlineData(2026, 2, 29)]
    [InlineData(2026, 4, 31)]
    [InlineData(int.MinValue, int.MinValue, int.MinValue)]
    [InlineData(int.MaxValue, int.MaxValue, int.MaxValue)]
    public async Task GetCode_DateOutOfRange_InvalidArgumentOnDateOfService(int year, int month, int day)
    {
        var request = Get("E11.9");
        request.DateOfService = Date(year, month, day);

        await FailsOnField("date_of_service", () => Client.GetCodeAsync(request, deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Fact]
    public async Task BatchGetCodes_EveryMalformedCodeAndBadText_InvalidArgumentItemsInOrderAndTheGoodOneAnswered()
    {
        var bad = BadStrings.MalformedCodes.Values.Concat(BadStrings.Cases.Values).Concat(BadStrings.Blank.Values).ToList();
        var request = new BatchGetCodesRequest();
        request.Requests.Add(bad.Select(code => Get(code)));
        request.Requests.Add(Get("E11.9"));
        request.Requests.Add(new GetCodeRequest { System = (CodeSystem)99, Code = "E11.9", DateOfService = Date(2026, 2, 30) });

        var response = await Client.BatchGetCodesAsync(request, deadline: Deadline());

        Assert.Equal(request.Requests.Count, response.Results.Count);
        Assert.All(response.Results.Take(bad.Count), r => Assert.Equal((int)RpcCode.InvalidArgument, r.Error.StatusCode));
        Assert.Equal("E11.9", response.Results[bad.Count].Code.Code_);
        var last = response.Results[^1].Error;
        Assert.Equal((int)RpcCode.InvalidArgument, last.StatusCode);
        Assert.Contains("requests[" + (bad.Count + 1) + "].system", last.Message);
        Assert.Contains("requests[" + (bad.Count + 1) + "].date_of_service", last.Message);
        await Healthy();
    }

    [Fact]
    public async Task BatchGetCodes_ThousandAndOne_InvalidArgumentOnRequests()
    {
        var request = new BatchGetCodesRequest();
        request.Requests.Add(Enumerable.Range(0, 1001).Select(_ => Get("E11.9")));

        await FailsOnField("requests", () => Client.BatchGetCodesAsync(request, deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Fact]
    public async Task BatchGetCodes_ThousandTenThousandCharacterCodes_EachInvalidArgumentQuickly()
    {
        // About 10 MB would be over the message limit; 300 of them (3 MB) arrive and are each rejected by length.
        var request = new BatchGetCodesRequest();
        request.Requests.Add(Enumerable.Range(0, 300).Select(_ => Get(new string('9', 10_000))));

        var response = await Client.BatchGetCodesAsync(request, deadline: Deadline());

        Assert.All(response.Results, r => Assert.Equal((int)RpcCode.InvalidArgument, r.Error.StatusCode));
        Assert.All(response.Results, r => Assert.True(r.Error.Message.Length < 200, "the error echoes the oversized code"));
        await Healthy();
    }

    [Fact]
    public async Task ValidateCodes_EveryMalformedCodeAndBadText_MalformedInOrder()
    {
        var bad = BadStrings.MalformedCodes.Values.Concat(BadStrings.Cases.Values).Concat(BadStrings.Blank.Values).ToList();
        var request = new ValidateCodesRequest { System = CodeSystem.Icd10Cm };
        request.Codes.Add(bad);
        request.Codes.Add("E11.9");

        var response = await Client.ValidateCodesAsync(request, deadline: Deadline());

        Assert.Equal(request.Codes.Count, response.Results.Count);
        Assert.All(response.Results.Take(bad.Count), r => Assert.Equal(ValidationStatus.Malformed, r.Status));
        Assert.Equal(ValidationStatus.Valid, response.Results[^1].Status);
        Assert.Empty(response.Conflicts);
        await Healthy();
    }

    [Fact]
    public async Task ValidateCodes_ThousandAndOne_InvalidArgumentOnCodes()
    {
        var request = new ValidateCodesRequest { System = CodeSystem.Icd10Cm };
        request.Codes.Add(Enumerable.Repeat("E11.9", 1001));

        await FailsOnField("codes", () => Client.ValidateCodesAsync(request, deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Theory]
    [InlineData(CodeSystem.Unspecified)]
    [InlineData((CodeSystem)99)]
    public async Task ValidateCodes_UnspecifiedOrUnknownSystem_InvalidArgumentOnSystem(CodeSystem system)
    {
        var request = new ValidateCodesRequest { System = system, Codes = { "E11.9" } };

        await FailsOnField("system", () => Client.ValidateCodesAsync(request, deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Theory]
    [InlineData(1899, 12, 31)]
    [InlineData(2026, 2, 30)]
    [InlineData(0, 0, 1)]
    public async Task ValidateCodes_DateOutOfRange_InvalidArgumentOnDateOfService(int year, int month, int day)
    {
        var request = new ValidateCodesRequest { System = CodeSystem.Icd10Cm, Codes = { "E11.9" }, DateOfService = Date(year, month, day) };

        await FailsOnField("date_of_service", () => Client.ValidateCodesAsync(request, deadline: Deadline()).ResponseAsync);
        await Healthy();
    }

    [Fact]
    public async Task ValidateCodes_ValidDateNoReleaseCovers_FailedPrecondition()
    {
        var request = new ValidateCodesRequest { System = CodeSystem.Icd10Cm, Codes = { "E11.9" }, DateOfService = Date(1900, 1, 1) };

        await FailsWith(StatusCode.FailedPrecondition, () => Client.ValidateCodesAsync(request, deadline: Deadline()).ResponseAsync);
        await Healthy();
    }
}
