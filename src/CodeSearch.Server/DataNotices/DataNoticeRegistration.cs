using CodeSearch.Server.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
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
        services.AddSingleton<DataLocationsLogger>();
        services.AddHostedService(sp => sp.GetRequiredService<DataLocationsLogger>());
        services.AddSingleton<EndedReleases>();
        // Authentication brings ASP.NET Core data protection, which by default keeps its keys in a folder a container
        // loses on restart and warns about it (and about keys stored unencrypted) at every start. Nothing here protects
        // data with it (no cookies, no antiforgery; page tokens carry their own HMAC): keys live in memory, unencrypted
        // by choice, so nothing is written and nothing warned.
        services.AddDataProtection();
        services.Configure<KeyManagementOptions>(o =>
        {
            o.XmlRepository = new InMemoryKeyRepository();
            o.XmlEncryptor = new NullXmlEncryptor();
        });
        services.Configure<global::Grpc.AspNetCore.Server.GrpcServiceOptions>(o => o.Interceptors.Add<EndedReleaseInterceptor>());
        return services;
    }

    /// <summary>Adds the sample-data response header; call early in the pipeline so every response carries it.</summary>
    public static IApplicationBuilder UseCodeSearchDataNotices(this IApplicationBuilder app) =>
        app.UseMiddleware<SampleDataHeaderMiddleware>();
}
