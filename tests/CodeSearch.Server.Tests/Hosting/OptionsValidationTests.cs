using CodeSearch.Server.AccessLogging;
using CodeSearch.Server.Memory;
using CodeSearch.Server.Options;
using CodeSearch.Server.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Tests.Hosting;

// The options' annotations are checked by generated validators (Options/AnnotationValidators.cs), not by reflection:
// the same settings are refused, and the message names the setting.
public class OptionsValidationTests
{
    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddCodeSearchMemory();
        services.AddCodeSearchAccessLog();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Registered_Defaults_Valid()
    {
        using var services = Services();

        Assert.Equal(5, services.GetRequiredService<IOptions<MemoryOptions>>().Value.IdleSeconds);
        Assert.Equal(100, services.GetRequiredService<IOptions<AccessLogOptions>>().Value.FlushIntervalMilliseconds);
    }

    [Fact]
    public void Registered_OutOfRange_RefusedNamingTheSetting()
    {
        using var services = Services(("CodeSearch:Memory:IdleSeconds", "0"), ("CodeSearch:AccessLog:QueueCapacity", "5"));

        var memory = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MemoryOptions>>().Value);
        var accessLog = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AccessLogOptions>>().Value);

        Assert.Contains("IdleSeconds", memory.Message);
        Assert.Contains("QueueCapacity", accessLog.Message);
    }

    [Fact]
    public void Registered_OneValidatorPerOptions()
    {
        using var services = Services();

        Assert.Single(services.GetServices<IValidateOptions<MemoryOptions>>());
    }

    [Fact]
    public void Generated_EachOptionsRangeChecked()
    {
        Assert.True(new DataOptionsAnnotations().Validate(null, new DataOptions { ReloadIntervalSeconds = -1 }).Failed);
        Assert.True(new DataOptionsAnnotations().Validate(null, new DataOptions { IndexDirectory = null! }).Failed);
        Assert.True(new CacheOptionsAnnotations().Validate(null, new CacheOptions { ExpirationSeconds = 0 }).Failed);
        Assert.True(new CacheOptionsAnnotations().Validate(null, new CacheOptions { SearchSecondSightSlots = -1 }).Failed);
        Assert.True(new LimitsOptionsAnnotations().Validate(null, new LimitsOptions { MaxConcurrentCalls = -1 }).Failed);
        Assert.True(new TelemetryOptionsAnnotations().Validate(null, new TelemetryOptions { PrometheusPort = 70_000 }).Failed);
        Assert.True(new DataOptionsAnnotations().Validate(null, new DataOptions()).Succeeded);
        Assert.True(new CacheOptionsAnnotations().Validate(null, new CacheOptions()).Succeeded);
        Assert.True(new LimitsOptionsAnnotations().Validate(null, new LimitsOptions()).Succeeded);
        Assert.True(new TelemetryOptionsAnnotations().Validate(null, new TelemetryOptions()).Succeeded);
    }

    [Fact]
    public void Generated_NestedLimits_CheckedThroughValidate()
    {
        var result = new LimitsOptionsAnnotations().Validate(null, new LimitsOptions { RateLimit = new RateLimitOptions { Burst = 0 } });

        Assert.True(result.Failed);
        Assert.Contains("RateLimit: ", result.FailureMessage);
    }

    [Fact]
    public void Generated_AuthSelfChecks_Run()
    {
        var result = new AuthOptionsAnnotations().Validate(null, new AuthOptions { Enabled = true });

        Assert.True(result.Failed);
        Assert.Contains("no caller could authenticate", result.FailureMessage);
    }
}
