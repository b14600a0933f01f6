using System.Net;
using System.Net.Http.Headers;
using CodeSearch.Server.Grpc;
using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Google.Protobuf;

namespace CodeSearch.Server.Tests.Grpc;

/// <summary>
/// A grpc-timeout shorter than the transport's 100 ns tick ("50n", "0S") is an expired deadline, not "no deadline".
/// Sent as raw HTTP/2 requests: .NET clients never send such a header.
/// </summary>
[Collection(SampleServerCollection.Name)]
public class GrpcTimeoutTests(SampleServer server)
{
    [Theory]
    [InlineData("50n", "4")]
    [InlineData("99n", "4")]
    [InlineData("0S", "4")]
    [InlineData("100n", "0")] // one tick: a real (tiny) deadline, so either answered or DEADLINE_EXCEEDED
    [InlineData("5S", "0")]
    public async Task GetCode_GrpcTimeoutHeader_ExpiredWhenBelowOneTick(string timeout, string expectedStatus)
    {
        var status = await GetCodeWithTimeout(timeout);

        if (timeout == "100n") Assert.Contains(status, new[] { "0", "4" });
        else Assert.Equal(expectedStatus, status);
    }

    [Theory]
    [InlineData("50n", true)]
    [InlineData("0m", true)]
    [InlineData("100n", false)]
    [InlineData("1u", false)]
    [InlineData("", false)]
    [InlineData("abc", false)]
    [InlineData("123456789S", false)]
    public void IsBelowResolution_Values(string value, bool expected) => Assert.Equal(expected, GrpcTimeout.IsBelowResolution(value));

    private async Task<string> GetCodeWithTimeout(string timeout)
    {
        var message = new GetCodeRequest { System = CodeSystem.Icd10Cm, Code = "E11.9" }.ToByteArray();
        var frame = new byte[5 + message.Length];
        frame[4] = (byte)message.Length;
        message.CopyTo(frame, 5);
        using var client = server.Factory.Server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/codesearch.v1.CodeLookup/GetCode")
        {
            Version = HttpVersion.Version20,
            Content = new ByteArrayContent(frame),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        request.Headers.TryAddWithoutValidation(GrpcTimeout.Header, timeout);
        using var response = await client.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        if (response.Headers.TryGetValues("grpc-status", out var inHeaders)) return inHeaders.Single();
        return response.TrailingHeaders.GetValues("grpc-status").Single();
    }
}
