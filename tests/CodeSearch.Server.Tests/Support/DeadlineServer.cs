using System.Collections.Concurrent;
using Grpc.AspNetCore.Server;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CodeSearch.Server.Tests.Support;

/// <summary>
/// The sample server on Kestrel (deadlines and resets behave as for real clients) with two test interceptors around
/// the server's own: the outermost holds a call for the milliseconds its <see cref="StallHeader"/> asks (as a busy
/// server queues calls), the innermost counts the calls that reach a service method.
/// </summary>
public sealed class DeadlineServer : IAsyncLifetime
{
    public const string StallHeader = "x-test-stall-ms";

    public DeadlineServer() => Factory = new KestrelFactory(Arrivals);

    /// <summary>Calls that reached a service method, by method name ("GetCode").</summary>
    public ConcurrentDictionary<string, int> Arrivals { get; } = new();

    public CodeSearchServerFactory Factory { get; }

    public V1.CodeLookup.CodeLookupClient Lookup => new(Factory.Channel);

    public V1.CodingSuggestions.CodingSuggestionsClient Suggestions => new(Factory.Channel);

    public Task InitializeAsync() => Factory.WaitUntilServingAsync(TimeSpan.FromSeconds(60));

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private sealed class KestrelFactory : CodeSearchServerFactory
    {
        private readonly ConcurrentDictionary<string, int> _arrivals;

        public KestrelFactory(ConcurrentDictionary<string, int> arrivals)
        {
            _arrivals = arrivals;
            UseKestrel(0);
        }

        protected override GrpcChannel CreateChannel() => KestrelChannel();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(_arrivals);
                services.Configure<GrpcServiceOptions>(o =>
                {
                    var own = o.Interceptors.ToList();
                    o.Interceptors.Clear();
                    o.Interceptors.Add<StallInterceptor>();
                    foreach (var registration in own) o.Interceptors.Add(registration);
                    o.Interceptors.Add<ArrivalCounter>();
                });
            });
        }
    }

    private sealed class StallInterceptor : Interceptor
    {
        public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
            TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            await Stall(context);
            return await continuation(request, context);
        }

        public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
            IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
            DuplexStreamingServerMethod<TRequest, TResponse> continuation)
        {
            await Stall(context);
            await continuation(requestStream, responseStream, context);
        }

        // Deliberately deaf to the call's token: the call must be judged by the server's own interceptors afterwards.
        private static Task Stall(ServerCallContext context) =>
            context.RequestHeaders.GetValue(StallHeader) is { } ms ? Task.Delay(int.Parse(ms, System.Globalization.CultureInfo.InvariantCulture)) : Task.CompletedTask;
    }

    private sealed class ArrivalCounter(ConcurrentDictionary<string, int> arrivals) : Interceptor
    {
        public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
            TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            Count(context);
            return continuation(request, context);
        }

        public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
            IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
            DuplexStreamingServerMethod<TRequest, TResponse> continuation)
        {
            Count(context);
            return continuation(requestStream, responseStream, context);
        }

        private void Count(ServerCallContext context) => arrivals.AddOrUpdate(context.Method[(context.Method.LastIndexOf('/') + 1)..], 1, (_, n) => n + 1);
    }
}

[CollectionDefinition(Name)]
public sealed class DeadlineServerCollection : ICollectionFixture<DeadlineServer>
{
    public const string Name = "Deadline server";
}
