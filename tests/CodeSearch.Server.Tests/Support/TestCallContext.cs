using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace CodeSearch.Server.Tests.Support;

/// <summary>A <see cref="ServerCallContext"/> for calling server parts directly; GetHttpContext() finds its HttpContext.</summary>
internal sealed class TestCallContext(string method, HttpContext http, CancellationToken cancellationToken = default) : ServerCallContext
{
    private readonly Dictionary<object, object> _userState = new() { ["__HttpContext"] = http };

    public static TestCallContext For(string method) => new(method, new DefaultHttpContext());

    protected override string MethodCore => method;
    protected override string HostCore => "localhost";
    protected override string PeerCore => "ipv4:127.0.0.1:1";
    protected override DateTime DeadlineCore => DateTime.MaxValue;
    protected override Metadata RequestHeadersCore => [];
    protected override CancellationToken CancellationTokenCore => cancellationToken;
    protected override Metadata ResponseTrailersCore { get; } = [];
    protected override Status StatusCore { get; set; }
    protected override WriteOptions? WriteOptionsCore { get; set; }
    protected override AuthContext AuthContextCore => new(null, []);
    protected override IDictionary<object, object> UserStateCore => _userState;

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
}
