using CodeSearch.Server.Tests.Support;
using CodeSearch.V1;
using Google.Protobuf;
using Grpc.Core;
using static CodeSearch.Server.Tests.BadInput.ServerChecks;
using static CodeSearch.Server.Tests.Support.Rpc;

namespace CodeSearch.Server.Tests.BadInput;

/// <summary>
/// Protobuf strings are UTF-8, so a lone surrogate cannot travel as such. These tests pin down what happens: the C#
/// client (Google.Protobuf) encodes it as U+FFFD, which the server receives: the note keeps its length in UTF-16 code
/// units, so evidence offsets still index the client's string. A client that puts invalid UTF-8 on the wire (or any
/// message protobuf cannot parse) gets INVALID_ARGUMENT with one violation on the whole message (field "").
/// </summary>
[Collection(FakeSuggestionServerCollection.Name)]
public class Utf8BadInputTests(FakeSuggestionServer server)
{
    private static readonly Method<byte[], byte[]> RawSuggestCodes = new(MethodType.Unary, CodingSuggestions.Descriptor.FullName,
        "SuggestCodes", Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));

    private static readonly Method<byte[], byte[]> RawSearchCodes = new(MethodType.Unary, CodeLookup.Descriptor.FullName,
        "SearchCodes", Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));

    private Task<byte[]> Raw(Method<byte[], byte[]> method, byte[] request) =>
        server.Factory.Channel.CreateCallInvoker().AsyncUnaryCall(method, null, new CallOptions(deadline: Deadline()), request).ResponseAsync;

    /// <summary>A message whose field 1 (SuggestCodesRequest.text, SearchCodesRequest.query) holds <paramref name="bytes"/> as they are.</summary>
    private static byte[] Field1(params byte[] bytes) => [0x0A, (byte)bytes.Length, .. bytes];

    [Fact]
    public async Task SuggestCodes_LoneSurrogatesFromTheCSharpClient_ServerSeesReplacementCharactersOfTheSameLength()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);
        const string sent = "a\uD800b\uDC00c\uDE00\uD83D";

        await server.Client.SuggestCodesAsync(new SuggestCodesRequest { Text = sent }, deadline: Deadline());

        var seen = Assert.Single(server.Suggester.Requests).Text;
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFD\uFFFD", seen);
        Assert.Equal(sent.Length, seen.Length);
        await AssertHealthyAsync(server.Factory.Channel);
    }

    [Fact]
    public async Task SuggestCodes_ValidSurrogatePair_ArrivesUnchanged()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);

        await server.Client.SuggestCodesAsync(new SuggestCodesRequest { Text = "HTN \uD83D\uDE00" }, deadline: Deadline());

        Assert.Equal("HTN \uD83D\uDE00", Assert.Single(server.Suggester.Requests).Text);
    }

    [Fact]
    public async Task SuggestCodes_InvalidUtf8BytesOnTheWire_InvalidArgumentOnTheMessage()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);
        // 'H', a stray continuation byte, an overlong '/', an encoded lone surrogate (ED A0 80), a truncated sequence.
        var request = Field1((byte)'H', 0x80, 0xC0, 0xAF, 0xED, 0xA0, 0x80, (byte)'N', 0xE2, 0x82);

        var description = await FailsOnField("", () => Raw(RawSuggestCodes, request));

        Assert.Contains("UTF-8", description);
        Assert.Empty(server.Suggester.Requests);
        await AssertHealthyAsync(server.Factory.Channel);
    }

    [Fact]
    public async Task SuggestCodes_EncodedLoneSurrogateOnTheWire_InvalidArgumentOnTheMessage()
    {
        // What a lenient encoder (WTF-8, CESU-8) makes of "\uD800": ED A0 80. Not UTF-8, so not a protobuf string.
        await FailsOnField("", () => Raw(RawSuggestCodes, Field1((byte)'H', (byte)'T', (byte)'N', (byte)' ', 0xED, 0xA0, 0x80)));
        await AssertHealthyAsync(server.Factory.Channel);
    }

    [Fact]
    public async Task SearchCodes_InvalidUtf8BytesOnTheWire_InvalidArgumentOnTheMessage()
    {
        await FailsOnField("", () => Raw(RawSearchCodes, Field1((byte)'d', 0xFF, 0xFE, (byte)'i', 0xED, 0xB0, 0x80, (byte)'a')));
        await AssertHealthyAsync(server.Factory.Channel);
    }

    [Theory]
    [InlineData(new byte[] { 0x0A, 100, (byte)'H', (byte)'T', (byte)'N' })] // field 1 says 100 bytes follow; 3 do
    [InlineData(new byte[] { 0x0A })] // a tag without its length
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 })] // a varint over 64 bits
    [InlineData(new byte[] { 0x00 })] // field number 0
    [InlineData(new byte[] { 0x0F })] // wire type 7
    public async Task SuggestCodes_UnparseableMessage_InvalidArgumentNotUnknown(byte[] request)
    {
        await FailsOnField("", () => Raw(RawSuggestCodes, request));
        await AssertHealthyAsync(server.Factory.Channel);
    }

    [Fact]
    public async Task StreamSuggestCodes_UnparseableRequestMidStream_CallEndsInvalidArgument()
    {
        using var _ = server.Suggester.Use((_, _) => SuggestionSamples.Result);
        var good = new StreamSuggestCodesRequest { RequestId = "1", Request = new SuggestCodesRequest { Text = "HTN" } }.ToByteArray();
        using var call = server.Factory.Channel.CreateCallInvoker().AsyncDuplexStreamingCall(RawStream, null, new CallOptions(deadline: Deadline()));

        await call.RequestStream.WriteAsync(good);
        await call.RequestStream.WriteAsync([0x0A, 0x02, 0xC3, 0x28]); // request_id of invalid UTF-8
        var ex = await Assert.ThrowsAsync<RpcException>(async () => { while (await call.ResponseStream.MoveNext(CancellationToken.None)) { } });

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        await AssertHealthyAsync(server.Factory.Channel);
    }

    private static readonly Method<byte[], byte[]> RawStream = new(MethodType.DuplexStreaming, CodingSuggestions.Descriptor.FullName,
        "StreamSuggestCodes", Marshallers.Create(b => b, b => b), Marshallers.Create(b => b, b => b));
}
