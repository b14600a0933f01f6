using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Limits;

/// <summary>
/// BatchGetCodes and ValidateCodes answers are budgeted in bytes (CodeSearch:Limits:MaxResponseBytes, here its
/// 64 KiB minimum): a small request that would make a larger answer is refused with RESOURCE_EXHAUSTED naming the
/// limit, and no retry hint (the same request would fail again); answers within the budget are unchanged.
/// </summary>
public class ResponseBudgetTests : IAsyncLifetime
{
    private const int Budget = 64 * 1024;
    private readonly ConfiguredServerFactory _factory = new(new Dictionary<string, string?> { ["CodeSearch:Limits:MaxResponseBytes"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public Task InitializeAsync() => _factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private static BatchGetCodesRequest Repeated(int count)
    {
        var request = new BatchGetCodesRequest();
        for (var i = 0; i < count; i++) request.Requests.Add(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" });
        return request;
    }

    [Fact]
    public async Task BatchGetCodes_ThousandTimesOneCodeOverBudget_ResourceExhaustedNamingTheLimit()
    {
        var ex = await FailsWith(StatusCode.ResourceExhausted, () => _factory.Client.BatchGetCodesAsync(Repeated(1000)).ResponseAsync);

        Assert.Contains("MaxResponseBytes", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("65,536", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Null(ex.GetRpcStatus()?.GetDetail<Google.Rpc.RetryInfo>());
    }

    [Fact]
    public async Task BatchGetCodes_WithinBudget_AnsweredInFullAndUnderTheLimit()
    {
        var one = (await _factory.Client.GetCodeAsync(new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" })).CalculateSize();
        var fits = Budget / (one + 8);

        var response = await _factory.Client.BatchGetCodesAsync(Repeated(fits));

        Assert.Equal(fits, response.Results.Count);
        Assert.True(response.CalculateSize() <= Budget);
    }

    [Fact]
    public async Task ValidateCodes_ThousandTimesOneCodeOverBudget_ResourceExhaustedNamingTheLimit()
    {
        var request = new ValidateCodesRequest { System = CodeSystem.Icd10Cm };
        for (var i = 0; i < 1000; i++) request.Codes.Add("E11.9");

        var ex = await FailsWith(StatusCode.ResourceExhausted, () => _factory.Client.ValidateCodesAsync(request).ResponseAsync);

        Assert.Contains("MaxResponseBytes", ex.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateCodes_FewCodes_Answered()
    {
        var response = await _factory.Client.ValidateCodesAsync(new ValidateCodesRequest { System = CodeSystem.Icd10Cm, Codes = { "E11.9", "I10" } });

        Assert.Equal(2, response.Results.Count);
    }
}
