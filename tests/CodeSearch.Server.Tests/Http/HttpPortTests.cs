using System.Net;
using CodeSearch.Server.Tests.Support;
using Grpc.Net.Client;
using Grpc.Net.Client.Web;

namespace CodeSearch.Server.Tests.Http;

/// <summary>The two addresses: gRPC with HTTP/2 prior knowledge on one, HTTP/1.1 (JSON, gRPC-Web, OpenAPI) on the other.</summary>
[Collection(HttpServerCollection.Name)]
public class HttpPortTests(HttpServer server)
{
    private static readonly global::Grpc.Core.Metadata Alice = Callers.ApiKey(Callers.AliceKey);

    [Fact]
    public async Task GrpcAddress_GrpcCall_Answers()
    {
        var code = await server.Factory.Client.GetCodeAsync(new V1.GetCodeRequest { System = V1.CodeSystem.Icd10Cm, Code = "E11.9" }, Alice);

        Assert.Equal("E11.9", code.Code_);
    }

    [Fact]
    public async Task HttpAddress_GrpcWebCallOverHttp11_Answers()
    {
        using var channel = GrpcChannel.ForAddress(server.Factory.HttpAddress, new GrpcChannelOptions
        {
            HttpHandler = new GrpcWebHandler(GrpcWebMode.GrpcWebText, new HttpClientHandler()),
            HttpVersion = HttpVersion.Version11,
            HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        });
        var client = new V1.CodeLookup.CodeLookupClient(channel);

        var code = await client.GetCodeAsync(new V1.GetCodeRequest { System = V1.CodeSystem.Icd10Cm, Code = "E11.9" }, Alice);

        Assert.Equal("E11.9", code.Code_);
    }

    [Fact]
    public async Task HttpAddress_GrpcWebWithoutCredentials_Unauthenticated()
    {
        using var channel = GrpcChannel.ForAddress(server.Factory.HttpAddress, new GrpcChannelOptions
        {
            HttpHandler = new GrpcWebHandler(GrpcWebMode.GrpcWeb, new HttpClientHandler()),
            HttpVersion = HttpVersion.Version11,
            HttpVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        });
        var client = new V1.CodeLookup.CodeLookupClient(channel);

        await Rpc.FailsWith(global::Grpc.Core.StatusCode.Unauthenticated,
            () => client.GetCodeAsync(new V1.GetCodeRequest { System = V1.CodeSystem.Icd10Cm, Code = "E11.9" }).ResponseAsync);
    }

    [Fact]
    public async Task GrpcAddress_Http11Request_Refused()
    {
        using var http = new HttpClient { BaseAddress = server.Factory.GrpcAddress, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };

        // Kestrel refuses HTTP/1.x on an HTTP/2-only endpoint with a bare 400: hence the second address.
        using var response = await http.GetAsync("/v1/systems");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void StartupLog_ListsBothAddresses()
    {
        var line = Assert.Single(server.Logs.Lines, l => l.Contains("[4500]", StringComparison.Ordinal));

        Assert.Contains(server.Factory.GrpcAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
        Assert.Contains(server.Factory.HttpAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), line, StringComparison.Ordinal);
    }
}
