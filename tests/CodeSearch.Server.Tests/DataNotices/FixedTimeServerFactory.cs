using CodeSearch.Server.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CodeSearch.Server.Tests.DataNotices;

/// <summary>A server whose clock reads a fixed day, so "today" against release end dates is the test's choice.</summary>
public sealed class FixedTimeServerFactory(DateOnly today, string? sourceDirectory = null, IDictionary<string, string?>? overrides = null)
    : CodeSearchServerFactory(sourceDirectory: sourceDirectory, overrides: overrides)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FixedTime(today)));
    }

    private sealed class FixedTime(DateOnly day) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }
}
