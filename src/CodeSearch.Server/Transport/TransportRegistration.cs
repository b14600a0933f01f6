using Grpc.AspNetCore.Server;

namespace CodeSearch.Server.Transport;

/// <summary>Checks on the gRPC transport below the services: request framing and decompression (docs/api.md, "Errors").</summary>
internal static class TransportRegistration
{
    public static IServiceCollection AddCodeSearchTransportChecks(this IServiceCollection services)
    {
        services.AddOptions<GrpcServiceOptions>().PostConfigure(options =>
        {
            for (var i = 0; i < options.CompressionProviders.Count; i++)
            {
                if (options.CompressionProviders[i] is not CheckedDecompression)
                {
                    options.CompressionProviders[i] = new CheckedDecompression(options.CompressionProviders[i]);
                }
            }
        });
        return services;
    }

    public static IApplicationBuilder UseCodeSearchTransportChecks(this IApplicationBuilder app) =>
        app.UseMiddleware<GrpcFramingMiddleware>();
}
