using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CodeSearch.Server.Http;

/// <summary>
/// Which listening addresses speak which protocol. Plaintext HTTP/2 needs prior knowledge (grpcurl -plaintext) and
/// Kestrel cannot offer both HTTP/1.1 and prior-knowledge HTTP/2 on one plaintext port, so the gRPC addresses
/// (<c>--urls</c>, default <see cref="DefaultGrpcUrls"/>) speak HTTP/2 and the HTTP addresses (<c>--http-urls</c> or
/// <c>CodeSearch:Http:Urls</c>, default <see cref="DefaultHttpUrls"/>; empty turns them off) speak HTTP/1.1 (and
/// HTTP/2 too over TLS, where ALPN chooses). Endpoints configured under <c>Kestrel:Endpoints</c> take precedence
/// over both, as Kestrel does for <c>--urls</c>.
/// </summary>
public static class HttpEndpoints
{
    public const string DefaultGrpcUrls = "http://localhost:5000";
    public const string DefaultHttpUrls = "http://localhost:5080";
    public const string UrlsKey = "CodeSearch:Http:Urls";
    public const string CommandLineKey = "http-urls";

    /// <summary>The HTTP/1.1 addresses from configuration (<c>--http-urls</c> wins over <c>CodeSearch:Http:Urls</c>).</summary>
    public static IReadOnlyList<string> HttpUrls(IConfiguration configuration) =>
        Split(configuration[CommandLineKey] ?? configuration[UrlsKey] ?? DefaultHttpUrls);

    /// <summary>The gRPC addresses: <c>--urls</c> / <c>ASPNETCORE_URLS</c>, else Kestrel's own default.</summary>
    public static IReadOnlyList<string> GrpcUrls(IConfiguration configuration) =>
        Split(configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 } urls ? urls : DefaultGrpcUrls);

    /// <summary>HTTP/1.1 (plaintext) or HTTP/1.1 and HTTP/2 (TLS) for ports of the HTTP addresses; HTTP/2 for the rest.</summary>
    public static HttpProtocols ProtocolsFor(int port, IReadOnlyList<string> httpUrls)
    {
        foreach (var url in httpUrls)
        {
            var address = BindingAddress.Parse(url);
            if (address.Port != port) continue;
            return address.Scheme.Equals("https", StringComparison.OrdinalIgnoreCase) ? HttpProtocols.Http1AndHttp2 : HttpProtocols.Http1;
        }
        return HttpProtocols.Http2;
    }

    private static string[] Split(string urls) =>
        urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
