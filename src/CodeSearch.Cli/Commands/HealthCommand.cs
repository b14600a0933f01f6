using System.CommandLine;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace CodeSearch.Cli.Commands;

/// <summary>
/// `codesearch health`: asks a running server's grpc.health.v1 service; exit 0 only when SERVING.
/// Used as the Docker HEALTHCHECK, so the probe speaks the same protocol as any gRPC load balancer.
/// </summary>
internal static class HealthCommand
{
    public static Command Create()
    {
        var address = new Option<string>("--address") { Description = "Server address", DefaultValueFactory = _ => "http://localhost:8080" };
        var service = new Option<string>("--service") { Description = "Service name to ask about ('' = the whole server)", DefaultValueFactory = _ => "" };
        var timeout = new Option<int>("--timeout-seconds") { Description = "Deadline of the check", DefaultValueFactory = _ => 3 };
        var command = new Command("health", "Check a running server's gRPC health (exit 0 when SERVING).") { address, service, timeout };
        command.SetAction(async (result, ct) =>
        {
            using var channel = GrpcChannel.ForAddress(result.GetValue(address)!);
            try
            {
                var reply = await new Health.HealthClient(channel).CheckAsync(
                    new HealthCheckRequest { Service = result.GetValue(service) ?? "" },
                    deadline: DateTime.UtcNow.AddSeconds(result.GetValue(timeout)), cancellationToken: ct);
                Console.WriteLine(reply.Status);
                return reply.Status == HealthCheckResponse.Types.ServingStatus.Serving ? 0 : 1;
            }
            catch (RpcException ex)
            {
                Console.Error.WriteLine($"{ex.StatusCode}: {ex.Status.Detail}");
                return 1;
            }
        });
        return command;
    }
}
