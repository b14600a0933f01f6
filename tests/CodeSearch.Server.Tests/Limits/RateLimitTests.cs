using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Grpc.Core;
using Grpc.Health.V1;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.Limits;

/// <summary>Per-caller token buckets: a caller over its burst gets RESOURCE_EXHAUSTED; other callers and health do not.</summary>
public class RateLimitTests
{
    private static readonly GetCodeRequest E119 = new() { System = CodeSystem.Icd10Cm, Code = "E11.9" };

    private static async Task<ConfiguredServerFactory> Start(bool authEnabled)
    {
        var settings = Callers.AuthSettings(authEnabled);
        settings["CodeSearch:Limits:RateLimit:Enabled"] = "true";
        settings["CodeSearch:Limits:RateLimit:Burst"] = "2";
        settings["CodeSearch:Limits:RateLimit:PermitsPerPeriod"] = "1";
        settings["CodeSearch:Limits:RateLimit:PeriodSeconds"] = "3600";
        var factory = new ConfiguredServerFactory(settings);
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        return factory;
    }

    [Fact]
    public async Task GetCode_CallerOverBurst_ResourceExhaustedWhileOtherCallerAnswered()
    {
        using var factory = await Start(authEnabled: true);
        var alice = Callers.ApiKey(Callers.AliceKey);

        await factory.Client.GetCodeAsync(E119, alice);
        await factory.Client.GetCodeAsync(E119, alice);
        var ex = await FailsWith(StatusCode.ResourceExhausted, () => factory.Client.GetCodeAsync(E119, alice).ResponseAsync);

        Assert.Contains("Rate limit", ex.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("E11.9", (await factory.Client.GetCodeAsync(E119, Callers.ApiKey(Callers.BillingKey))).Code_);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, (await factory.Health.CheckAsync(new HealthCheckRequest())).Status);
    }

    [Fact]
    public async Task GetCode_AnonymousOverBurst_ResourceExhausted()
    {
        using var factory = await Start(authEnabled: false);

        await factory.Client.GetCodeAsync(E119);
        await factory.Client.GetCodeAsync(E119);

        await FailsWith(StatusCode.ResourceExhausted, () => factory.Client.GetCodeAsync(E119).ResponseAsync);
    }
}
