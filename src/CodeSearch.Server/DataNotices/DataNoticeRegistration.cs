using CodeSearch.Server.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.DataNotices;

/// <summary>
/// What tells a user which data is served: configured paths checked at start, the data locations logged first, the
/// sample flagged on every response, answers from ended releases flagged in their trailers.
/// </summary>
public static class DataNoticeRegistration
{
    /// <summary>Registers the checks and notices; call before the index start-up service is added.</summary>
    public static IServiceCollection AddCodeSearchDataNotices(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<DataOptions>, DataOptionsValidator>();
        services.AddHostedService<DataLocationsLogger>();
        services.AddSingleton<EndedReleases>();
        // Authentication brings ASP.NET Core data protection, whose default key ring is a folder that a container
        // loses on restart (hence its start-up warning there). Nothing here protects data with it (no cookies, no
        // antiforgery; page tokens carry their own HMAC), so the keys live in memory and nothing is written or warned.
        services.AddDataProtection().UseEphemeralDataProtectionProvider();
        services.Configure<global::Grpc.AspNetCore.Server.GrpcServiceOptions>(o => o.Interceptors.Add<EndedReleaseInterceptor>());
        return services;
    }

    /// <summary>Adds the sample-data response header; call early in the pipeline so every response carries it.</summary>
    public static IApplicationBuilder UseCodeSearchDataNotices(this IApplicationBuilder app) =>
        app.UseMiddleware<SampleDataHeaderMiddleware>();
}
