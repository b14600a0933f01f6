using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace CodeSearch.Server.Http;

/// <summary>
/// Adds the HTTP/1.1 addresses (<see cref="HttpEndpoints"/>) next to the gRPC ones before Kestrel binds, and makes
/// each address speak its protocol. Runs after the host has copied <c>--urls</c> into the server's addresses and
/// before the server starts; read here rather than in Program so test hosts' late configuration counts too.
/// </summary>
internal sealed class HttpPortStartupFilter(IServer server, IConfiguration configuration, IOptions<KestrelServerOptions> kestrel) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next)
    {
        var httpUrls = HttpEndpoints.HttpUrls(configuration);
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (httpUrls.Count > 0 && addresses is { IsReadOnly: false })
        {
            if (addresses.Count == 0)
            {
                foreach (var url in HttpEndpoints.GrpcUrls(configuration)) addresses.Add(url);
            }
            foreach (var url in httpUrls)
            {
                if (!addresses.Contains(url)) addresses.Add(url);
            }
            var ports = httpUrls;
            kestrel.Value.ConfigureEndpointDefaults(endpoint =>
            {
                if (endpoint.IPEndPoint is { } ip) endpoint.Protocols = HttpEndpoints.ProtocolsFor(ip.Port, ports);
                else endpoint.Protocols = HttpProtocols.Http2;
            });
        }
        return next;
    }
}
