using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CodeSearch.Server.Hosting;

/// <summary>Kestrel defaults for a gRPC-only server.</summary>
public static class KestrelDefaults
{
    /// <summary>
    /// Every endpoint speaks HTTP/2 unless configured otherwise (Kestrel:EndpointDefaults:Protocols or per endpoint),
    /// so plaintext endpoints, including any given with --urls, accept gRPC with prior knowledge, as grpcurl -plaintext does.
    /// </summary>
    public static IWebHostBuilder UsePlaintextHttp2ByDefault(this IWebHostBuilder builder) =>
        builder.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http2));
}
