using CodeSearch.V1;
using Grpc.Core;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CodeSearch.Server.Tests.DataNotices;

/// <summary>The ended-release answer is worked out once per generation and day: it must still change when the day turns.</summary>
public class EndedReleaseTrailerDayTests
{
    [Fact]
    public async Task TrailerAnswerKept_DayTurnsPastTheEndDate_TrailerAppears()
    {
        // The sample's ICD-10-CM FY2026 ends 2026-09-30.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 9, 30, 23, 0, 0, TimeSpan.Zero));
        using var factory = new ClockServerFactory(clock);
        await factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));
        var request = new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" };

        var lastDay = await TrailerAsync(factory.Client.GetCodeAsync(request));
        var lastDayAgain = await TrailerAsync(factory.Client.GetCodeAsync(request));
        clock.Advance(TimeSpan.FromHours(2));
        var nextDay = await TrailerAsync(factory.Client.GetCodeAsync(request));

        Assert.Null(lastDay);
        Assert.Null(lastDayAgain);
        Assert.Equal("ICD-10-CM FY2026 ended 2026-09-30", nextDay);
    }

    private static async Task<string?> TrailerAsync<T>(AsyncUnaryCall<T> call)
    {
        using (call)
        {
            await call.ResponseAsync;
            return call.GetTrailers().GetValue("codesearch-release-ended");
        }
    }

    private sealed class ClockServerFactory(TimeProvider clock) : Support.CodeSearchServerFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
