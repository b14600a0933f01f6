using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Net.Client.Balancer;
using Grpc.Net.Client.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CodeSearch.Replicas;

/// <summary>The two ways in: one HTTP/2 connection to the proxy, or client-side round-robin over every replica.</summary>
internal static class Channels
{
    /// <summary>
    /// Retries UNAVAILABLE (a replica gone mid-call, a refused connection, a proxy's 502/503) up to 5 attempts with
    /// backoff; only idempotent RPCs are sent, so a retry is always safe.
    /// </summary>
    private static ServiceConfig Config(bool roundRobin)
    {
        var config = new ServiceConfig
        {
            MethodConfigs =
            {
                new MethodConfig
                {
                    Names = { MethodName.Default },
                    RetryPolicy = new RetryPolicy
                    {
                        MaxAttempts = 5,
                        InitialBackoff = TimeSpan.FromMilliseconds(100),
                        MaxBackoff = TimeSpan.FromSeconds(1),
                        BackoffMultiplier = 2,
                        RetryableStatusCodes = { StatusCode.Unavailable },
                    },
                },
            },
        };
        if (roundRobin) config.LoadBalancingConfigs.Add(new RoundRobinConfig());
        return config;
    }

    public static GrpcChannel Proxy(string address) =>
        GrpcChannel.ForAddress(address, new GrpcChannelOptions { ServiceConfig = Config(roundRobin: false) });

    public static GrpcChannel RoundRobin(string endpointsFile)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ResolverFactory>(new FileResolverFactory());
        return GrpcChannel.ForAddress("file://" + Path.GetFullPath(endpointsFile), new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Insecure,
            ServiceProvider = services.BuildServiceProvider(),
            ServiceConfig = Config(roundRobin: true),
        });
    }
}
