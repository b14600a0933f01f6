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
    /// <summary>The hosted service of ASP.NET Core data protection that makes a key at start (internal to the framework).</summary>
    internal const string DataProtectionHostedService = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

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
        // Nor is a key made at start: data protection's hosted service loads the key ring ahead of a first use that
        // never comes, and the XML it writes keeps System.Private.Xml and its kin mapped (about 3 MiB of the idle
        // server's resident memory, docs/operations.md#memory). A key is still made on first use if something asks.
        for (var i = services.Count - 1; i >= 0; i--)
        {
            if (services[i].ServiceType == typeof(IHostedService) && services[i].ImplementationType?.FullName == DataProtectionHostedService) services.RemoveAt(i);
        }
        services.Configure<global::Grpc.AspNetCore.Server.GrpcServiceOptions>(o => o.Interceptors.Add<EndedReleaseInterceptor>());
        return services;
    }

    /// <summary>Adds the sample-data response header; call early in the pipeline so every response carries it.</summary>
    public static IApplicationBuilder UseCodeSearchDataNotices(this IApplicationBuilder app) =>
        app.UseMiddleware<SampleDataHeaderMiddleware>();
}
