using System.IO.Compression;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Google.Protobuf;

namespace CodeSearch.Server.Tests.Transport;

/// <summary>
/// Request bodies the gRPC transport cannot decode end INVALID_ARGUMENT (RESOURCE_EXHAUSTED for size) with a message
/// naming the problem, and leave no Error or Critical line (no stack trace) in the log. Sent as raw HTTP/2 requests to
/// Kestrel: .NET clients never send such bodies. grpc-dotnet alone answers UNKNOWN or INTERNAL here.
/// </summary>
[Collection(FakeSuggestionServerCollection.Name)]
public class TransportDecodeTests(FakeSuggestionServer server)
{
    private const string GetCode = "/codesearch.v1.CodeLookup/GetCode";
    private const string StreamSuggest = "/codesearch.v1.CodingSuggestions/StreamSuggestCodes";
    private const string InvalidArgument = "3";

    private static byte[] Request => new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "I10" }.ToByteArray();

    private static byte[] Garbage => [1, 2, 3, 4, 5, 6, 7, 8, 9];

    public static TheoryData<string, string, byte[], string?, string> Undecodable => new()
    {
        { "bad gzip", GetCode, RawGrpc.Frame(1, Garbage), "gzip", "not valid gzip data" },
        { "bad deflate", GetCode, RawGrpc.Frame(1, Garbage), "deflate", "not valid deflate data" },
        { "compressed flag, no encoding", GetCode, RawGrpc.Frame(1, Request), null, "compressed flag set but the request has no grpc-encoding" },
        { "compressed flag, identity", GetCode, RawGrpc.Frame(1, Request), "identity", "compressed flag set but the request has no grpc-encoding" },
        { "flag 7", GetCode, RawGrpc.Frame(7, Request), null, "compressed flag other than 0 or 1" },
        { "payload shorter than its length", GetCode, RawGrpc.Frame(0, Request, Request.Length + 10), null, "truncated gRPC frame" },
        { "header cut short", GetCode, [0, 0, 0], null, "truncated gRPC frame" },
        { "stream: bad gzip", StreamSuggest, RawGrpc.Frame(1, Garbage), "gzip", "not valid gzip data" },
        { "stream: second frame cut short", StreamSuggest, [.. RawGrpc.Frame(0, []), 0, 0], null, "truncated gRPC frame" },
    };

    [Theory]
    [MemberData(nameof(Undecodable))]
    public async Task UndecodableBody_InvalidArgumentWithoutErrorLog(string name, string path, byte[] body, string? encoding, string problem)
    {
        server.Logs.Lines.Clear();
        using var client = RawGrpc.Client(RawGrpc.Address(server.Factory.Services));

        var answer = await RawGrpc.PostAsync(client, path, body, encoding);

        Assert.True(answer.Status == InvalidArgument, $"{name}: status {answer.Status} '{answer.Message}'");
        Assert.Contains(problem, answer.Message);
        AssertNoErrorLines();
    }

    [Fact]
    public async Task GzipBodyExpandingOver4MiB_ResourceExhaustedWithoutErrorLog()
    {
        server.Logs.Lines.Clear();
        var big = new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = new string('9', 6 * 1024 * 1024) }.ToByteArray();
        using var client = RawGrpc.Client(RawGrpc.Address(server.Factory.Services));

        var answer = await RawGrpc.PostAsync(client, GetCode, RawGrpc.Frame(1, Gzip(big)), "gzip");

        Assert.Equal("8", answer.Status);
        Assert.NotEmpty(answer.Message);
        AssertNoErrorLines();
    }

    [Fact]
    public async Task ValidGzipAndEmptyFrames_StillAnswered()
    {
        using var client = RawGrpc.Client(RawGrpc.Address(server.Factory.Services));

        Assert.Equal("0", (await RawGrpc.PostAsync(client, GetCode, RawGrpc.Frame(1, Gzip(Request)), "gzip")).Status);
        Assert.Equal("0", (await RawGrpc.PostAsync(client, GetCode, RawGrpc.Frame(0, Request), "gzip")).Status);
        Assert.Equal("0", (await RawGrpc.PostAsync(client, GetCode, RawGrpc.Frame(0, Request), null)).Status);
    }

    private void AssertNoErrorLines()
    {
        var errors = server.Logs.Lines.Where(l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return ms.ToArray();
    }
}
