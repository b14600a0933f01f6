using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CodeSearch.Server.Tests.Transport;

/// <summary>Sends hand-made gRPC bodies over real HTTP/2 (h2c) to a Kestrel test server: .NET clients never send them.</summary>
internal static class RawGrpc
{
    public static string Address(IServiceProvider services) =>
        services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static HttpClient Client(string address) => new(new SocketsHttpHandler())
    {
        BaseAddress = new Uri(address),
        Timeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>One frame: the compressed flag, the big-endian length, then the payload.</summary>
    public static byte[] Frame(byte flag, byte[] payload, int? declaredLength = null)
    {
        var length = declaredLength ?? payload.Length;
        var frame = new byte[5 + payload.Length];
        frame[0] = flag;
        frame[1] = (byte)(length >> 24);
        frame[2] = (byte)(length >> 16);
        frame[3] = (byte)(length >> 8);
        frame[4] = (byte)length;
        payload.CopyTo(frame, 5);
        return frame;
    }

    public sealed record Answer(string Status, string Message);

    /// <summary>Posts <paramref name="body"/> to <paramref name="path"/> and returns grpc-status and grpc-message.</summary>
    public static async Task<Answer> PostAsync(HttpClient client, string path, byte[] body, string? encoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(body),
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        request.Headers.TryAddWithoutValidation("grpc-timeout", "20S");
        if (encoding is not null) request.Headers.TryAddWithoutValidation("grpc-encoding", encoding);
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return new Answer(Header(response, "grpc-status"), Uri.UnescapeDataString(Header(response, "grpc-message")));
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var inHeaders) ? inHeaders.Single()
        : response.TrailingHeaders.TryGetValues(name, out var inTrailers) ? inTrailers.Single() : "";
}
