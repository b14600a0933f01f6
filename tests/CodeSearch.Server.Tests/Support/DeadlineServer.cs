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
/// the server's own: the outermost holds a call that carries the <see cref="StallHeader"/> at the <see cref="Gate"/>
/// until the test opens it (as a busy server queues calls), the innermost counts the calls that reach a service method.
/// </summary>
public sealed class DeadlineServer : IAsyncLifetime
{
    public const string StallHeader = "x-test-stall";

    public DeadlineServer() => Factory = new KestrelFactory(Arrivals, Gate);

    /// <summary>Where stalled calls wait; the tests of a collection run one at a time, so one gate serves them all.</summary>
    public StallGate Gate { get; } = new();

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
        private readonly StallGate _gate;

        public KestrelFactory(ConcurrentDictionary<string, int> arrivals, StallGate gate)
        {
            _arrivals = arrivals;
            _gate = gate;
            UseKestrel(0);
        }

        protected override GrpcChannel CreateChannel() => KestrelChannel();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(_arrivals);
                services.AddSingleton(_gate);
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

    private sealed class StallInterceptor(StallGate gate) : Interceptor
    {
        public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
            TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
        {
            if (!Stalled(context)) return await continuation(request, context);
            try
            {
                await gate.HoldAsync(context.CancellationToken);
                return await continuation(request, context);
            }
            finally
            {
                gate.Passed();
            }
        }

        public override async Task DuplexStreamingServerHandler<TRequest, TResponse>(
            IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
            DuplexStreamingServerMethod<TRequest, TResponse> continuation)
        {
            if (!Stalled(context))
            {
                await continuation(requestStream, responseStream, context);
                return;
            }
            try
            {
                await gate.HoldAsync(context.CancellationToken);
                await continuation(requestStream, responseStream, context);
            }
            finally
            {
                gate.Passed();
            }
        }

        private static bool Stalled(ServerCallContext context) => context.RequestHeaders.GetValue(StallHeader) is not null;
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

/// <summary>
/// Holds stalled calls until the test opens it (or <see cref="MaxHold"/> passes, so a broken test cannot hang the
/// run), and counts the stalled calls that have since left the server's interceptors, whatever their outcome.
/// Deliberately deaf to the call's token: the call must be judged by the server's own interceptors afterwards.
/// </summary>
public sealed class StallGate
{
    public static readonly TimeSpan MaxHold = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    private TaskCompletionSource _open = NewGate();
    private int _entered;
    private int _passed;
    private int _heldTooLong;

    /// <summary>Stalled calls that have reached the gate since the server started.</summary>
    public int EnteredCount => Volatile.Read(ref _entered);

    /// <summary>Stalled calls that have left the interceptors since the server started.</summary>
    public int PassedCount => Volatile.Read(ref _passed);

    /// <summary>True when a call was let through by <see cref="MaxHold"/> rather than by <see cref="Open"/>.</summary>
    public bool HeldTooLong => Volatile.Read(ref _heldTooLong) != 0;

    /// <summary>Closes the gate for the next test's calls.</summary>
    public void Close() => Volatile.Write(ref _open, NewGate());

    public void Open() => Volatile.Read(ref _open).TrySetResult();

    /// <summary>
    /// Holds the call until the gate opens, and then until the server has learnt that the call ended (the client's
    /// reset or the deadline cancels <paramref name="call"/>; bounded by <see cref="Settle"/>), as a call queued behind
    /// a busy server would be: the client sees its call end before the server reads the reset.
    /// </summary>
    internal async Task HoldAsync(CancellationToken call)
    {
        Interlocked.Increment(ref _entered);
        try
        {
            await Volatile.Read(ref _open).Task.WaitAsync(MaxHold);
        }
        catch (TimeoutException)
        {
            Interlocked.Exchange(ref _heldTooLong, 1);
        }

        try
        {
            await Task.Delay(Settle, call);
        }
        catch (OperationCanceledException)
        {
        }
    }

    internal void Passed() => Interlocked.Increment(ref _passed);

    /// <summary>Waits until <paramref name="count"/> stalled calls in all have reached the gate; false if none came in time.</summary>
    public Task<bool> WaitForEnteredAsync(int count, TimeSpan within) => WaitAsync(() => EnteredCount >= count, within);

    /// <summary>Waits until <paramref name="count"/> stalled calls in all have left the interceptors.</summary>
    public async Task WaitForPassedAsync(int count)
    {
        if (!await WaitAsync(() => PassedCount >= count, MaxHold))
            throw new TimeoutException($"only {PassedCount} of {count} stalled calls left the server");
    }

    private static async Task<bool> WaitAsync(Func<bool> done, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (!done() && DateTime.UtcNow < until) await Task.Delay(10);
        return done();
    }

    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
