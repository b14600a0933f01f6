using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CodeSearch.Server.Http;

/// <summary>Says, once the server listens, which addresses serve gRPC and which serve HTTP/1.1 (JSON, FHIR, OpenAPI, gRPC-Web).</summary>
internal sealed partial class ListeningLog(IServer server, IConfiguration configuration, IHostApplicationLifetime lifetime, ILogger<ListeningLog> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Report);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Report()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0) return;
        var httpPorts = HttpEndpoints.HttpUrls(configuration).Select(u => BindingAddress.Parse(u).Port).ToHashSet();
        var http = addresses.Where(a => httpPorts.Contains(PortOf(a))).ToList();
        var grpc = addresses.Except(http).ToList();
        Listening(logger, grpc.Count == 0 ? "none" : string.Join(", ", grpc), http.Count == 0 ? "none" : string.Join(", ", http));
    }

    private static int PortOf(string address)
    {
        try
        {
            return BindingAddress.Parse(address).Port;
        }
        catch (FormatException)
        {
            return -1;
        }
    }

    [LoggerMessage(EventId = 4500, Level = LogLevel.Information,
        Message = "gRPC (HTTP/2; plaintext with prior knowledge, as grpcurl -plaintext) on {GrpcAddresses}; HTTP/1.1 (JSON /v1, FHIR /fhir, OpenAPI /openapi/v1.json, gRPC-Web) on {HttpAddresses}")]
    private static partial void Listening(ILogger logger, string grpcAddresses, string httpAddresses);
}
